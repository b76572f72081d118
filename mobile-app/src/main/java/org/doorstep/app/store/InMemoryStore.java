package org.doorstep.app.store;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A store that lives only in memory: for tests and previews, never for a practitioner's data. */
public final class InMemoryStore implements SecureStore {

    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void put(String name, byte[] data) {
        blobs.put(SecureStore.checkName(name), data.clone());
    }

    @Override
    public Optional<byte[]> get(String name) {
        byte[] b = blobs.get(SecureStore.checkName(name));
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    @Override
    public void delete(String name) {
        blobs.remove(SecureStore.checkName(name));
    }

    @Override
    public Set<String> names() {
        return new TreeSet<>(blobs.keySet());
    }
}
