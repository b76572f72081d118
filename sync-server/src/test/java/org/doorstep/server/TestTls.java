package org.doorstep.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An HTTPS listener for the tests beside the plain one, with a self-signed certificate made by the
 * JDK's keytool, so what the server does only over TLS (HSTS) is tested over real TLS.
 */
public class TestTls implements QuarkusTestResourceLifecycleManager {

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("doorstep-tls-");
            Path store = dir.resolve("localhost.p12");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", "doorstep-test")
                    .redirectErrorStream(true).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(p.getInputStream().readAllBytes()));
            }
            return Map.of("quarkus.http.ssl.certificate.key-store-file", store.toString(),
                    "quarkus.http.ssl.certificate.key-store-password", "doorstep-test",
                    "quarkus.http.test-ssl-port", "0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temp dir left behind is harmless
        }
    }
}
