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

    /**
     * Walks the chain and holds its end against the server-signed head: a chain with entries but no
     * head, a head that does not verify, or a head naming a later entry than the chain's last (entries
     * cut off the end) is broken.
     */
    public static ChainCheck verify(String caseId, List<ChainLink> links, ChainHead head,
                                    org.doorstep.model.signing.VerifyingKey serverKey) {
        ChainCheck walked = verify(links);
        if (!walked.intact()) {
            return walked;
        }
        if (head == null) {
            return links.isEmpty() ? walked
                    : ChainCheck.broken(links.size(), "the server's signed record of where the chain ends is missing");
        }
        if (!head.verifiesWith(serverKey) || !caseId.equals(head.caseId())) {
            return ChainCheck.broken(links.size(), "the server's signed record of where the chain ends does not verify");
        }
        long last = links.isEmpty() ? 0 : links.get(links.size() - 1).sequence();
        if (head.sequence() > last) {
            String cut = head.sequence() == last + 1 ? "entry " + head.sequence() + " was"
                    : "entries " + (last + 1) + " to " + head.sequence() + " were";
            return ChainCheck.broken(last + 1, cut + " cut off the end (the server signed a chain of " + head.sequence()
                    + " entries; " + last + " remain)");
        }
        if (head.sequence() < last) {
            return ChainCheck.broken(head.sequence() + 1, "entries after " + head.sequence()
                    + " were added behind the server's back: it signed a chain of " + head.sequence() + " entries");
        }
        if (!links.get(links.size() - 1).entryHash().equals(head.entryHash())) {
            return ChainCheck.broken(last, "the last entry is not the one the server signed as the chain's end");
        }
        return walked;
    }
}
