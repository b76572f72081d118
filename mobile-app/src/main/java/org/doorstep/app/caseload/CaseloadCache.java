package org.doorstep.app.caseload;

import java.time.Instant;
import java.util.Optional;

import org.doorstep.app.store.SecureStore;
import org.doorstep.model.wire.Caseload;

/** The last caseload fetched, kept encrypted so a visit can start with no signal. */
public final class CaseloadCache {

    public static final String NAME = "caseload.json";

    private final SecureStore store;

    public CaseloadCache(SecureStore store) {
        this.store = store;
    }

    public void save(Caseload caseload, Instant fetchedAt) {
        store.putJson(NAME, new Cached(caseload, fetchedAt));
    }

    public Optional<Cached> load() {
        return store.getJson(NAME, Cached.class);
    }

    public record Cached(Caseload caseload, Instant fetchedAt) {
    }
}
