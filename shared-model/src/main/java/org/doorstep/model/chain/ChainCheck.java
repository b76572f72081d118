package org.doorstep.model.chain;

/** The outcome of re-walking a case's chain. */
public record ChainCheck(boolean intact, long entries, long brokenAt, String reason) {

    static ChainCheck intact(long entries) {
        return new ChainCheck(true, entries, 0, null);
    }

    static ChainCheck broken(long at, String reason) {
        return new ChainCheck(false, 0, at, reason);
    }
}
