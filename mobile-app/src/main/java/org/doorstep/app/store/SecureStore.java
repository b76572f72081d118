package org.doorstep.app.store;

import java.util.Optional;
import java.util.Set;

import org.doorstep.model.json.Json;

/**
 * Where the app keeps everything it holds on the device: named blobs. The real one encrypts each blob
 * at rest and writes it atomically ({@link EncryptedFileStore}); tests may use {@link InMemoryStore}.
 * Names are simple file-like words ({@code [a-z0-9._-]+}).
 */
public interface SecureStore {

    void put(String name, byte[] data);

    Optional<byte[]> get(String name);

    void delete(String name);

    Set<String> names();

    default <T> void putJson(String name, T value) {
        put(name, Json.write(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    default <T> Optional<T> getJson(String name, Class<T> type) {
        return get(name).map(b -> Json.read(new String(b, java.nio.charset.StandardCharsets.UTF_8), type));
    }

    static String checkName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,100}")) {
            throw new IllegalArgumentException("Not a store name: " + name);
        }
        return name;
    }
}
