package org.doorstep.model.chain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doorstep.model.signing.ContentHash;

/**
 * The hash chain over one case's entries: each entry's hash covers the one before it, so an entry
 * changed, removed or reordered behind the application's back breaks every hash after it.
 */
public final class CaseChain {

    public static final String GENESIS = "0".repeat(64);

    private CaseChain() {
    }

    public static String link(String previousHash, long sequence, String noteId, String contentHash) {
        String material = "doorstep-chain-v1|" + previousHash + "|" + sequence + "|" + noteId + "|" + contentHash;
        return ContentHash.of(material.getBytes(StandardCharsets.UTF_8));
    }

    /** Walks the entries in sequence order from the genesis hash. */
    public static ChainCheck verify(List<ChainLink> links) {
        String previous = GENESIS;
        long expected = 1;
        for (ChainLink l : links) {
            if (l.sequence() != expected) {
                return ChainCheck.broken(l.sequence(), "entry " + expected + " is missing");
            }
            if (!previous.equals(l.previousHash())) {
                return ChainCheck.broken(l.sequence(), "entry " + l.sequence() + " does not follow the entry before it");
            }
            String recomputed = link(previous, l.sequence(), l.noteId(), l.contentHash());
            if (!recomputed.equals(l.entryHash())) {
                return ChainCheck.broken(l.sequence(), "entry " + l.sequence() + " was changed after it was recorded");
            }
            previous = l.entryHash();
            expected++;
        }
        return ChainCheck.intact(links.size());
    }
}
