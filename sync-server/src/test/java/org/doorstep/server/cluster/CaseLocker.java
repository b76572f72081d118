package org.doorstep.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.server.caseload.ChildCase;

/** A service method of the kind {@link RetryOnConflict} is for, for {@link RetryOnConflictTest}: locks two cases in order. */
@ApplicationScoped
class CaseLocker {

    private final EntityManager em;

    CaseLocker(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @RetryOnConflict
    String lockBoth(String a, String b, CountDownLatch bothHoldOne, AtomicInteger attempts) throws InterruptedException {
        if (bothHoldOne == null) {
            throw new IllegalArgumentException("no latch");
        }
        attempts.incrementAndGet();
        ChildCase one = em.find(ChildCase.class, a, LockModeType.PESSIMISTIC_WRITE);
        bothHoldOne.countDown();
        // Both hold their first lock before either asks for its second: a deadlock, every time.
        bothHoldOne.await(10, TimeUnit.SECONDS);
        ChildCase two = em.find(ChildCase.class, b, LockModeType.PESSIMISTIC_WRITE);
        return one.caseId + "+" + two.caseId;
    }
}
