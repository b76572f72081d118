package org.doorstep.server.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A start-up job (a backfill, a recount, a demo seed) run by one instance of the cluster at a time
 * (issue 16). Instances that start together take turns through a lease, so a seed is not inserted
 * twice and two recounts do not deadlock; the one that comes second finds the work done, since every
 * job is written to do nothing when there is nothing left to do. A second instance waits rather than
 * skips, so it serves nothing before the work is there; should the first die half-way, its lease
 * runs out and the next instance does what is left.
 */
@ApplicationScoped
public class StartupJobs {

    private static final Logger LOG = Logger.getLogger(StartupJobs.class);
    /** Renewed every third of it while the job runs: an instance that died holds it this long at most. */
    static final Duration LEASE = Duration.ofSeconds(30);

    private final Leases leases;
    private final ConflictRetry conflicts;
    private final String holder;
    private final Duration longestWait;

    StartupJobs(Leases leases, ConflictRetry conflicts, ThisInstance instance,
                @ConfigProperty(name = "doorstep.cluster.startup-job-wait", defaultValue = "PT10M") Duration longestWait) {
        this.leases = leases;
        this.conflicts = conflicts;
        this.holder = instance.name();
        this.longestWait = longestWait;
    }

    /** Runs the work in a transaction of its own while no other instance runs the job of that name. */
    public void runAlone(String job, Runnable work) {
        runAlone(job, holder, work);
    }

    /** As {@link #runAlone(String, Runnable)}, as the named instance: a test plays two instances with it. */
    void runAlone(String job, String as, Runnable work) {
        String name = "job:" + job;
        waitFor(name, as);
        ScheduledExecutorService renewing = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-" + job);
            t.setDaemon(true);
            return t;
        });
        long every = LEASE.toMillis() / 3;
        renewing.scheduleAtFixedRate(() -> renew(name, as), every, every, TimeUnit.MILLISECONDS);
        try {
            conflicts.call(() -> {
                QuarkusTransaction.requiringNew().run(work);
                return null;
            });
        } finally {
            renewing.shutdownNow();
            leases.release(name, as);
        }
    }

    /** On the renewing thread: a failure to renew is logged, and the lease then lasts as long as it was given. */
    private void renew(String name, String as) {
        try {
            if (!leases.renew(name, as, LEASE)) {
                LOG.warnf("The start-up job %s ran longer than its lease, which another instance may now hold", name);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not renew the lease of the start-up job %s: %s", name, e.toString());
        }
    }

    private void waitFor(String name, String as) {
        long deadline = System.nanoTime() + longestWait.toNanos();
        long nextWord = System.nanoTime();
        while (!leases.tryTake(name, as, LEASE)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + longestWait + " for " + leases.holder(name) + " to finish the start-up job "
                        + name + "; it still holds it. Is that instance stuck? (doorstep.cluster.startup-job-wait)");
            }
            if (System.nanoTime() >= nextWord) {
                LOG.infof("Waiting for %s to finish the start-up job %s", leases.holder(name), name);
                nextWord = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the start-up job " + name, e);
            }
        }
    }
}
