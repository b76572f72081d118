package org.doorstep.app.store;

import java.util.Arrays;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The slow, memory-hard derivation of the key that guards the tablet's data from the PIN or
 * passphrase (R13-at-rest), BouncyCastle's Argon2id. Measured on the desktop JVM of the build
 * machine (docs/security.md, {@code Argon2Timing}): {@link #PRODUCTION} takes 0.35 to 0.9 s of CPU
 * once warm and 0.8 to 1.3 s on the first unlock after the app starts, and needs 64 MiB for each
 * guess, so trying all million 6-digit PINs on copied files costs about four days of a CPU core
 * (and 64 MiB per parallel guess) rather than minutes.
 *
 * @param memoryKiB   memory per derivation, in KiB
 * @param iterations  passes over that memory
 * @param parallelism lanes (one: a tablet unlock runs on one core)
 */
public record Argon2id(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2id PRODUCTION = new Argon2id(64 * 1024, 4, 1);

    /**
     * Tests set this system property ({@code memoryKiB,iterations,parallelism}) to cheap values so that
     * a suite that makes hundreds of stores stays fast; a store records its own parameters, so it
     * always reopens with the ones it was made with.
     */
    public static final String SETTING = "doorstep.store.argon2";

    public Argon2id {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id needs at least 8 KiB per lane, one pass and one lane");
        }
    }

    /** The parameters new stores are made with: {@link #PRODUCTION} unless {@link #SETTING} says otherwise. */
    public static Argon2id current() {
        String s = System.getProperty(SETTING);
        if (s == null || s.isBlank()) {
            return PRODUCTION;
        }
        int[] v = Arrays.stream(s.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        return new Argon2id(v[0], v[1], v[2]);
    }

    /**
     * Runs a small derivation on a background thread so the JIT has compiled Argon2's inner loops by the
     * time the person has typed their PIN: the first real derivation in a fresh app otherwise runs much
     * of its 64 MiB through the interpreter, and the unlock takes several times what a warm one does.
     * The parameters of the real derivation are untouched; only the code is warmed.
     */
    public static void warmUp() {
        if (!PRODUCTION.equals(current())) {
            return; // tests' cheap parameters need no warming, and their suites open many unlock screens
        }
        Thread t = new Thread(() -> new Argon2id(WARM_UP_KIB, 1, 1).derive("warm-up".toCharArray(), new byte[16]),
                "argon2-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Enough blocks for the JIT's thresholds, a few milliseconds once compiled. */
    private static final int WARM_UP_KIB = 8 * 1024;

    /** A 256-bit key from the secret and the salt. */
    public byte[] derive(char[] secret, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt).build());
        byte[] key = new byte[32];
        generator.generateBytes(secret, key);
        return key;
    }
}
