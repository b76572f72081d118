package org.doorstep.model.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseChainTest {

    private static List<ChainLink> chain(int n) {
        List<ChainLink> links = new ArrayList<>();
        String prev = CaseChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            String content = String.format("%064x", i);
            String hash = CaseChain.link(prev, i, "note-" + i, content);
            links.add(new ChainLink(i, "note-" + i, content, prev, hash));
            prev = hash;
        }
        return links;
    }

    @Test
    @DisplayName("R1-contemporaneous: an untouched chain verifies")
    void intact() {
        ChainCheck c = CaseChain.verify(chain(5));
        assertTrue(c.intact());
        assertEquals(5, c.entries());
    }

    @Test
    @DisplayName("R1-contemporaneous: an entry's content changed behind the application's back is found")
    void changedContentDetected() {
        List<ChainLink> links = chain(5);
        ChainLink l = links.get(2);
        links.set(2, new ChainLink(l.sequence(), l.noteId(), String.format("%064x", 99), l.previousHash(), l.entryHash()));
        ChainCheck c = CaseChain.verify(links);
        assertFalse(c.intact());
        assertEquals(3, c.brokenAt());
    }

    @Test
    @DisplayName("R1-contemporaneous: a removed entry is found")
    void removedEntryDetected() {
        List<ChainLink> links = chain(5);
        links.remove(1);
        assertFalse(CaseChain.verify(links).intact());
    }
}
