package org.doorstep.server.guessing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One password check at a time per account on this server (R13-accounts). Without it, twenty guesses
 * sent at once all pass the lock check before the first failure is counted, and the five-guess
 * allowance becomes twenty. A guess waits its turn, then sees the failures of those before it.
 * A turn is a semaphore, not a lock, because a check's steps run on different threads.
 */
@ApplicationScoped
class AccountTurns {

    /** Longer than any password check takes; a guess that waits longer is refused as if locked. */
    private static final long WAIT_SECONDS = 30;

    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

    /** Waits for the account's turn; false when it did not come in time. */
    boolean take(String account) {
        Turn turn = turns.compute(account, (k, t) -> {
            Turn held = t == null ? new Turn() : t;
            held.waiting++;
            return held;
        });
        try {
            if (turn.permit.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        leave(account);
        return false;
    }

    /** Gives the turn to the next guess for the account; forgets the account when none waits. */
    void give(String account) {
        Turn turn = turns.get(account);
        if (turn != null) {
            turn.permit.release();
            leave(account);
        }
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
    }
}
