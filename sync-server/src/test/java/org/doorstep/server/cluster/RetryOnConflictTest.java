package org.doorstep.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a {@code @Transactional @RetryOnConflict} service method (token issue, revocation, sign-off,
 * proposals, corrections...) that the database aborts for a collision runs again as a whole new
 * transaction; inside a caller's transaction it is left to the caller. {@link CaseLocker} is such a
 * method, locking two cases in the order given so that two calls in opposite orders deadlock.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RetryOnConflictTest {

    @Inject
    TestWorld world;
    @Inject
    CaseLocker locker;
    @Inject
    ConflictRetry retry;

    @Test
    @DisplayName("R1-signed (issue 16): two service calls that deadlock both finish; the one aborted ran again as a new transaction")
    void deadlockedServiceCallRunsAgain() throws Exception {
        DeadlockingPair.bothFinishWithOneRetryPerAbort(world, retry, locker::lockBoth);
    }

    @Test
    @DisplayName("Issue 16: inside a caller's transaction the method runs once; the conflict goes to the caller, whose "
            + "transaction is the one to run again")
    void insideATransactionRunsOnce() throws Exception {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String first = world.childCase(practitioner);
        String second = world.childCase(practitioner);
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> QuarkusTransaction.requiringNew()
                    .call(() -> locker.lockBoth(first, second, bothHoldOne, attempts)));
            Future<String> b = pool.submit(() -> QuarkusTransaction.requiringNew()
                    .call(() -> locker.lockBoth(second, first, bothHoldOne, attempts)));
            int failed = 0;
            for (Future<String> f : List.of(a, b)) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(ConflictRetry.isConflict(e.getCause()), e.toString());
                    failed++;
                }
            }
            assertEquals(1, failed, "the deadlock reached one caller");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, attempts.get(), "neither ran again by itself");
        assertThrows(IllegalArgumentException.class, () -> locker.lockBoth("none", "none", null, null),
                "other failures pass through untouched");
    }
}
