package org.doorstep.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.caseload.ChildCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: two writers that collide are run again, not failed. On one MariaDB a collision is a
 * deadlock; on a Galera cluster a certification failure arrives as the same error (1213), so a real
 * deadlock here proves the path both take.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ConflictRetryTest {

    @Inject
    TestWorld world;
    @Inject
    ConflictRetry retry;
    @Inject
    EntityManager em;

    @Test
    @DisplayName("R1-signed: two transactions locking two cases in opposite order deadlock; the one the database aborts "
            + "runs again and both finish, each having done its work once")
    void deadlockedTransactionRunsAgain() throws Exception {
        DeadlockingPair.bothFinishWithOneRetryPerAbort(world, retry, this::lockBoth);
    }

    @Test
    @DisplayName("A failure that is not a collision is not run again: the caller sees it at once")
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> retry.call(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("not a conflict");
        }));
        assertEquals(1, attempts.get());
    }

    private String lockBoth(String a, String b, CountDownLatch bothHoldOne, AtomicInteger attempts) {
        return retry.call(() -> QuarkusTransaction.requiringNew().call(() -> {
            attempts.incrementAndGet();
            ChildCase one = em.find(ChildCase.class, a, LockModeType.PESSIMISTIC_WRITE);
            bothHoldOne.countDown();
            bothHoldOne.await(30, TimeUnit.SECONDS);
            ChildCase two = em.find(ChildCase.class, b, LockModeType.PESSIMISTIC_WRITE);
            return one.caseId + "+" + two.caseId;
        }));
    }
}
