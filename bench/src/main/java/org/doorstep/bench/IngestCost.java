package org.doorstep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What one note costs the server and its database, not how fast it goes (issue 14): around one timed
 * {@link NoteLoad} run, the statements the server's mariadbd executed (its {@code Questions} and
 * {@code Com_*} counters) and the CPU the server process and mariadbd used, per note. On a machine shared
 * with other work throughput moves with the neighbours' load; statements per note do not, and CPU per
 * note much less, so a change is judged by these, taken in same-load pairs.
 *
 * <pre>
 * IngestCost --data-dir target/bench-data --server-pid PID [NoteLoad's options]
 * </pre>
 * The server runs on its embedded MariaDB (the bench profile), which writes {@code mariadb-url} and
 * {@code mariadb-password} to the data directory; nothing else may use that mariadbd during the run.
 */
public final class IngestCost {

    private static final long TICKS_PER_SECOND = 100;
    /** The counters a note's path moves, printed per note in this order; the rest are summed as "other". */
    private static final List<String> SHOWN = List.of("Com_select", "Com_insert", "Com_insert_select", "Com_update",
            "Com_delete", "Com_set_option", "Com_commit", "Com_rollback", "Com_begin", "Com_admin_commands");

    private IngestCost() {
    }

    /** Counters and CPU at one moment. */
    private record Snapshot(Map<String, Long> status, long serverTicks, long mariadbTicks, String load) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> own = new HashMap<>();
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--data-dir") || args[i].equals("--server-pid")) {
                own.put(args[i].substring(2), args[i + 1]);
            } else {
                rest.addAll(Arrays.asList(args[i], args[i + 1]));
            }
        }
        if (!own.containsKey("data-dir") || !own.containsKey("server-pid")) {
            System.err.println("usage: IngestCost --data-dir DIR --server-pid PID [NoteLoad options]\n" + LoadOptions.USAGE);
            System.exit(2);
        }
        LoadOptions o = LoadOptions.parse(rest.toArray(String[]::new));
        Path dataDir = Path.of(own.get("data-dir"));
        long serverPid = Long.parseLong(own.get("server-pid"));

        ApiClient api = new ApiClient(o.server());
        List<NoteLoad.Request> timed = NoteLoad.warmedUp(api, o);
        try (Connection db = connect(dataDir)) {
            long mariadbPid = mariadbPid(db);
            Snapshot before = snapshot(db, serverPid, mariadbPid);
            NoteLoad.Result r = NoteLoad.run(api, timed, o.concurrency(), o.reportEvery(), true);
            Snapshot after = snapshot(db, serverPid, mariadbPid);
            print(r, before, after);
        }
    }

    private static void print(NoteLoad.Result r, Snapshot before, Snapshot after) {
        double n = r.notes();
        // The probe's own "show global status" counts once in Questions and Com_show_status: not the server's.
        long questions = delta(before, after, "Questions") - 1;
        StringBuilder kinds = new StringBuilder();
        long shown = 0;
        for (String k : SHOWN) {
            long d = delta(before, after, k);
            shown += d;
            if (d != 0) {
                kinds.append(String.format(Locale.ROOT, "  %s %.2f", k.substring(4), d / n));
            }
        }
        long allCom = after.status().entrySet().stream().filter(e -> e.getKey().startsWith("Com_"))
                .mapToLong(e -> e.getValue() - before.status().getOrDefault(e.getKey(), 0L)).sum()
                - delta(before, after, "Com_show_status");
        System.out.printf(Locale.ROOT, "statements %.2f per note (Questions)%s  other %.2f%n", questions / n, kinds,
                (allCom - shown) / n);
        System.out.printf(Locale.ROOT, "CPU per note: server %.0f µs, mariadbd %.0f µs, generator %.0f µs%n",
                micros(after.serverTicks() - before.serverTicks(), n), micros(after.mariadbTicks() - before.mariadbTicks(), n),
                r.generatorCpuMicrosPerNote());
        System.out.printf(Locale.ROOT, "load average before: %s  after: %s%n", before.load(), after.load());
    }

    private static double micros(long ticks, double notes) {
        return ticks * 1e6 / TICKS_PER_SECOND / notes;
    }

    private static long delta(Snapshot before, Snapshot after, String name) {
        return after.status().getOrDefault(name, 0L) - before.status().getOrDefault(name, 0L);
    }

    private static Snapshot snapshot(Connection db, long serverPid, long mariadbPid) throws SQLException, IOException {
        Map<String, Long> status = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("show global status")) {
            while (rs.next()) {
                try {
                    status.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                } catch (NumberFormatException notACount) {
                    // text values (versions, states) are not counters
                }
            }
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return new Snapshot(status, cpuTicks(serverPid), mariadbPid < 0 ? 0 : cpuTicks(mariadbPid), load);
    }

    /** User plus system time of a process, in clock ticks (/proc/PID/stat fields 14 and 15). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long mariadbPid(Connection db) {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select @@pid_file")) {
            rs.next();
            return Long.parseLong(Files.readString(Path.of(rs.getString(1))).strip());
        } catch (SQLException | IOException | RuntimeException e) {
            System.out.println("mariadbd's CPU not measured: " + e.getMessage());
            return -1;
        }
    }

    private static Connection connect(Path dataDir) throws IOException, SQLException {
        Properties p = new Properties();
        p.setProperty("user", "doorstep");
        p.setProperty("password", Files.readString(dataDir.resolve("mariadb-password")).strip());
        return DriverManager.getConnection(Files.readString(dataDir.resolve("mariadb-url")).strip(), p);
    }
}
