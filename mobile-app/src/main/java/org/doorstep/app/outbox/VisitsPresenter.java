package org.doorstep.app.outbox;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.animation.PauseTransition;

import org.doorstep.app.Background;
import javafx.scene.control.Button;
import org.doorstep.app.Navigator;
import org.doorstep.app.Ui;
import org.doorstep.app.visit.Visits;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.SyncOutcome;

/** Lists the visits with their status; Sync now runs the outbox worker in the background. */
public final class VisitsPresenter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    private final VisitsView view;
    private final Session session;
    private final Background background;
    private final ZoneId zone;
    private final Navigator navigator;
    private PauseTransition retry;

    public VisitsPresenter(VisitsView view, Navigator navigator, Session session, Background background, boolean syncNow) {
        this.view = view;
        this.session = session;
        this.background = background;
        this.zone = session.clock().getZone();
        this.navigator = navigator;
        view.caseload.setOnAction(e -> navigator.showCaseload(false));
        view.lock.setOnAction(e -> navigator.lock());
        view.syncNow.setOnAction(e -> sync());
        show();
        if (syncNow) {
            sync();
        }
    }

    private void show() {
        view.list.getChildren().clear();
        view.refusedFiles.getChildren().clear();
        var refused = session.files().refused();
        java.util.Set<String> filesWaiting = new java.util.HashSet<>();
        session.files().waiting().forEach(f -> filesWaiting.add(f.sha256()));
        for (int i = 0; i < refused.size(); i++) {
            view.addRefusedFile(i, refused.get(i).message());
        }
        List<OutboxEntry> all = session.outbox().all();
        long waiting = all.stream().filter(OutboxEntry::inOutbox).count();
        view.summary.setText(all.isEmpty() ? "No visits recorded on this tablet yet."
                : waiting == 0 ? "Every visit on this tablet has reached the case record."
                : waiting + (waiting == 1 ? " visit is" : " visits are") + " still on this tablet only.");
        Map<String, VisitNote> notes = new HashMap<>();
        Map<String, String> correctedBy = new HashMap<>();
        for (OutboxEntry e : all) {
            VisitNote note = readable(e);
            notes.put(e.noteId(), note);
            if (note != null && note.correction()) {
                correctedBy.put(note.amendment().amends(), note.noteId());
            }
        }
        for (OutboxEntry e : all) {
            VisitNote note = notes.get(e.noteId());
            String later = correctedBy.get(e.noteId());
            String version = later != null ? "Corrected by note " + later
                    : note != null && note.correction() ? "Correction of note " + note.amendment().amends() : null;
            Button correct = null;
            // A refused note is not in the record, so there is nothing there to correct.
            if (note != null && later == null && e.state() != OutboxEntry.State.REFUSED) {
                correct = Ui.secondary("Correct this note", "correct-" + e.noteId());
                correct.setOnAction(x -> correct(note, e.childName()));
            }
            boolean failed = note != null && note.failedVisit();
            view.addVisit(e.noteId(), e.childName(),
                    e.visitStart() == null ? "" : (failed ? "Attempted on " : "Visit on ") + WHEN.format(e.visitStart().atZone(zone)),
                    failed ? "Did not go ahead: " + note.outcome().shortLabel() : null,
                    e.statusText(zone), e.state().name().toLowerCase(), version, correct);
            if (note != null && !note.attachments().isEmpty()) {
                view.addFiles(e.noteId(), filesLine(note, e, filesWaiting, refused));
            }
        }
    }

    /** R1-media: each file the note signs, and whether it has reached the server, waits, or was refused. */
    private static String filesLine(VisitNote note, OutboxEntry e, java.util.Set<String> waiting,
                                     List<org.doorstep.app.media.RefusedFile> refused) {
        return "Files: " + note.attachments().stream().map(a -> a.name() + " ("
                + (a.mediaType().startsWith("image/") ? "photo" : "document") + ", "
                + org.doorstep.model.media.AttachmentRules.inWords(a.size()) + "): "
                + (refused.stream().anyMatch(r -> r.file().sha256().equals(a.sha256())) ? "refused by the server, see above"
                : waiting.contains(a.sha256()) ? (e.state() == OutboxEntry.State.SYNCED ? "waiting to be sent" : "to be sent after the note")
                : "on the server")).collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * R11-rectify: a correction is written like the visit, starting from what was signed. One draft at
     * a time: a visit being written is finished or discarded first, never overwritten.
     */
    private void correct(VisitNote earlier, String childName) {
        var draft = new Visits(session).current();
        if (draft.isPresent()) {
            view.message.setText("Finish or discard the unsigned visit for " + draft.get().childName
                    + " (on the caseload screen) before correcting a note.");
            return;
        }
        navigator.correctVisit(earlier, childName);
    }

    private static VisitNote readable(OutboxEntry e) {
        try {
            return e.note().visitNote();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void sync() {
        view.syncNow.setDisable(true);
        view.syncNow.setText("Syncing…");
        if (retry != null) {
            retry.stop();
        }
        background.run(() -> {
            List<SyncOutcome> outcomes = session.worker().syncNow();
            // Contacts kept with no signal go too (R5.3-contacts); they never hold back the notes above.
            org.doorstep.app.contacts.ContactOutbox.Sent contacts = sendContacts();
            // Proposals made on the case record (R5.6-genogram) go the same way, after the notes.
            org.doorstep.app.proposals.ProposalOutbox.Sent proposals = sendProposals();
            boolean revoked = refreshCaseload(outcomes);
            Optional<Duration> again = session.backoff().after(outcomes);
            // With nothing to send, only the caseload's refusal tells a revoked tablet (R15-lost-device).
            String said = outcomes.isEmpty() && revoked ? SyncSummary.revoked(0) : SyncSummary.of(outcomes);
            return new Synced(said + SyncSummary.contacts(contacts) + SyncSummary.proposals(proposals), again);
        }, synced -> {
            done();
            view.message.setText(synced.message() + synced.again().map(d -> " Trying again in "
                    + Math.max(1, d.toSeconds()) + " seconds.").orElse(""));
            show();
            synced.again().ifPresent(this::retryAfter);
        }, error -> {
            done();
            view.message.setText("Sync failed: " + error.getMessage() + " Your visits are still safe on this tablet.");
            show();
        });
    }

    /**
     * Each sync also refreshes the caseload the tablet keeps for offline use (basic record, plan,
     * recent chronology), unless the server could not be reached or refused the token. Best effort:
     * on failure the cached caseload stays, and the record view says how old it is. True when the
     * server said this tablet is revoked.
     */
    private boolean refreshCaseload(List<SyncOutcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o instanceof SyncOutcome.Unreachable || o instanceof SyncOutcome.Unavailable
                || o instanceof SyncOutcome.AuthRequired)) {
            return false;
        }
        try {
            session.caseload().save(session.api().caseload(), session.clock().instant());
            return false;
        } catch (ApiException e) {
            return "device-revoked".equals(e.slug());
        } catch (RuntimeException e) {
            // keep the cached caseload; the notes' outcomes are what this screen reports
            return false;
        }
    }

    private org.doorstep.app.contacts.ContactOutbox.Sent sendContacts() {
        try {
            return session.contacts().sendAll(session.api());
        } catch (RuntimeException e) {
            return new org.doorstep.app.contacts.ContactOutbox.Sent(0, 0, session.contacts().pending().size());
        }
    }

    private org.doorstep.app.proposals.ProposalOutbox.Sent sendProposals() {
        try {
            return session.proposals().sendAll(session.api());
        } catch (RuntimeException e) {
            return new org.doorstep.app.proposals.ProposalOutbox.Sent(0, 0, session.proposals().pending().size());
        }
    }

    /** Outages and lost signal pass: the tablet tries again by itself, further apart each time. */
    private void retryAfter(Duration wait) {
        retry = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
        retry.setOnFinished(e -> sync());
        retry.play();
    }

    private record Synced(String message, Optional<Duration> again) {
    }

    private void done() {
        view.syncNow.setDisable(false);
        view.syncNow.setText("Sync now");
    }
}
