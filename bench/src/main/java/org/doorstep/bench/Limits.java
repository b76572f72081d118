package org.doorstep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.visit.NoteIds;

/**
 * The raw rates the ingest path is made of, measured on this machine now (issue 14's limits mode):
 * Ed25519 verification of a note as the server verifies it, MariaDB commits of one ~3 KB row per
 * transaction, and rows committed in transactions of 50, both at the load's concurrency against the
 * server's own mariadbd. An ingest figure means little alone on a shared 2-core machine; beside these
 * it says how much of what the hardware allows the note path reaches.
 */
public final class Limits {

    /** Rates in operations per second. */
    public record Rates(double verifies, double commits, double batchedRows, int concurrency) {
        String line() {
            return String.format(Locale.ROOT, "limits  ed25519 verify %,.0f notes/s (all cores)  commit of one 3 KB row %,.0f/s"
                    + "  rows in transactions of 50 %,.0f/s  (concurrency %d)", verifies, commits, batchedRows, concurrency);
        }
    }

    private static final String ROW = "x".repeat(3000);

    private Limits() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 1 && args[0].equals("--data-dir") ? args[1] : "data");
        System.out.println(measure(dataDir, 16, 5).line());
    }

    /** Each rate over {@code seconds}, against the embedded mariadbd of a server running on {@code dataDir}. */
    public static Rates measure(Path dataDir, int concurrency, int seconds) throws Exception {
        double verifies = verifies(seconds);
        String url = Files.readString(dataDir.resolve("mariadb-url")).strip();
        String password = Files.readString(dataDir.resolve("mariadb-password")).strip();
        Properties p = new Properties();
        p.setProperty("user", "doorstep");
        p.setProperty("password", password);
        String scratch = url.replaceAll("/[^/?]*(\\?.*)?$", "/doorstep_limits");
        try (Connection c = connect(url.replaceAll("/[^/?]*(\\?.*)?$", "/"), p); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS doorstep_limits");
        }
        try (Connection c = connect(scratch, p); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE rows_3k (id BIGINT AUTO_INCREMENT PRIMARY KEY, body TEXT NOT NULL) ENGINE=InnoDB");
        }
        double commits = inserts(scratch, p, concurrency, seconds, 1);
        double batched = inserts(scratch, p, concurrency, seconds, 50);
        try (Connection c = connect(scratch, p); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE doorstep_limits");
        }
        return new Rates(verifies, commits, batched, concurrency);
    }

    /** Verifications of a signed note-sized payload per second, one thread per core. */
    static double verifies(int seconds) throws Exception {
        SigningKey key = SigningKey.generate();
        SignedNote note = SignedNote.sign(NoteLoad.note(new NoteIds(Clock.systemUTC()).next().toString(), "C-1001",
                "rec-1", "bench", Instant.now()), "device", key);
        int threads = Runtime.getRuntime().availableProcessors();
        Work verify = () -> {
            if (!note.verifiesWith(key.verifyingKey())) {
                throw new IllegalStateException("the note did not verify");
            }
            return 1;
        };
        // The curve arithmetic needs a few seconds before the JIT's last tier has it; uncounted, so
        // the first limits of a run measure the machine rather than the compiler (3,110/s cold, 20,867 warm).
        run(threads, 3, verify);
        return run(threads, seconds, verify);
    }

    private static double inserts(String url, Properties p, int concurrency, int seconds, int perTransaction) throws Exception {
        ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
            try {
                Connection c = connect(url, p);
                c.setAutoCommit(false);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            return run(concurrency, seconds, () -> {
                Connection c = connection.get();
                if (!opened.contains(c)) {
                    opened.add(c);
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO rows_3k (body) VALUES (?)")) {
                    for (int i = 0; i < perTransaction; i++) {
                        insert.setString(1, ROW);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
                return perTransaction;
            });
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    interface Work {
        int once() throws Exception;
    }

    /** Runs {@code work} on {@code threads} threads for a second of warm-up, then counts for {@code seconds}. */
    private static double run(int threads, int seconds, Work work) throws Exception {
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    int n = work.once();
                    if (counting.get()) {
                        done.addAndGet(n);
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1000);
        counting.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        counting.set(false);
        double secs = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return done.get() / secs;
    }

    private static Connection connect(String url, Properties p) throws SQLException {
        Connection c = new org.mariadb.jdbc.Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("The MariaDB driver did not accept " + url);
        }
        return c;
    }
}
