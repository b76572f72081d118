package org.doorstep.app.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.doorstep.app.sync.SyncOutcome;

/**
 * When to try a sync again by itself. Only a sync that left notes queued for a reason that passes
 * (no connection, the server out of service, a receipt that did not verify) is retried; a refusal
 * or a revoked tablet needs a person, not another try. The wait doubles after each failed try, from
 * {@code first} up to {@code max}, never shorter than the server's {@code Retry-After}, and is spread
 * a little at random so that a team's tablets do not all come back in the same second. Plain Java.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private int failures;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** For the app: 10 s, 20 s, 40 s ... at most 5 minutes between tries. */
    public static Backoff forTablet() {
        return new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));
    }

    /** How long to wait before syncing again after {@code outcomes}; empty when there is nothing to retry. */
    public synchronized Optional<Duration> after(List<SyncOutcome> outcomes) {
        if (outcomes.stream().noneMatch(Backoff::passing)) {
            failures = 0;
            return Optional.empty();
        }
        long factor = 1L << Math.min(failures, 20);
        failures++;
        Duration wait = first.multipliedBy(factor);
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        // Between three quarters and the whole of it.
        wait = wait.minus(wait.dividedBy(4).multipliedBy(ThreadLocalRandom.current().nextInt(0, 101)).dividedBy(100));
        Duration asked = outcomes.stream().filter(o -> o instanceof SyncOutcome.Unavailable)
                .map(o -> ((SyncOutcome.Unavailable) o).retryAfter()).filter(d -> d != null)
                .max(Duration::compareTo).orElse(Duration.ZERO);
        return Optional.of(asked.compareTo(wait) > 0 ? asked : wait);
    }

    private static boolean passing(SyncOutcome o) {
        return o instanceof SyncOutcome.Unreachable || o instanceof SyncOutcome.Unavailable || o instanceof SyncOutcome.Unverified;
    }
}
