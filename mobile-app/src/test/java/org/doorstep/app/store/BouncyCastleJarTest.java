package org.doorstep.app.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packaged desktop app carries an unsigned copy of BouncyCastle (mobile-app/pom.xml says why: the JVM would
 * check the signature at every launch, and AppCDS skips signed jars). The signature is checked here instead, once
 * per build, on the jar Maven fetched and the tests run against, before the copy is made from it.
 */
class BouncyCastleJarTest {

    @Test
    @DisplayName("The BouncyCastle jar the desktop app's unsigned copy is made from is whole and every class in it is "
            + "signed by the Legion of the Bouncy Castle")
    void signedByBouncyCastleAndWhole() throws Exception {
        Path jar = Path.of(Argon2BytesGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(jar.getFileName().toString().matches("bcprov-jdk18on-.*\\.jar"), jar.toString());
        int checked = 0;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.isDirectory() || entry.getName().equals(JarFile.MANIFEST_NAME)
                        || entry.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream()); // an entry that differs from its digest throws here
                }
                CodeSigner[] signers = entry.getCodeSigners();
                assertNotNull(signers, entry.getName() + " is not signed");
                assertTrue(Arrays.stream(signers).anyMatch(BouncyCastleJarTest::byBouncyCastle),
                        entry.getName() + " is signed by someone else: " + Arrays.toString(signers));
                checked++;
            }
        }
        assertTrue(checked > 1000, "only " + checked + " entries");
    }

    private static boolean byBouncyCastle(CodeSigner signer) {
        return signer.getSignerCertPath().getCertificates().get(0) instanceof X509Certificate cert
                && cert.getSubjectX500Principal().getName().contains("CN=Legion of the Bouncy Castle Inc.");
    }
}
