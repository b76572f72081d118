package org.doorstep.model.guessing;

/**
 * How many wrong PINs a tablet allows before it deletes what it holds (R13-at-rest). The tablet's
 * files are encrypted under the PIN with a slow, memory-hard key derivation, which is what holds
 * against someone who copies the files; this limit is what holds against someone trying PINs on the
 * tablet itself. Only notes not yet synced are lost by the wipe, so the last tries say so plainly.
 *
 * @param limit    wrong PINs in a row that wipe the tablet's data
 * @param warnFrom from how many tries left the unlock screen warns what a wipe would lose
 */
public record PinTries(int limit, int warnFrom) {

    public static final PinTries STANDARD = new PinTries(10, 3);

    public PinTries {
        if (limit < 1 || warnFrom < 0 || warnFrom >= limit) {
            throw new IllegalArgumentException("A PIN limit needs at least one try and a warning below it");
        }
    }

    public int left(int wrongSoFar) {
        return Math.max(0, limit - wrongSoFar);
    }

    /** True once {@code wrongSoFar} wrong PINs have used every try: the data goes. */
    public boolean exhausted(int wrongSoFar) {
        return wrongSoFar >= limit;
    }

    /** What the unlock screen says after {@code wrongSoFar} wrong PINs in a row. */
    public String message(int wrongSoFar) {
        int left = left(wrongSoFar);
        if (left == 0) {
            return "Too many wrong PINs: this tablet deleted its Doorstep data. Set it up again.";
        }
        if (left <= warnFrom) {
            return "That PIN is not right. " + (left == 1 ? "1 try is" : left + " tries are") + " left. After "
                    + limit + " wrong PINs in a row this tablet deletes everything Doorstep keeps on it: "
                    + "visits that have not synced yet would be lost for good.";
        }
        return "That PIN is not right. Try again.";
    }
}
