package org.doorstep.server.notes;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one transaction's merges leave to write once, just before it commits (issue 14): each case's chain
 * head at the last entry the transaction appended to it, and the workspace's tallies summed over its notes.
 * A batch of 50 notes over 25 cases signs 25 heads and stores them in one statement instead of signing and
 * storing 50, and writes its tallies in three statements instead of 150. Nobody reads the heads or the
 * tallies inside the transaction, so what commits is what writing them note by note would have left.
 * Made afresh for each attempt of a transaction: a retried one starts from nothing.
 */
final class MergeEnd {

    private final Map<String, CaseEntryRow.Head> heads = new TreeMap<>();
    private final TallyChanges tallies = new TallyChanges();

    /**
     * The case's chain as this transaction left it, or null before it appended to the case. The next note
     * of the case links to it without reading it back: the transaction holds the case's lock.
     */
    CaseEntryRow.Head head(String caseId) {
        return heads.get(caseId);
    }

    void appended(String caseId, long sequence, String entryHash) {
        heads.put(caseId, new CaseEntryRow.Head(sequence, entryHash));
    }

    TallyChanges tallies() {
        return tallies;
    }

    /** Heads first, then tallies: each set in key order, so concurrent transactions lock rows in one order. */
    void write(ChainHeads chainHeads, VisitTallies visitTallies) {
        if (!heads.isEmpty()) {
            chainHeads.advance(heads);
        }
        visitTallies.write(tallies);
    }
}
