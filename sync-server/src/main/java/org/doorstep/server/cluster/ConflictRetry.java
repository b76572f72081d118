package org.doorstep.server.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.exception.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a transaction again when the database aborted it for colliding with another one. On one
 * MariaDB that is a deadlock; on a Galera cluster it is also how a certification failure shows: two
 * nodes changed the same rows (two tablets appending to one case's chain through two instances), the
 * later commit loses with error 1213 and nothing of it was written. Running it again re-reads the
 * chain head, so the chain never forks and the note is stored once; the tablet gets the answer of
 * the attempt that committed. The work given must re-read everything it decides on (a whole
 * transaction, not a part of one).
 */
@ApplicationScoped
public class ConflictRetry {

    /** Five tries: conflicts on one case clear in one or two under any load seen (GaleraClusterTest). */
    public static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
    private static final int DEADLOCK = 1213;

    private final Counter retries;

    ConflictRetry(MeterRegistry registry) {
        this.retries = Counter.builder("doorstep.db.conflict.retries")
                .description("Transactions run again after a deadlock or a Galera certification conflict")
                .register(registry);
    }

    public <T> T call(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                retries.increment();
                LOG.debugf("Transaction aborted by a conflict (attempt %d of %d); running it again: %s", attempt,
                        ATTEMPTS, e.toString());
                pause(attempt);
            }
        }
    }

    public double retriesSoFar() {
        return retries.count();
    }

    /**
     * A deadlock or certification failure anywhere in the causes (Hibernate and Narayana wrap it; a
     * failure at commit may reach us only as a suppressed exception or in a message).
     */
    public static boolean isConflict(Throwable e) {
        return isConflict(e, 0);
    }

    private static boolean isConflict(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
            return true;
        }
        String message = t.getMessage();
        if (message != null && (message.contains("Deadlock found") || message.contains("WSREP detected deadlock"))) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (isConflict(s, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isConflict(t.getCause(), depth + 1);
    }

    /**
     * A unique key refused an insert: another request (perhaps through another instance) stored the
     * same thing first, and reading it again gives the answer. Not a conflict to run again blindly.
     */
    public static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException || t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short random pause, longer each time, so two colliding requests do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to run a transaction again", e);
        }
    }
}
