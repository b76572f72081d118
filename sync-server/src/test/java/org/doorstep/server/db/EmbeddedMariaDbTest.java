package org.doorstep.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The run-mode embedded database as the server starts it: protected by its own password, found and
 * stopped when a dead server left it running, started again when it dies under a running server.
 * One data directory under target/ (a durable one may not live under /tmp), used in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedMariaDbTest {

    private static Path dataDir;
    private static EmbeddedMariaDb db;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-db-");
        db = EmbeddedMariaDb.startProtected(dataDir.resolve("mariadb").toFile(), dataDir.resolve("mariadb-base").toFile(),
                "doorstep", dataDir.toFile());
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.stop();
        }
    }

    @Test
    @Order(1)
    @DisplayName("A connection without the password is refused: root, the server's account, anyone")
    void withoutPasswordRefused() throws Exception {
        for (String user : List.of("root", EmbeddedMariaDb.USER, "", "mysql")) {
            SQLException refused = assertThrows(SQLException.class, () -> connect(user, "").close(), user);
            assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
        }
        assertThrows(SQLException.class, () -> connect(EmbeddedMariaDb.USER, "not-the-password").close());
        try (Connection c = connect(EmbeddedMariaDb.USER, db.password()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT @@skip_grant_tables, @@socket")) {
            r.next();
            assertEquals(0, r.getInt(1), "grant tables are on");
            assertEquals(dataDir.resolve("mariadb.sock").toString(), r.getString(2), "the socket lives with the data, not in /tmp");
        }
    }

    @Test
    @Order(2)
    @DisplayName("The password is generated once and kept in the data directory, readable by the server's user only")
    void passwordFileOwnerOnly() throws Exception {
        Path file = dataDir.resolve(DatabasePassword.FILE);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(dataDir.resolve(EmbeddedMariaDb.ACCOUNTS_FILE)), "the accounts script holds it too");
        assertEquals(db.password(), Files.readString(file).strip());
        assertTrue(db.password().length() >= 32);
    }

    @Test
    @Order(3)
    @DisplayName("A mariadbd left running by a server that died is stopped, and the next start uses the same data")
    void leftoverStoppedAtNextStart() throws Exception {
        try (Connection c = connect(EmbeddedMariaDb.USER, db.password()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS doorstep.kept (v INT)");
            s.execute("INSERT INTO doorstep.kept VALUES (42)");
        }
        ProcessHandle leftover = db.process().orElseThrow();
        // The server that started it is gone (as after SIGKILL): nobody calls stop(); the next start finds it.
        long t0 = System.nanoTime();
        db = EmbeddedMariaDb.startProtected(dataDir.resolve("mariadb").toFile(), dataDir.resolve("mariadb-base").toFile(),
                "doorstep", dataDir.toFile());
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertFalse(leftover.isAlive(), "the leftover mariadbd was stopped");
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "started again in " + took);
        try (Connection c = connect(EmbeddedMariaDb.USER, db.password()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT v FROM doorstep.kept")) {
            assertTrue(r.next());
            assertEquals(42, r.getInt(1));
        }
        assertEquals(1, LeftoverMariaDb.find(dataDir.resolve("mariadb").toFile()).size());
    }

    @Test
    @Order(4)
    @DisplayName("A mariadbd killed under a running server is started again; meanwhile the outage is declared")
    void watchdogStartsItAgain() throws Exception {
        MariaDbWatchdog watchdog = new MariaDbWatchdog(db, MariaDbWatchdog.delays(Duration.ofMillis(1500), 3));
        watchdog.start();
        try {
            ProcessHandle first = db.process().orElseThrow();
            first.destroyForcibly();
            first.onExit().get();
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (!DatabaseOutage.now() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(DatabaseOutage.now(), "the outage is declared while the database is down");
            deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (DatabaseOutage.now() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(DatabaseOutage.now(), "the outage is over once the database runs again");
            ProcessHandle second = db.process().orElseThrow();
            assertTrue(second.pid() != first.pid());
            try (Connection c = connect(EmbeddedMariaDb.USER, db.password()); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM doorstep.kept")) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
        } finally {
            watchdog.stop();
        }
    }

    private static Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "5000");
        Connection c = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:" + db.port() + "/", p);
        if (c == null) {
            throw new SQLException("no driver");
        }
        return c;
    }
}
