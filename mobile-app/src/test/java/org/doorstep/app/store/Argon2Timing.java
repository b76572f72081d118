package org.doorstep.app.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures one unlock's key derivation with the production Argon2id parameters on this JVM (not a
 * test: run by hand, see docs/security.md). Prints wall and CPU time of a cold first run and of warm
 * runs; CPU time is the fairer figure on a shared, busy machine. With {@code warm MILLIS} it first
 * starts {@link Argon2id#warmUp()} as the unlock screen does and waits that long (a person typing the
 * PIN) before the first run, to show what the warm-up saves the first unlock.
 */
public final class Argon2Timing {

    private Argon2Timing() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 2 && args[0].equals("warm")) {
            Argon2id.warmUp();
            Thread.sleep(Long.parseLong(args[1]));
            args = new String[0];
        }
        Argon2id params = args.length == 3
                ? new Argon2id(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]))
                : Argon2id.PRODUCTION;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] salt = new byte[16];
        System.out.println(params + " on " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        for (int run = 1; run <= 6; run++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            params.derive("482913".toCharArray(), salt);
            System.out.printf("run %d: wall %d ms, cpu %d ms%n", run, (System.nanoTime() - wall) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}
