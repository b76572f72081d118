package org.doorstep.app.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.doorstep.app.store.SecureStore;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.SignedNote;

/**
 * Signed notes waiting for the server, persisted (encrypted, atomically) in the store under
 * {@value #NAME} on every change, plus the ones already synced so the practitioner sees their
 * recent visits. A signed note is never dropped: it leaves the outbox only by {@link #markSynced}
 * with a receipt the caller has verified. Plain Java; safe to use from any thread.
 */
public final class Outbox {

    public static final String NAME = "outbox.json";

    private final SecureStore store;
    private final List<OutboxEntry> entries = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Outbox(SecureStore store) {
        this.store = store;
        store.getJson(NAME, Saved.class).ifPresent(s -> entries.addAll(s.entries()));
    }

    /** Queues a note just signed. Adding the same note id twice keeps the first. */
    public synchronized void add(SignedNote note, String childName, Instant visitStart) {
        if (find(note.noteId()).isPresent()) {
            return;
        }
        entries.add(new OutboxEntry(note, childName, visitStart, OutboxEntry.State.QUEUED, null, null, null));
        save();
    }

    /** Notes still to send (queued or refused), oldest first. */
    public List<OutboxEntry> pending() {
        return entries.stream().filter(OutboxEntry::inOutbox).toList();
    }

    /** Every visit the device holds, newest visit first. */
    public List<OutboxEntry> all() {
        List<OutboxEntry> list = new ArrayList<>(entries);
        list.sort(Comparator.comparing(OutboxEntry::visitStart, Comparator.nullsLast(Comparator.reverseOrder())));
        return list;
    }

    public Optional<OutboxEntry> find(String noteId) {
        return entries.stream().filter(e -> e.noteId().equals(noteId)).findFirst();
    }

    /** True while the note is waiting for the server (queued or refused). */
    public boolean contains(String noteId) {
        return find(noteId).map(OutboxEntry::inOutbox).orElse(false);
    }

    /** Takes the note out of the outbox; only with a receipt that verified and covers it. */
    public synchronized void markSynced(String noteId, Receipt receipt, Instant at) {
        update(noteId, e -> e.with(OutboxEntry.State.SYNCED, null, at, receipt));
    }

    public synchronized void markRefused(String noteId, String detail) {
        update(noteId, e -> e.with(OutboxEntry.State.REFUSED, detail, null, null));
    }

    /** Keeps the note queued, with an optional remark (e.g. why the last try did not count). */
    public synchronized void markQueued(String noteId, String remark) {
        update(noteId, e -> e.with(OutboxEntry.State.QUEUED, remark, null, null));
    }

    /** Called after every change (on the thread that made it). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void update(String noteId, java.util.function.UnaryOperator<OutboxEntry> change) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).noteId().equals(noteId)) {
                entries.set(i, change.apply(entries.get(i)));
                save();
                return;
            }
        }
    }

    private void save() {
        store.putJson(NAME, new Saved(List.copyOf(entries)));
        listeners.forEach(Runnable::run);
    }

    /** The stored shape. */
    public record Saved(List<OutboxEntry> entries) {
    }
}
