package org.doorstep.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The 3-node MariaDB Galera cluster of {@code reliability/galera/cluster.sh}, on loopback ports with
 * its data under {@code target/galera}: started, its nodes stopped, killed and started again, by the
 * script an operator can run by hand too.
 */
final class GaleraCluster implements AutoCloseable {

    static final int NODES = 3;
    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");

    private final Path script;
    private final Path dir;
    private final Path log;

    GaleraCluster(Path dir) {
        this.script = Path.of(System.getProperty("doorstep.galera.script", "galera/cluster.sh")).toAbsolutePath();
        this.dir = dir;
        this.log = dir.resolveSibling("galera-cluster.log");
    }

    /** What this machine lacks to run a cluster, in words for a skipped test; empty when nothing. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(MARIADBD)) {
            missing.add("mariadbd (" + MARIADBD + ", Debian package mariadb-server)");
        }
        if (!Files.isRegularFile(PROVIDER)) {
            missing.add("the Galera provider (" + PROVIDER + ", Debian package galera-4)");
        }
        for (String tool : List.of("rsync", "mariadb-install-db", "wsrep_sst_rsync", "mariadb")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        return missing;
    }

    /** Node {@code n}'s SQL port (1 to 3), as the script places them. */
    static int sqlPort(int n) {
        return portBase() + 5 + n;
    }

    /** -Ddoorstep.galera.port-base moves every port of the cluster (cluster.sh's GALERA_PORT_BASE). */
    private static int portBase() {
        return Integer.getInteger("doorstep.galera.port-base", 14300);
    }

    /**
     * A JDBC URL for a server instance that uses node {@code first} and, while it is down, the
     * others in turn (MariaDB Connector/J's sequential failover): how docs/deployment.md says to
     * point an instance at a cluster.
     */
    static String jdbcUrl(int first, String database) {
        StringBuilder hosts = new StringBuilder("127.0.0.1:" + sqlPort(first));
        for (int n = 1; n <= NODES; n++) {
            if (n != first) {
                hosts.append(",127.0.0.1:").append(sqlPort(n));
            }
        }
        return "jdbc:mariadb:sequential://" + hosts + "/" + database;
    }

    void start() throws Exception {
        run("start");
    }

    /** An empty database for the service, made on node 1 and so on every node. */
    void createDatabase(String name) throws Exception {
        exec(List.of("mariadb", "--no-defaults", "-uroot", "-h127.0.0.1", "-P" + sqlPort(1),
                "-e", "drop database if exists `" + name + "`; create database `" + name + "`"), "create database " + name);
    }

    void killNode(int n) throws Exception {
        run("kill-node", String.valueOf(n));
    }

    void startNode(int n) throws Exception {
        run("start-node", String.valueOf(n));
    }

    @Override
    public void close() throws Exception {
        run("stop");
    }

    private void run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        exec(cmd, "cluster.sh " + String.join(" ", args));
    }

    private void exec(List<String> cmd, String what) throws IOException, InterruptedException {
        Files.createDirectories(dir.getParent());
        Files.writeString(log, "\n==== " + what + " ====\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("GALERA_DIR", dir.toString());
        pb.environment().put("GALERA_PORT_BASE", String.valueOf(portBase()));
        Process p = pb.start();
        // The script bounds each wait itself (GALERA_TIMEOUT, 90 s); this only guards against a hang.
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(what + " did not finish; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(what + " failed: " + tail());
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
