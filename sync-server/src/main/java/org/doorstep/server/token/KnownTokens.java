package org.doorstep.server.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.doorstep.server.cluster.ForgetSignal;
import org.doorstep.server.db.RecentLookups;
import org.doorstep.server.people.Practitioner;

/**
 * API tokens already found good (token known, not expired, tablet approved and not revoked, account
 * enabled), so a tablet's every request does not read its token, device and account again. Whatever
 * makes a good token bad (a tablet revoked, an account disabled) calls {@link #forgetAll()} in its
 * transaction, so the next request is refused (R15-lost-device, R13-accounts). A token is kept at most
 * {@link #MAX_AGE} and never past its expiry: a change made on another server instance, or by hand in
 * the database, is seen within that time.
 */
@ApplicationScoped
public class KnownTokens {

    public static final Duration MAX_AGE = Duration.ofSeconds(15);
    /** Far more than the tablets one instance serves; reached only under a flood of fresh tokens. */
    static final int MAX_ENTRIES = 50_000;

    private final RecentLookups<String, Practitioner> known;

    KnownTokens(Clock clock, TransactionSynchronizationRegistry transactions, ForgetSignal signal) {
        this.known = new RecentLookups<>(MAX_AGE, MAX_ENTRIES, clock, transactions, signal);
    }

    Practitioner practitioner(String tokenHash, Supplier<Found> lookup) {
        return known.get(tokenHash, () -> {
            Found f = lookup.get();
            return new RecentLookups.Found<>(f.practitioner(), f.tokenExpires());
        });
    }

    /** What a lookup found good: the caller, and when its token expires. */
    record Found(Practitioner practitioner, Instant tokenExpires) {
    }

    /** Every token is checked in the database again from the next request on (after this transaction). */
    public void forgetAll() {
        known.forgetAll();
    }
}
