package org.doorstep.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a start-up job is run by one instance of a cluster at a time, whichever starts first; the
 * others wait for it, then run it themselves (and, the jobs being idempotent, find nothing left to do).
 * Two instances are played by two holders of the lease against the one real database.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class StartupJobsTest {

    @Inject
    StartupJobs jobs;
    @Inject
    Leases leases;

    @Test
    @DisplayName("Issue 16: two instances starting at once run a start-up job one after the other, never together; "
            + "the lease is let go after each")
    void oneInstanceAtATime() throws Exception {
        String job = TestWorld.unique("job");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Runnable work = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(300);
            runs.incrementAndGet();
            running.decrementAndGet();
        };
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> started = List.of(
                    pool.submit(() -> {
                        together.await();
                        jobs.runAlone(job, "instance-A", work);
                        return null;
                    }),
                    pool.submit(() -> {
                        together.await();
                        jobs.runAlone(job, "instance-B", work);
                        return null;
                    }));
            together.countDown();
            for (Future<?> f : started) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, runs.get(), "each instance ran it, the second after the first");
        assertEquals(1, most.get(), "never both at once");
        assertNull(leases.holder("job:" + job), "let go after the job");
    }

    @Test
    @DisplayName("Issue 16: a lease whose holder died (its time ran out) is taken over; one still held is not")
    void deadHoldersLeaseRunsOut() {
        String name = "job:" + TestWorld.unique("lease");
        assertTrue(leases.tryTake(name, "instance-A", java.time.Duration.ofMillis(200)));
        assertEquals(false, leases.tryTake(name, "instance-B", java.time.Duration.ofSeconds(30)));
        assertEquals(false, leases.tryTake(name, "instance-A", java.time.Duration.ofSeconds(30)), "not twice, even by its holder");
        sleep(400);
        assertTrue(leases.tryTake(name, "instance-B", java.time.Duration.ofSeconds(30)));
        assertEquals("instance-B", leases.holder(name));
        assertEquals(false, leases.renew(name, "instance-A", java.time.Duration.ofSeconds(30)), "the old holder has lost it");
        leases.release(name, "instance-A");
        assertEquals("instance-B", leases.holder(name), "only its holder lets it go");
        leases.release(name, "instance-B");
        assertNull(leases.holder(name));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
