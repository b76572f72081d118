package org.doorstep.server.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.File;
import java.time.Duration;
import org.doorstep.server.people.CreateAdmin;

/**
 * Starts the server. With no JDBC URL configured it first starts an embedded MariaDB whose data
 * lives under {@code doorstep.data-dir} (default {@code ./data}), so one command runs everything.
 * It can be left running unattended: a mariadbd left behind by a killed server is stopped before the
 * new one starts, and one that dies while the server runs is started again ({@link MariaDbWatchdog}).
 * {@code create-admin USERNAME "FULL NAME"} makes a real server's first admin instead ({@link CreateAdmin}).
 */
@QuarkusMain
public final class DoorstepMain {

    static final String DATABASE = "doorstep";
    /** Tries to start a dead embedded database again: 0.5 s, 1 s, 2 s, ... 16 s apart by default, about half a minute in all. */
    static final int RESTART_TRIES = 6;

    private DoorstepMain() {
    }

    public static void main(String... args) {
        if (!jdbcUrlConfigured()) {
            File dataDir = new File(setting("doorstep.data-dir", "DOORSTEP_DATA_DIR", "./data")).getAbsoluteFile();
            File mariaDir = new File(dataDir, "mariadb");
            File baseDir = new File(dataDir, "mariadb-base");
            System.out.println("No database configured: starting the embedded MariaDB in " + mariaDir);
            DataDirLock lock;
            EmbeddedMariaDb db;
            try {
                // Held until this process ends, however it ends; a mariadbd left on the data directory is then ours to stop.
                lock = DataDirLock.take(dataDir.toPath());
                db = EmbeddedMariaDb.startProtected(mariaDir, baseDir, DATABASE, dataDir);
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                System.exit(1);
                return;
            }
            System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl(DATABASE));
            // Where the database listens, beside its password file: the benchmark's limits mode
            // measures this same mariadbd (bench/, Limits), and an operator can reach it with a client.
            EmbeddedMariaDb.noteAddress(dataDir, db.jdbcUrl(DATABASE));
            System.setProperty("quarkus.datasource.username", db.user());
            System.setProperty("quarkus.datasource.password", db.password());
            Duration firstRetry = Duration.parse(setting("doorstep.embedded-db.restart-after", "DOORSTEP_EMBEDDED_DB_RESTART_AFTER", "PT0.5S"));
            MariaDbWatchdog watchdog = new MariaDbWatchdog(db, MariaDbWatchdog.delays(firstRetry, RESTART_TRIES));
            watchdog.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                watchdog.stop();
                db.stop();
                lock.release();
            }, "embedded-mariadb-stop"));
        }
        if (args.length > 0 && "create-admin".equals(args[0])) {
            // A one-off command beside a server that may be running: no HTTP listener, no demo data.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("doorstep.demo-data", "false");
            Quarkus.run(CreateAdmin.class, (exitCode, failure) -> System.exit(exitCode), args);
            return;
        }
        Quarkus.run(args);
    }

    static boolean jdbcUrlConfigured() {
        String url = setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL", null);
        return url != null && !url.isBlank();
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
