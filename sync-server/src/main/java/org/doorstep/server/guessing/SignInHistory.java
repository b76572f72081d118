package org.doorstep.server.guessing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What an admin sees of guessing (R13-accounts): locks that hold now, the locks of the last days with
 * who released them, and failed or refused sign-ins, newest first; and the admin's early release.
 */
@ApplicationScoped
public class SignInHistory {

    public static final int PAGE = 50;

    /** A page of failed and refused sign-ins, and whether there are older ones. */
    public record Attempts(List<SignInAttempt> attempts, boolean more) {
    }

    private final EntityManager em;
    private final Clock clock;

    SignInHistory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<SignInLock> holding() {
        return em.createQuery("select l from SignInLock l where l.releasedAt is null and l.lockedUntil > :now"
                + " order by l.lockedAt desc", SignInLock.class).setParameter("now", clock.instant()).setMaxResults(200).getResultList();
    }

    /** Locks that ended (by time or by an admin) in the last week, newest first. */
    public List<SignInLock> ended() {
        Instant now = clock.instant();
        return em.createQuery("select l from SignInLock l where (l.releasedAt is not null or l.lockedUntil <= :now)"
                        + " and l.lockedAt > :since order by l.lockedAt desc", SignInLock.class)
                .setParameter("now", now).setParameter("since", now.minus(7, ChronoUnit.DAYS)).setMaxResults(PAGE).getResultList();
    }

    public Attempts attempts(int page) {
        List<SignInAttempt> found = em.createQuery("select a from SignInAttempt a where a.outcome <> 'succeeded'"
                        + " order by a.at desc, a.id desc", SignInAttempt.class)
                .setFirstResult(page * PAGE).setMaxResults(PAGE + 1).getResultList();
        return new Attempts(found.subList(0, Math.min(PAGE, found.size())), found.size() > PAGE);
    }

    /** Releases a lock early; empty when there is no such lock, false when it had already ended. */
    @Transactional
    public Optional<Boolean> release(long lockId, String admin) {
        SignInLock lock = em.find(SignInLock.class, lockId, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!lock.holdsAt(now)) {
            return Optional.of(false);
        }
        lock.releasedAt = now;
        lock.releasedBy = admin;
        return Optional.of(true);
    }
}
