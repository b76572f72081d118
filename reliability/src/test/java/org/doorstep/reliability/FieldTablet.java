package org.doorstep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.doorstep.app.enrolment.Enrolments;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.outbox.Backoff;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.sync.SyncOutcome;
import org.doorstep.model.record.Statement;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.visit.VisitAction;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;

/**
 * A tablet as the app builds it: enrolled through the app's own {@link Enrolments} (key, encrypted
 * store under a PIN), signing notes for its practitioner's cases, queueing them in its encrypted
 * {@link org.doorstep.app.outbox.Outbox} and syncing with its {@link org.doorstep.app.outbox.OutboxWorker},
 * retrying by the app's {@link Backoff} (shortened for a test).
 */
final class FieldTablet {

    static final String PASSWORD = "doorstep-demo";
    static final String PIN = "482913";

    final String name;
    final Session session;
    final List<CaseSummary> cases;
    final String formVersion;
    private final Backoff backoff = new Backoff(Duration.ofMillis(300), Duration.ofSeconds(3));
    private final NoteIds ids = new NoteIds(Clock.systemUTC());
    private final List<SyncOutcome> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();

    private FieldTablet(String name, Session session, Caseload caseload) {
        this.name = name;
        this.session = session;
        this.cases = caseload.cases();
        this.formVersion = caseload.approvedFormVersions().contains("visit-2") ? "visit-2" : caseload.approvedFormVersions().get(0);
    }

    static FieldTablet enrol(Path home, URI server, String username, String name) {
        Session s = new Enrolments(home, Clock.systemUTC()).enrol(server, username, PASSWORD, PIN, org.doorstep.app.store.UnlockSecret.Kind.PIN, name);
        return new FieldTablet(name, s, s.api().caseload());
    }

    /** A complete visit to the {@code i}-th case (round the caseload), signed now, queued in the outbox. */
    SignedNote recordVisit(int i) {
        return recordVisit(i, List.of());
    }

    /**
     * The same visit with files attached (R1-media), kept in the tablet's store and queued to follow
     * the note, as the wizard's sign step does.
     */
    SignedNote recordVisit(int i, List<org.doorstep.model.media.Attachment> files) {
        CaseSummary c = cases.get(i % cases.size());
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(20, ChronoUnit.MINUTES);
        String author = session.identity().username();
        VisitNote n = new VisitNote(ids.next().toString(), c.caseId(), formVersion, VisitOutcome.COMPLETED,
                end.minus(1, ChronoUnit.HOURS), end, "Family home",
                List.of(new PresentPerson("A parent", "parent")), "Statutory visit", true, true, null, false, null, null,
                "Gave the family the review date.", "Visit " + i + " by " + name + ": likes school.", "Talked alone.",
                "Parent is coping", "Calm visit number " + i + ".",
                List.of(Statement.reported("Attends school every day.", Statement.Kind.FACT, "Class teacher")),
                false, null, "Talks to me easily.",
                c.planRecommendations().stream().map(r -> new PlanAnalysis(r.id(), "On track.")).toList(),
                List.of(new VisitAction("Check attendance", session.identity().displayName(), LocalDate.now().plusDays(14))),
                null, new PrivacyNotice(true, "English, leaflet"), List.of(), null, author, Instant.now())
                .withAttachments(files);
        SignedNote signed = SignedNote.sign(n, session.identity().deviceId(), session.signingKey());
        session.outbox().add(signed, c.childName(), n.visitStart());
        session.files().queue(files);
        return signed;
    }

    /** One press of Sync now; then, if the app would try again by itself, waits as long as it would. */
    List<SyncOutcome> syncAndWait() throws InterruptedException {
        List<SyncOutcome> outcomes;
        try {
            outcomes = session.worker().syncNow();
        } catch (RuntimeException e) {
            // What the visits screen reports as "Sync failed"; the notes stay queued and the app tries again.
            outcomes = List.of(new SyncOutcome.Unreachable("-", e.getMessage()));
        }
        outcomes.stream().filter(o -> o instanceof SyncOutcome.AuthRequired).forEach(refusals::add);
        Optional<Duration> again = backoff.after(outcomes);
        if (again.isPresent()) {
            Thread.sleep(again.get().toMillis());
        }
        return outcomes;
    }

    /** Every sync outcome that asked the practitioner to sign in, enrol again or see their manager. */
    List<SyncOutcome> refusalsSeen() {
        return List.copyOf(refusals);
    }

    int pending() {
        return session.outbox().pending().size();
    }

    /** Every tablet syncs by itself (its backoff) until its outbox is empty or the time is up. */
    static void drain(List<FieldTablet> tablets, ExecutorService pool, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        List<Future<?>> draining = new ArrayList<>();
        for (FieldTablet t : tablets) {
            draining.add(pool.submit(() -> {
                while (t.pending() > 0 && System.nanoTime() < deadline) {
                    t.syncAndWait();
                }
                return null;
            }));
        }
        for (Future<?> f : draining) {
            f.get();
        }
    }

    /** The outbox is empty, and every note in it is synced with a receipt that verifies and covers it as signed. */
    void assertDrainedWithVerifiedReceipts() {
        assertEquals(0, pending(), name + "'s outbox drained");
        for (OutboxEntry e : session.outbox().all()) {
            assertEquals(OutboxEntry.State.SYNCED, e.state(), e.noteId());
            assertTrue(e.receipt().verifiesWith(session.serverKey()), "the kept receipt verifies: " + e.noteId());
            assertTrue(e.receipt().covers(e.note()), "the kept receipt covers the note as signed: " + e.noteId());
        }
    }
}
