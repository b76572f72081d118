package org.doorstep.server.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.File;
import org.doorstep.server.people.CreateAdmin;

/**
 * Starts the server. With no JDBC URL configured it first starts an embedded MariaDB whose data
 * lives under {@code doorstep.data-dir} (default {@code ./data}), so one command runs everything.
 * {@code create-admin USERNAME "FULL NAME"} makes a real server's first admin instead ({@link CreateAdmin}).
 */
@QuarkusMain
public final class DoorstepMain {

    static final String DATABASE = "doorstep";

    private DoorstepMain() {
    }

    public static void main(String... args) {
        if (!jdbcUrlConfigured()) {
            File dataDir = new File(setting("doorstep.data-dir", "DOORSTEP_DATA_DIR", "./data")).getAbsoluteFile();
            File mariaDir = new File(dataDir, "mariadb");
            File baseDir = new File(dataDir, "mariadb-base");
            System.out.println("No database configured: starting the embedded MariaDB in " + mariaDir);
            EmbeddedMariaDb db;
            try {
                db = EmbeddedMariaDb.start(mariaDir, baseDir, DATABASE, true);
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                System.exit(1);
                return;
            }
            System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl(DATABASE));
            System.setProperty("quarkus.datasource.username", "root");
            System.setProperty("quarkus.datasource.password", "");
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
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
