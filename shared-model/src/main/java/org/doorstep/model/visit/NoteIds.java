package org.doorstep.model.visit;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds then random bits, so a tablet can name a
 * note offline without clashing with any other device, and ids sort by creation time.
 */
public final class NoteIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public NoteIds(Clock clock) {
        this.clock = clock;
    }

    public UUID next() {
        long millis = clock.millis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /**
     * True when the text is a UUID in its one canonical spelling (lower case, with hyphens): an id made
     * on a tablet is compared as text, so "ABC..." and "abc..." would otherwise be two ids for one UUID.
     */
    public static boolean isCanonicalUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the text is a version 7, RFC 9562 variant UUID, spelled canonically (lower case). */
    public static boolean isV7(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID u = UUID.fromString(text);
            // One spelling only: upper case would let one UUID be stored twice under two ids.
            return u.version() == 7 && u.variant() == 2 && u.toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
