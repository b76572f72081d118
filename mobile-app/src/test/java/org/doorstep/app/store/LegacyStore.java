package org.doorstep.app.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes a store as the app wrote it before Argon2id (PBKDF2WithHmacSHA256, 210,000 iterations, the
 * derived key encrypting each file directly, {@code store.salt} beside them), byte for byte as that
 * code did, so the test of re-wrapping starts from a real old store rather than from today's code.
 */
final class LegacyStore {

    private LegacyStore() {
    }

    static void write(Path dir, char[] pin, Map<String, byte[]> blobs) throws Exception {
        Files.createDirectories(dir);
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Files.write(dir.resolve("store.salt"), salt);
        byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(pin, salt, 210_000, 256)).getEncoded();
        SecretKeySpec key = new SecretKeySpec(raw, "AES");
        Map<String, byte[]> all = new LinkedHashMap<>(blobs);
        all.put("store.check", "doorstep-store-v1".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(e.getKey().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(e.getValue());
            Files.write(dir.resolve(e.getKey() + ".enc"),
                    ByteBuffer.allocate(3 + 12 + sealed.length).put(new byte[] {'D', 'S', '1'}).put(nonce).put(sealed).array());
        }
    }
}
