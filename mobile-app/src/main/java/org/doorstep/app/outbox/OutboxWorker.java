package org.doorstep.app.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.SyncOutcome;
import org.doorstep.app.sync.UnreachableException;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.wire.BatchOutcome;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.model.wire.NoteOutcome;
import org.doorstep.model.wire.Problem;

/**
 * Sends the outbox to the server and acts on each note's outcome. Only a receipt that verifies
 * against the server key and covers the note's exact content takes the note out of the outbox; a
 * refused note keeps its reason and never holds back the others; no answer, or a server out of
 * service (503), leaves everything queued.
 * Plain Java: call {@link #syncNow()} from a background thread.
 */
public final class OutboxWorker {

    private final Outbox outbox;
    private final ServerApi api;
    private final VerifyingKey serverKey;
    private final Clock clock;
    private final org.doorstep.app.media.VisitFiles files;

    public OutboxWorker(Outbox outbox, ServerApi api, VerifyingKey serverKey, Clock clock) {
        this(outbox, api, serverKey, clock, null);
    }

    /** With {@code files}: the documents and photos of synced notes are sent after the notes (R1-media). */
    public OutboxWorker(Outbox outbox, ServerApi api, VerifyingKey serverKey, Clock clock,
                        org.doorstep.app.media.VisitFiles files) {
        this.outbox = outbox;
        this.api = api;
        this.serverKey = serverKey;
        this.clock = clock;
        this.files = files;
    }

    /**
     * One outcome per note that was pending, in outbox order. Sent in batches of at most
     * {@link NoteBatch#MAX_NOTES} (the server refuses bigger ones); once the server is out of reach,
     * out of service or refuses the tablet, the remaining batches wait for the next sync.
     */
    public synchronized List<SyncOutcome> syncNow() {
        List<SignedNote> notes = outbox.pending().stream().map(OutboxEntry::note).toList();
        List<SyncOutcome> outcomes = new ArrayList<>();
        for (int from = 0; from < notes.size(); from += NoteBatch.MAX_NOTES) {
            List<SignedNote> chunk = notes.subList(from, Math.min(notes.size(), from + NoteBatch.MAX_NOTES));
            List<SyncOutcome> sent = send(chunk);
            outcomes.addAll(sent);
            SyncOutcome stop = sent.get(0);
            if (stop instanceof SyncOutcome.Unreachable || stop instanceof SyncOutcome.Unavailable
                    || stop instanceof SyncOutcome.AuthRequired) {
                notes.subList(from + chunk.size(), notes.size()).forEach(n -> outcomes.add(sameFor(stop, n.noteId())));
                return outcomes;
            }
        }
        if (files != null) {
            files.sendAll(api);
        }
        return outcomes;
    }

    private List<SyncOutcome> send(List<SignedNote> notes) {
        BatchOutcome batch;
        try {
            batch = api.postBatch(notes);
        } catch (UnreachableException e) {
            return notes.stream().<SyncOutcome>map(n -> new SyncOutcome.Unreachable(n.noteId(), e.getMessage())).toList();
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                return notes.stream().<SyncOutcome>map(n -> new SyncOutcome.AuthRequired(n.noteId(), e.getMessage(), e.slug())).toList();
            }
            if (e.unavailable()) {
                return notes.stream().<SyncOutcome>map(n -> new SyncOutcome.Unavailable(n.noteId(), e.getMessage(),
                        e.retryAfter().orElse(null))).toList();
            }
            // The batch as a whole failed (server error): nothing was stored, keep all queued.
            return notes.stream().<SyncOutcome>map(n -> new SyncOutcome.Unreachable(n.noteId(), e.getMessage())).toList();
        }
        List<SyncOutcome> outcomes = new ArrayList<>();
        for (SignedNote note : notes) {
            SyncOutcome o = judge(note, find(batch, note.noteId()));
            act(o);
            outcomes.add(o);
        }
        return outcomes;
    }

    private static SyncOutcome sameFor(SyncOutcome o, String noteId) {
        if (o instanceof SyncOutcome.Unavailable u) {
            return new SyncOutcome.Unavailable(noteId, u.reason(), u.retryAfter());
        }
        if (o instanceof SyncOutcome.AuthRequired a) {
            return new SyncOutcome.AuthRequired(noteId, a.reason(), a.slug());
        }
        return new SyncOutcome.Unreachable(noteId, ((SyncOutcome.Unreachable) o).reason());
    }

    private SyncOutcome judge(SignedNote note, NoteOutcome answer) {
        String id = note.noteId();
        if (answer == null || answer.status() == null) {
            return new SyncOutcome.Unverified(id, "the server gave no answer for this note");
        }
        switch (answer.status()) {
            case REJECTED: {
                Problem p = answer.problem() != null ? answer.problem()
                        : Problem.of("rejected", "Refused", 422, "The server refused the note without a reason.");
                return new SyncOutcome.Rejected(id, p);
            }
            case ACCEPTED:
            case DUPLICATE: {
                Receipt r = answer.receipt();
                if (r == null || !r.verifiesWith(serverKey)) {
                    return new SyncOutcome.Unverified(id, "the server's receipt did not verify");
                }
                if (!r.covers(note)) {
                    return new SyncOutcome.Unverified(id, "the server's receipt is for other content");
                }
                return answer.status() == org.doorstep.model.wire.NoteStatus.ACCEPTED
                        ? new SyncOutcome.Accepted(id, r) : new SyncOutcome.Duplicate(id, r);
            }
            default:
                return new SyncOutcome.Unverified(id, "unknown status " + answer.status());
        }
    }

    private void act(SyncOutcome o) {
        if (o instanceof SyncOutcome.Accepted a) {
            outbox.markSynced(a.noteId(), a.receipt(), clock.instant());
        } else if (o instanceof SyncOutcome.Duplicate d) {
            outbox.markSynced(d.noteId(), d.receipt(), clock.instant());
        } else if (o instanceof SyncOutcome.Rejected r) {
            outbox.markRefused(r.noteId(), detail(r.problem()));
        } else if (o instanceof SyncOutcome.Unverified u) {
            outbox.markQueued(u.noteId(), u.reason());
        }
    }

    private static String detail(Problem p) {
        if (p.detail() != null && !p.detail().isBlank()) {
            return p.detail();
        }
        return p.title() != null ? p.title() : "no reason given";
    }

    private static NoteOutcome find(BatchOutcome batch, String noteId) {
        if (batch == null || batch.outcomes() == null) {
            return null;
        }
        return batch.outcomes().stream().filter(o -> noteId.equals(o.noteId())).findFirst().orElse(null);
    }
}
