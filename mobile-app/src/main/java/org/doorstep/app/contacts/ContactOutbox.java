package org.doorstep.app.contacts;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.doorstep.app.store.SecureStore;
import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.UnreachableException;
import org.doorstep.model.wire.ContactRecord;

/**
 * Contacts recorded with no signal (R5.3-contacts): kept in the tablet's encrypted store under
 * {@value #NAME} until a sync sends them, as signed notes wait in the note outbox (which this leaves
 * alone). A contact leaves only when the server has stored it; one the server refuses stays with
 * its reason, so nothing typed is lost. Plain Java; safe to use from any thread.
 */
public final class ContactOutbox {

    public static final String NAME = "contacts-outbox.json";

    /** A contact waiting for the server; {@code refused} is the server's reason once it refused it. */
    public record Waiting(String id, String caseId, String childName, ContactRecord contact, String refused) {
    }

    /** What one sync did: how many were stored, how many the server refused, how many still wait for a signal. */
    public record Sent(int stored, int refused, int waiting) {
    }

    /** The stored shape. */
    public record Saved(List<Waiting> waiting) {
    }

    private final SecureStore store;
    private final List<Waiting> waiting = new CopyOnWriteArrayList<>();

    public ContactOutbox(SecureStore store) {
        this.store = store;
        store.getJson(NAME, Saved.class).ifPresent(s -> waiting.addAll(s.waiting()));
    }

    public synchronized void add(String caseId, String childName, ContactRecord contact) {
        waiting.add(new Waiting(UUID.randomUUID().toString(), caseId, childName, contact, null));
        save();
    }

    /** Every contact still on the tablet, oldest first. */
    public List<Waiting> pending() {
        return List.copyOf(waiting);
    }

    /**
     * Sends each contact not yet refused, oldest first. Without a signal, with the server out of
     * service or the tablet's token refused, the rest wait for the next sync.
     */
    public synchronized Sent sendAll(ServerApi api) {
        int stored = 0;
        int refused = 0;
        for (Waiting w : List.copyOf(waiting)) {
            if (w.refused() != null) {
                continue;
            }
            try {
                api.recordContact(w.caseId(), w.contact());
                waiting.remove(w);
                stored++;
            } catch (UnreachableException e) {
                break;
            } catch (ApiException e) {
                if (e.unavailable() || e.status() == 401) {
                    break;
                }
                waiting.set(waiting.indexOf(w), new Waiting(w.id(), w.caseId(), w.childName(), w.contact(),
                        e.problem() == null || e.problem().detail() == null ? "refused (" + e.status() + ")" : e.problem().detail()));
                refused++;
            }
            save();
        }
        return new Sent(stored, refused, (int) waiting.stream().filter(w -> w.refused() == null).count());
    }

    private void save() {
        store.putJson(NAME, new Saved(List.copyOf(waiting)));
    }
}
