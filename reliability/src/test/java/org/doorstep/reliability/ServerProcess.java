package org.doorstep.reliability;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packaged server as an operator runs it: {@code java -jar sync-server/target/quarkus-app/quarkus-run.jar}
 * with the demo data, its embedded MariaDB in a data directory under target/, on a fixed port so a
 * restarted server is found where the last one was. One per test JVM ({@link #shared()}), since each
 * first start installs a database; tests that kill it start it again before they end.
 */
public final class ServerProcess {

    private static ServerProcess shared;

    private final Path dataDir;
    private final int port;
    private final Path log;
    /** System properties beside the demo profile's, e.g. an external database (GaleraClusterTest). */
    private final List<String> settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    private ServerProcess(Path dataDir, int port, List<String> settings) {
        this.dataDir = dataDir;
        this.port = port;
        this.settings = List.copyOf(settings);
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-server.log");
    }

    /**
     * One of several instances of the service: on a database given by its JDBC URL (no embedded
     * MariaDB), signing with the key in {@code keyFile}, which every instance of the service shares.
     * Not started yet; the caller stops it ({@link #stop()}).
     */
    public static ServerProcess instance(Path dataDir, int port, String jdbcUrl, Path keyFile) {
        return new ServerProcess(dataDir, port, List.of("-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Ddoorstep.server-key-file=" + keyFile,
                // Two JVMs warming up on two shared cores: a taste is enough to be ready sooner.
                "-Ddoorstep.ingest.warm-up-rounds=20"));
    }

    /** The running server of this test JVM, started on a fresh data directory the first time. */
    public static synchronized ServerProcess shared() throws Exception {
        if (shared == null) {
            Path root = Path.of(System.getProperty("doorstep.reliability.dir", "target")).toAbsolutePath();
            Files.createDirectories(root);
            shared = new ServerProcess(Files.createTempDirectory(root, "server-data-"), freePort(), List.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopForGood));
        }
        if (!shared.alive()) {
            shared.start();
        } else {
            shared.awaitReady(Duration.ofSeconds(240));
        }
        return shared;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the jar and waits until it is ready; how long that took. */
    public Duration start() throws Exception {
        long t0 = System.nanoTime();
        launch();
        // A first start installs the database; on a busy two-core machine that alone has taken two minutes.
        awaitReady(Duration.ofSeconds(240));
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Waits until this start has done its start-up work (migrations, the demo team) and listens;
     * it may still be warming up, so not yet ready.
     */
    public void awaitStarted(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
            }
            String text = logText();
            if (text.substring(text.lastIndexOf("==== start ")).contains(") started in ")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server had not started within " + within + "; see " + log);
    }

    /** Starts the jar without waiting for it. */
    public void launch() throws Exception {
        Path jar = Path.of(System.getProperty("doorstep.server.jar", "../sync-server/target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The server jar " + jar.toAbsolutePath() + " is not built; run ./mvnw verify "
                    + "(it builds sync-server before this module)");
        }
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx384m", "-Dquarkus.profile=demo",
                "-Dquarkus.http.port=" + port, "-Ddoorstep.data-dir=" + dataDir,
                // Long enough for a test to see the outage, short enough to heal within the fault test.
                "-Ddoorstep.embedded-db.restart-after=PT3S",
                // The proxy reads HTTP/1.1; without this the JDK client upgrades to h2c frames it cannot follow.
                "-Dquarkus.http.http2=false"));
        cmd.addAll(settings);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        starts++;
        Files.writeString(log, "\n==== start " + starts + " ====\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** SIGKILL: no shutdown hook runs, so its embedded mariadbd is left running, as after a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The embedded mariadbd now running on this data directory, if any. */
    public Optional<ProcessHandle> mariadbd() {
        String arg;
        try {
            arg = "--datadir=" + dataDir.resolve("mariadb").toFile().getCanonicalPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(a -> List.of(a).contains(arg)).orElse(false)).findFirst();
    }

    public void awaitReady(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server was not ready within " + within + "; see " + log);
    }

    /** The status of GET /q/health/ready (0 when nothing answers). */
    public int readiness() {
        try {
            return http.send(HttpRequest.newBuilder(uri().resolve("q/health/ready")).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM and wait: the server's own shutdown (what an operator's service manager does). */
    public void stop() throws InterruptedException {
        if (alive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void stopForGood() {
        if (alive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // A leftover from the last kill, if a test ended between a kill and a start.
        mariadbd().ifPresent(ProcessHandle::destroy);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}
