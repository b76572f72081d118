package org.doorstep.server.guessing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.doorstep.server.cluster.Leases;
import org.doorstep.server.cluster.ThisInstance;

/**
 * One password check at a time per account, across every instance of the service (R13-accounts,
 * issue 16). Without it, twenty guesses sent at once all pass the lock check before the first
 * failure is counted, and the five-guess allowance becomes twenty; with the turn kept in one
 * instance's memory only, N instances would still let N guesses through at once. A guess waits its
 * turn here (a semaphore, not a lock, because a check's steps run on different threads), then takes
 * the account's lease in the database ({@link Leases}) that the other instances' guesses wait for,
 * and so sees the failures of all those before it. On a Galera cluster the failure is committed
 * before the lease is let go, and a node applies both in that order, so whoever takes the lease next
 * on any node sees the failure.
 */
@ApplicationScoped
class AccountTurns {

    /** Longer than any password check takes; a guess that waits longer is refused as if locked. */
    private static final long WAIT_SECONDS = 30;
    /** A turn not given back (its instance died) frees the account after this long. */
    private static final Duration LEASE = Duration.ofSeconds(WAIT_SECONDS);

    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();
    private final Leases leases;
    private final String instance;

    @Inject
    AccountTurns(Leases leases, ThisInstance instance) {
        this(leases, instance.name());
    }

    /** As another instance with its own memory would be: a test plays two instances with it. */
    AccountTurns(Leases leases, String instance) {
        this.leases = leases;
        this.instance = instance;
    }

    /** Waits for the account's turn; false when it did not come in time. */
    boolean take(String account) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Turn turn = turns.compute(account, (k, t) -> {
            Turn held = t == null ? new Turn() : t;
            held.waiting++;
            return held;
        });
        boolean ours = false;
        boolean taken = false;
        try {
            ours = turn.permit.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
            taken = ours && takeLease(account, turn, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!taken) {
                // Not taken (in time, or at all): this instance's turn goes to the next guess.
                if (ours) {
                    turn.permit.release();
                }
                leave(account);
            }
        }
        return taken;
    }

    /** Gives the turn to the next guess for the account, here or on another instance. */
    void give(String account) {
        Turn turn = turns.get(account);
        if (turn != null) {
            String holder = turn.holder;
            turn.holder = null;
            try {
                leases.release(lease(account), holder);
            } finally {
                turn.permit.release();
                leave(account);
            }
        }
    }

    /** Holding this instance's turn: waits for the cluster's, a short random pause between tries. */
    private boolean takeLease(String account, Turn turn, long deadline) throws InterruptedException {
        String holder = instance + "/" + UUID.randomUUID().toString().substring(0, 8);
        while (!leases.tryTake(lease(account), holder, LEASE)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 30));
        }
        turn.holder = holder;
        return true;
    }

    private static String lease(String account) {
        return "sign-in:" + account;
    }

    private void leave(String account) {
        turns.computeIfPresent(account, (k, t) -> --t.waiting == 0 ? null : t);
    }

    /** Accounts with a check under way or waiting, so a test can see that nothing is kept for ever. */
    int held() {
        return turns.size();
    }

    private static final class Turn {
        final Semaphore permit = new Semaphore(1);
        int waiting;
        /** Who holds the account's lease for this instance's current turn. */
        volatile String holder;
    }
}
