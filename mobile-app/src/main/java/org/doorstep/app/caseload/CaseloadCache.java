package org.doorstep.app.caseload;

import java.time.Instant;
import java.util.Optional;

import org.doorstep.app.store.SecureStore;
import org.doorstep.model.wire.Caseload;

/**
 * The last caseload fetched, kept encrypted so a visit can start with no signal. Read from the store
 * once per unlocked session and then held: unlocking reads it on its background thread, so the
 * caseload screen, the record and the wizard never decrypt and parse its JSON (~180 KB for 40 cases)
 * on the FX thread. Every write goes through {@link #save}, which keeps the held copy current.
 */
public final class CaseloadCache {

    public static final String NAME = "caseload.json";

    private final SecureStore store;
    // Null until first read; guarded by this, so a read cannot put back what a save has just replaced.
    private Optional<Cached> held;

    public CaseloadCache(SecureStore store) {
        this.store = store;
    }

    public synchronized void save(Caseload caseload, Instant fetchedAt) {
        Cached cached = new Cached(caseload, fetchedAt);
        store.putJson(NAME, cached);
        held = Optional.of(cached);
    }

    public synchronized Optional<Cached> load() {
        if (held == null) {
            held = store.getJson(NAME, Cached.class);
        }
        return held;
    }

    public record Cached(Caseload caseload, Instant fetchedAt) {
    }
}
