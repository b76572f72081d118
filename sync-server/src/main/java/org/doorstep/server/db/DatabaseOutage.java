package org.doorstep.server.db;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.doorstep.model.wire.Problem;

/**
 * Whether the server can reach its database just now, for the whole process: the embedded database's
 * watchdog says so when mariadbd dies and again when it is back, and a request that failed for want
 * of a connection says so for a short while. Meanwhile every request is answered 503 with a
 * {@code Retry-After} ({@link OutageGate}), never as a lookup that found nothing.
 */
public final class DatabaseOutage {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** After a failed connection, how long the gate stays shut without a watchdog to open it. */
    private static final long FAILED_REQUEST_NANOS = 2_000_000_000L;

    private static volatile String reason;
    private static volatile long shutUntil;
    private static final List<Runnable> RECOVERY = new CopyOnWriteArrayList<>();

    private DatabaseOutage() {
    }

    /** The database is gone until {@link #over()} is called. */
    static void began(String why) {
        reason = why;
    }

    static void over() {
        reason = null;
        shutUntil = 0;
        for (Runnable action : RECOVERY) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // an application that has since stopped (tests start several in one JVM); the others still run
            }
        }
    }

    /** A request could not get a connection: answer the next ones 503 straight away for a moment. */
    public static void requestFailed() {
        shutUntil = System.nanoTime() + FAILED_REQUEST_NANOS;
    }

    public static boolean now() {
        return reason != null || System.nanoTime() - shutUntil < 0;
    }

    public static String reason() {
        String r = reason;
        return r != null ? r : "a request could not reach the database";
    }

    /** Run when the database is back (e.g. to drop the pool's dead connections). */
    static void onRecovery(Runnable action) {
        RECOVERY.add(action);
    }

    /** True when {@code e} failed because the database could not be reached, not because of what was asked. */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                String message = s.getMessage() == null ? "" : s.getMessage().toLowerCase();
                // 08: connection exception; Agroal's pool says "acquisition timeout" when none could be had.
                if (state != null && state.startsWith("08") || message.contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    public static Problem problem() {
        return Problem.of("service-unavailable", "Service unavailable", 503,
                "The server cannot reach its database just now. Nothing was stored or changed by this request; "
                        + "try again in a few seconds. Notes waiting on a tablet stay safe there.");
    }

    /** The API's answer while the database is out. */
    public static Response response(String path) {
        return Response.status(503).type(PROBLEM_JSON).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(problem().withInstance(path)).build();
    }
}
