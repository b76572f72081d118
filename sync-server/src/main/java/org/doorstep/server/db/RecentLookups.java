package org.doorstep.server.db;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.doorstep.server.cluster.ForgetSignal;

/**
 * Answers read from the database lately, kept so the busiest requests (a tablet's every note) do not
 * read the same rows again (issue 14). Whatever can change such an answer calls {@link #forgetAll()}
 * inside its transaction; everything is forgotten then and again once that transaction has ended, and
 * a lookup keeps its answer only if no forgetting happened while it looked, so an answer read just
 * before the change committed cannot come back after it. Each answer lives at most {@code maxAge}
 * (and never past the time its loader gives), which bounds what a hand edit of the database can go
 * unseen. Other server instances' changes are seen through the {@link ForgetSignal}: read before every
 * answer from memory, raised by every forgetting, so a change committed on one instance empties the
 * memory of all of them before their next answer (issue 16). Failed lookups are not kept.
 */
public final class RecentLookups<K, V> {

    /** An answer and the last moment it may be used. */
    public record Found<V>(V value, Instant usableUntil) {
    }

    private record Kept<V>(V value, Instant until) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Duration maxAge;
    private final int maxEntries;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final ForgetSignal signal;
    private volatile long signalSeen = Long.MIN_VALUE;

    public RecentLookups(Duration maxAge, int maxEntries, Clock clock, TransactionSynchronizationRegistry transactions,
                         ForgetSignal signal) {
        this.signal = signal;
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The answer for {@code key}, from memory while it is fresh, else from {@code lookup} (which may throw). */
    public V get(K key, Supplier<Found<V>> lookup) {
        Instant now = clock.instant();
        long signalled = signal.current();
        if (signalled != signalSeen) {
            // Changed on some instance since we last looked (or we never looked): nothing kept can be trusted.
            forgetNow();
            signalSeen = signalled;
        }
        Kept<V> k = kept.get(key);
        if (k != null && now.isBefore(k.until())) {
            return k.value();
        }
        long before = generation.get();
        Found<V> found = lookup.get();
        Instant until = now.plus(maxAge);
        if (found.usableUntil() != null && found.usableUntil().isBefore(until)) {
            until = found.usableUntil();
        }
        if (kept.size() >= maxEntries) {
            kept.clear();
        }
        kept.put(key, new Kept<>(found.value(), until));
        if (generation.get() != before) {
            // Something changed while we looked: what we read may already be stale.
            kept.remove(key);
        }
        return found.value();
    }

    /**
     * Forgets every answer now and, inside a transaction, again when it ends, so what that transaction
     * changes is read afresh by the very next request.
     */
    public void forgetAll() {
        signal.raise();
        forgetNow();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forgetNow();
                }
            });
        }
    }

    private void forgetNow() {
        generation.incrementAndGet();
        kept.clear();
    }
}
