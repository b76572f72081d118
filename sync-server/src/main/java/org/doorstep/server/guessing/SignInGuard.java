package org.doorstep.server.guessing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorstep.model.guessing.LockoutPolicy;

/**
 * Counts wrong passwords per account and per client address and locks either for a while
 * (R13-accounts), by {@link LockoutPolicy}. Each step commits on its own, so a failed sign-in is
 * recorded even when the request that carried it rolls back.
 */
@ApplicationScoped
public class SignInGuard {

    /** The width of {@code sign_in_attempts.username}. */
    static final int MAX_NAME = 200;

    private final EntityManager em;
    private final Clock clock;

    SignInGuard(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The name a guess counts against: as typed, trimmed and in lower case, so that changing the case
     * of a name does not buy another five tries.
     */
    static String account(String typed) {
        String s = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
    }

    /** When the lock that holds on this account or this address now ends, if one does (the later of the two). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = now();
        return em.createQuery("select l from SignInLock l where l.releasedAt is null and l.lockedUntil > :now"
                        + " and ((l.kind = 'account' and l.subject = :name) or (l.kind = 'address' and l.subject = :address))",
                        SignInLock.class)
                .setParameter("now", now).setParameter("name", account(username)).setParameter("address", address)
                .getResultStream().map(l -> l.lockedUntil).max(Instant::compareTo);
    }

    /** Records a try refused because of a lock: it is shown to the admin but does not lengthen the lock. */
    @Transactional(TxType.REQUIRES_NEW)
    public void refused(String username, String address, SignInChannel channel) {
        attempt(username, address, channel, SignInAttempt.LOCKED, now());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(String username, String address, SignInChannel channel) {
        attempt(username, address, channel, SignInAttempt.SUCCEEDED, now());
    }

    /** Records a wrong password and locks the account or the address when it was one too many. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(String username, String address, SignInChannel channel) {
        Instant now = now();
        String name = account(username);
        attempt(name, address, channel, SignInAttempt.FAILED, now);
        Instant sinceRight = em.createQuery("select max(a.at) from SignInAttempt a where a.username = :s and a.outcome = 'succeeded'",
                Instant.class).setParameter("s", name).getSingleResult();
        lockIfDue(SignInLock.ACCOUNT, name, "username", LockoutPolicy.ACCOUNT, latest(sinceRight, lastLock(SignInLock.ACCOUNT, name)), now);
        // A right password from an address does not reset its count: one's own account would reset it for free.
        lockIfDue(SignInLock.ADDRESS, address, "address", LockoutPolicy.ADDRESS, lastLock(SignInLock.ADDRESS, address), now);
    }

    private void lockIfDue(String kind, String subject, String column, LockoutPolicy policy, Instant since, Instant now) {
        Instant from = policy.countFrom(now, since);
        List<Instant> counted = em.createQuery("select a.at from SignInAttempt a where a." + column + " = :s"
                        + " and a.outcome = 'failed' and a.at > :from", Instant.class)
                .setParameter("s", subject).setParameter("from", from).getResultList();
        policy.lockUntil(counted).ifPresent(until -> {
            SignInLock lock = new SignInLock();
            lock.kind = kind;
            lock.subject = subject;
            lock.lockedAt = now;
            lock.lockedUntil = until;
            lock.persist();
        });
    }

    private Instant lastLock(String kind, String subject) {
        return em.createQuery("select max(l.lockedAt) from SignInLock l where l.kind = :k and l.subject = :s", Instant.class)
                .setParameter("k", kind).setParameter("s", subject).getSingleResult();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private void attempt(String username, String address, SignInChannel channel, String outcome, Instant at) {
        SignInAttempt a = new SignInAttempt();
        a.at = at;
        a.username = account(username);
        a.address = address;
        a.channel = channel.column();
        a.outcome = outcome;
        a.persist();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
