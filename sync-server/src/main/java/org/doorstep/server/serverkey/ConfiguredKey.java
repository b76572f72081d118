package org.doorstep.server.serverkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.doorstep.model.signing.SigningKey;

/**
 * The server key given by configuration, if one is: {@code doorstep.server-key} (the 32-byte seed in
 * base64url or base64, as a secret store hands it to every instance alike) or the file named by
 * {@code doorstep.server-key-file} when it exists (a data directory made before the key moved to the
 * database, or a file mounted into every instance). Both given and different is a mistake that no
 * choice between them would hide.
 */
final class ConfiguredKey {

    private ConfiguredKey() {
    }

    static Optional<SigningKey> of(Optional<String> value, Optional<Path> file) {
        Optional<SigningKey> fromValue = value.filter(v -> !v.isBlank()).map(v -> decode(v, "doorstep.server-key"));
        Optional<SigningKey> fromFile = file.filter(Files::exists).map(ConfiguredKey::read);
        if (fromValue.isPresent() && fromFile.isPresent() && !fromValue.get().equals(fromFile.get())) {
            throw new IllegalStateException("doorstep.server-key and the key file " + file.get() + " hold different keys ("
                    + fromValue.get().verifyingKey().keyId() + " and " + fromFile.get().verifyingKey().keyId()
                    + "): give one of them.");
        }
        return fromValue.or(() -> fromFile);
    }

    private static SigningKey read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server key file " + file, e);
        }
    }

    /** Unpadded base64url as the key file has always held it; plain base64 with padding too. */
    static SigningKey decode(String text, String where) {
        String urlSafe = text.strip().replace('+', '-').replace('/', '_').replace("=", "");
        byte[] seed;
        try {
            seed = Base64.getUrlDecoder().decode(urlSafe);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The server key in " + where + " is not base64: " + e.getMessage());
        }
        if (seed.length != 32) {
            throw new IllegalStateException("The server key in " + where + " must be a 32-byte Ed25519 seed, not "
                    + seed.length + " bytes.");
        }
        return SigningKey.fromSeed(seed);
    }

    static String encode(SigningKey key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.seed());
    }
}
