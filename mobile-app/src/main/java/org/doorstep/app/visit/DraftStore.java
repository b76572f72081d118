package org.doorstep.app.visit;

import java.util.Optional;

import org.doorstep.app.store.SecureStore;

/** The visit being written, saved encrypted on every change so a killed app loses nothing. */
public final class DraftStore {

    public static final String NAME = "draft.json";

    private final SecureStore store;

    public DraftStore(SecureStore store) {
        this.store = store;
    }

    public void save(VisitDraft draft) {
        store.putJson(NAME, draft);
    }

    public Optional<VisitDraft> load() {
        return store.getJson(NAME, VisitDraft.class);
    }

    public void delete() {
        store.delete(NAME);
    }
}
