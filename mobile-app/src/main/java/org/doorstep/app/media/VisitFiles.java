package org.doorstep.app.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.doorstep.app.store.SecureStore;
import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.UnreachableException;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.media.AttachmentRules;

/**
 * The documents and photos of visits on this tablet (R1-media). Their bytes are kept in the encrypted
 * store like everything else, under {@code file-<sha256>}, from the moment they are chosen; once a
 * note naming them is signed they wait in {@value #QUEUE} until the server has them, then the tablet
 * forgets them. The server takes bytes only for a note it already holds, so files go after notes.
 * Plain Java; safe to use from any thread.
 */
public final class VisitFiles {

    public static final String QUEUE = "files-to-send.json";
    /** Files the server refused for good (bytes that no longer match the signed hash, or too large). */
    public static final String REFUSED = "files-refused.json";

    private final SecureStore store;

    public VisitFiles(SecureStore store) {
        this.store = store;
    }

    /** Keeps a chosen file, encrypted; the reference the note will sign. Throws with the reason a file is refused. */
    public Attachment keep(String fileName, byte[] bytes) {
        String name = AttachmentRules.baseName(fileName);
        String type = AttachmentRules.mediaTypeOf(name).orElse(null);
        Optional<String> refused = AttachmentRules.refusal(name, type, bytes == null ? 0 : bytes.length);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        String sha256 = AttachmentRules.sha256(bytes);
        store.put(storeName(sha256), bytes);
        return new Attachment(name, type, bytes.length, sha256);
    }

    public Optional<byte[]> bytes(String sha256) {
        return store.get(storeName(sha256));
    }

    /** Queues the files of a note just signed, next to the note in the outbox. */
    public synchronized void queue(List<Attachment> files) {
        List<Attachment> waiting = new ArrayList<>(waiting());
        files.stream().filter(f -> waiting.stream().noneMatch(w -> w.sha256().equals(f.sha256()))).forEach(waiting::add);
        store.putJson(QUEUE, new Saved(waiting));
    }

    public List<Attachment> waiting() {
        return store.getJson(QUEUE, Saved.class).map(Saved::files).orElse(List.of());
    }

    /**
     * Sends every waiting file; the server's 201 or 200 lets the tablet forget it. A file whose note
     * has not reached the server yet, and every file once the server is out of reach, waits for the
     * next sync. Returns how many the server now holds.
     */
    public synchronized int sendAll(ServerApi api) {
        int sent = 0;
        for (Attachment f : waiting()) {
            Optional<byte[]> bytes = bytes(f.sha256());
            try {
                if (bytes.isPresent()) {
                    api.putAttachment(f.sha256(), bytes.get());
                }
            } catch (UnreachableException e) {
                return sent;
            } catch (ApiException e) {
                if (e.unavailable() || e.status() == 401 || e.status() == 403) {
                    return sent;
                }
                if (RefusedFile.forGood(e.status(), e.slug())) {
                    // Sending the same bytes again would be refused again: the practitioner is told instead.
                    refuse(new RefusedFile(f, e.status(), e.slug(), e.getMessage()));
                }
                continue; // its note not on the server yet: kept, tried again next time
            }
            forget(f);
            sent++;
        }
        return sent;
    }

    /** The files the server refused for good, each with why and what to do; shown on the visits screen. */
    public List<RefusedFile> refused() {
        return store.getJson(REFUSED, Refused.class).map(Refused::files).orElse(List.of());
    }

    /**
     * Out of the queue, so it is not sent again, and onto the refused list; the bytes stay encrypted on
     * the tablet, as nothing a practitioner recorded is deleted behind their back.
     */
    private void refuse(RefusedFile r) {
        List<RefusedFile> all = new ArrayList<>(refused());
        all.add(r);
        store.putJson(REFUSED, new Refused(all));
        List<Attachment> waiting = new ArrayList<>(waiting());
        waiting.removeIf(w -> w.sha256().equals(r.file().sha256()));
        store.putJson(QUEUE, new Saved(waiting));
    }

    private void forget(Attachment f) {
        List<Attachment> waiting = new ArrayList<>(waiting());
        waiting.removeIf(w -> w.sha256().equals(f.sha256()));
        store.putJson(QUEUE, new Saved(waiting));
        store.delete(storeName(f.sha256()));
    }

    static String storeName(String sha256) {
        return "file-" + sha256;
    }

    /** The stored shape. */
    public record Saved(List<Attachment> files) {
    }

    /** The stored shape of the refused list. */
    public record Refused(List<RefusedFile> files) {
    }
}
