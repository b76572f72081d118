package org.doorstep.model.guessing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * How many wrong passwords in a row earn a pause (R13-accounts). Counting is per subject: one
 * account, or one client address trying many accounts. A lock is released by time, or sooner by an
 * admin; failures from before the last lock (or the last right password) no longer count, so a
 * released account starts again with its full allowance.
 *
 * @param failures how many failures within {@code window} lock the subject
 * @param window   how far back failures count
 * @param lock     how long the lock lasts from the failure that set it
 */
public record LockoutPolicy(int failures, Duration window, Duration lock) {

    /** Five wrong passwords for one account within 15 minutes pause it for 15 minutes. */
    public static final LockoutPolicy ACCOUNT = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /**
     * Twenty from one address within 15 minutes pause that address: an office behind one address
     * mistyping now and then stays well under it, one machine trying many accounts does not.
     */
    public static final LockoutPolicy ADDRESS = new LockoutPolicy(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LockoutPolicy {
        if (failures < 1 || window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one failure, a window and a lock time");
        }
    }

    /** The earliest failure that still counts at {@code now}, after {@code countFrom} (a lock or a right password). */
    public Instant countFrom(Instant now, Instant since) {
        Instant windowStart = now.minus(window);
        return since != null && since.isAfter(windowStart) ? since : windowStart;
    }

    /**
     * When the lock that these failures earn ends, if they earn one: {@code counted} are the
     * failures from {@link #countFrom}; the lock runs from the newest of them.
     */
    public Optional<Instant> lockUntil(Collection<Instant> counted) {
        if (counted.size() < failures) {
            return Optional.empty();
        }
        return counted.stream().max(Instant::compareTo).map(newest -> newest.plus(lock));
    }

    /** Failures left before a lock, for a message; never below zero. */
    public int left(int counted) {
        return Math.max(0, failures - counted);
    }
}
