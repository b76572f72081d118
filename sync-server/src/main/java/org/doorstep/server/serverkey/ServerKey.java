package org.doorstep.server.serverkey;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's Ed25519 key, which signs receipts. Kept in a file (base64url seed, mode 0600) made
 * on first start; every instance of a cluster must be given the same file.
 */
@Singleton
public class ServerKey {

    private final SigningKey key;

    ServerKey(@ConfigProperty(name = "doorstep.server-key-file") Path file) {
        this.key = loadOrCreate(file);
    }

    public SigningKey signingKey() {
        return key;
    }

    public VerifyingKey verifyingKey() {
        return key.verifyingKey();
    }

    static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
                return SigningKey.fromSeed(Base64.getUrlDecoder().decode(text));
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SigningKey fresh = SigningKey.generate();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                return loadOrCreate(file);
            }
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(fresh.seed()) + "\n",
                    StandardCharsets.US_ASCII);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server key file " + file, e);
        }
    }
}
