package org.doorstep.server.db;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts the embedded mariadbd again when it dies while the server runs: a few tries, further apart
 * each time, every one logged. Meanwhile the outage is declared ({@link DatabaseOutage}), so requests
 * are answered 503 and readiness is DOWN; when it is back, the outage is over.
 */
final class MariaDbWatchdog implements Runnable {

    private static final Logger LOG = Logger.getLogger(MariaDbWatchdog.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final EmbeddedMariaDb db;
    private final List<Duration> delays;
    private volatile boolean stopping;

    MariaDbWatchdog(EmbeddedMariaDb db, List<Duration> delays) {
        this.db = db;
        this.delays = List.copyOf(delays);
    }

    /** The delays before each try: the first from {@code doorstep.embedded-db.restart-after} (default 0.5 s), then doubling. */
    static List<Duration> delays(Duration first, int tries) {
        Duration[] d = new Duration[tries];
        for (int i = 0; i < tries; i++) {
            d[i] = i == 0 ? first : d[i - 1].multipliedBy(2);
        }
        return List.of(d);
    }

    Thread start() {
        Thread t = new Thread(this, "embedded-mariadb-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Called as the server shuts down: a database stopped on purpose is not restarted. */
    void stop() {
        stopping = true;
    }

    @Override
    public void run() {
        Optional<ProcessHandle> running = db.process();
        while (!stopping) {
            if (running.isPresent() && running.get().isAlive()) {
                sleep(POLL);
                continue;
            }
            if (stopping) {
                return;
            }
            DatabaseOutage.began("the embedded database stopped");
            LOG.errorf("The embedded MariaDB (data in %s) has stopped; starting it again", db.dataDir());
            running = restart();
            if (running.isEmpty()) {
                LOG.errorf("The embedded MariaDB could not be started again after %d tries; the server answers 503 "
                        + "until it is restarted", delays.size());
                return;
            }
            DatabaseOutage.over();
        }
    }

    private Optional<ProcessHandle> restart() {
        for (int i = 0; i < delays.size() && !stopping; i++) {
            sleep(delays.get(i));
            try {
                // Whatever half-dead mariadbd is still there holds the locks the new one needs.
                LeftoverMariaDb.stopAll(db.dataDir());
                db.restart();
                Optional<ProcessHandle> p = db.process();
                if (p.isPresent()) {
                    LOG.infof("The embedded MariaDB is running again (try %d of %d, pid %d)", i + 1, delays.size(), p.get().pid());
                    return p;
                }
            } catch (RuntimeException e) {
                LOG.errorf("Try %d of %d to start the embedded MariaDB again failed: %s", i + 1, delays.size(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            stopping = true;
        }
    }
}
