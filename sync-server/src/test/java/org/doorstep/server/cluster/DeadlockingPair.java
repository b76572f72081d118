package org.doorstep.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;

/**
 * Two of a practitioner's cases locked by two threads in opposite order, each holding its first lock
 * before asking for its second: a real InnoDB deadlock every time. What the retry tests share: both
 * calls must finish, and the retries counted must be exactly the extra attempts made.
 */
final class DeadlockingPair {

    /** Locks case {@code a} then case {@code b}, counting each attempt, as the code under test does. */
    interface Locking {
        String lockBoth(String a, String b, CountDownLatch bothHoldOne, AtomicInteger attempts) throws Exception;
    }

    private DeadlockingPair() {
    }

    static void bothFinishWithOneRetryPerAbort(TestWorld world, ConflictRetry retry, Locking locking) throws Exception {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String first = world.childCase(practitioner);
        String second = world.childCase(practitioner);
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        double before = retry.retriesSoFar();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> done = List.of(
                    pool.submit(() -> locking.lockBoth(first, second, bothHoldOne, attempts)),
                    pool.submit(() -> locking.lockBoth(second, first, bothHoldOne, attempts)));
            assertEquals(first + "+" + second, done.get(0).get(60, TimeUnit.SECONDS));
            assertEquals(second + "+" + first, done.get(1).get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertTrue(retry.retriesSoFar() - before >= 1, "the database aborted one of them and it ran again");
        assertEquals(2 + (int) (retry.retriesSoFar() - before), attempts.get(), "each retry is one more attempt, no more");
    }
}
