package org.doorstep.app.store;

import java.util.Optional;

/**
 * What the practitioner types to open the tablet (R13-at-rest): a PIN of at least
 * {@value #MIN_PIN} digits, or a passphrase of at least {@value #MIN_PASSPHRASE} characters for
 * those who want more than a PIN's million possibilities between a thief and the data.
 */
public final class UnlockSecret {

    public static final int MIN_PIN = 6;
    public static final int MIN_PASSPHRASE = 12;

    /** A PIN or a passphrase; the unlock screen asks for the one the store was made with. */
    public enum Kind {
        PIN, PASSPHRASE;

        /** "PIN" or "passphrase", for sentences. */
        public String word() {
            return this == PIN ? "PIN" : "passphrase";
        }
    }

    private UnlockSecret() {
    }

    /** A message when the secret will not do, else empty. */
    public static Optional<String> problem(Kind kind, String secret, String repeat) {
        if (kind == Kind.PASSPHRASE) {
            if (secret == null || secret.strip().length() < MIN_PASSPHRASE) {
                return Optional.of("Choose a passphrase of at least " + MIN_PASSPHRASE + " characters, for example three words you will remember.");
            }
            if (secret.chars().distinct().count() < 5) {
                return Optional.of("That passphrase is too easy to guess; use several different words.");
            }
        } else {
            if (secret == null || !secret.matches("\\d{" + MIN_PIN + ",}")) {
                return Optional.of("Choose a PIN of at least " + MIN_PIN + " digits.");
            }
            if (secret.chars().distinct().count() == 1 || "0123456789".contains(secret) || "9876543210".contains(secret)) {
                return Optional.of("That PIN is too easy to guess; avoid repeated or sequential digits.");
            }
        }
        if (repeat != null && !secret.equals(repeat)) {
            return Optional.of("The two " + kind.word() + "s are not the same.");
        }
        return Optional.empty();
    }
}
