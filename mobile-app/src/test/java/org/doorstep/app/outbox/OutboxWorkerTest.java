package org.doorstep.app.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.doorstep.app.store.InMemoryStore;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.SyncOutcome;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.NoteOutcome;
import org.doorstep.model.wire.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T14:02:00Z"), ZoneOffset.UTC);

    FakeServer server;
    SigningKey deviceKey = SigningKey.generate();
    String deviceId = deviceKey.verifyingKey().keyId();
    InMemoryStore store = new InMemoryStore();
    Outbox outbox;

    @BeforeEach
    void setUp() throws Exception {
        server = new FakeServer();
        server.devices.put(deviceId, deviceKey.verifyingKey());
        outbox = new Outbox(store);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    OutboxWorker worker(URI uri) {
        return new OutboxWorker(outbox, new ServerApi(uri, deviceId, deviceKey, CLOCK), server.serverKey.verifyingKey(), CLOCK);
    }

    SignedNote queue(String caseId) {
        SignedNote n = TestNotes.signed(caseId, deviceId, deviceKey);
        outbox.add(n, "Child " + caseId, Instant.parse("2026-11-24T12:00:00Z"));
        return n;
    }

    @Test
    @DisplayName("R1-contemporaneous: only a verified receipt that covers the note takes it out; refused keeps its reason; forged stays queued")
    void perNoteOutcomes() {
        SignedNote good = queue("case-1");
        SignedNote refused = queue("case-2");
        SignedNote forged = queue("case-3");
        SigningKey impostor = SigningKey.generate();
        server.batchAnswer = n -> {
            if (n.noteId().equals(refused.noteId())) {
                return NoteOutcome.rejected(n.noteId(), Problem.of("device-revoked", "Device revoked", 403,
                        "This tablet was revoked before the note was signed."));
            }
            if (n.noteId().equals(forged.noteId())) {
                return NoteOutcome.accepted(server.receiptFor(n, impostor));
            }
            return server.accept(n);
        };

        List<SyncOutcome> outcomes = worker(server.uri()).syncNow();

        assertEquals(3, outcomes.size());
        assertInstanceOf(SyncOutcome.Accepted.class, outcomes.get(0));
        assertInstanceOf(SyncOutcome.Rejected.class, outcomes.get(1));
        assertInstanceOf(SyncOutcome.Unverified.class, outcomes.get(2));

        assertFalse(outbox.contains(good.noteId()));
        assertEquals("Synced at 14:02", outbox.find(good.noteId()).orElseThrow().statusText(ZoneOffset.UTC));
        assertTrue(outbox.contains(refused.noteId()));
        assertEquals("Refused: This tablet was revoked before the note was signed.",
                outbox.find(refused.noteId()).orElseThrow().statusText(ZoneOffset.UTC));
        assertTrue(outbox.contains(forged.noteId()));
        assertEquals(OutboxEntry.State.QUEUED, outbox.find(forged.noteId()).orElseThrow().state());
        assertTrue(outbox.find(forged.noteId()).orElseThrow().statusText(ZoneOffset.UTC).startsWith("Queued — not yet synced"));

        // persisted: a new Outbox over the same store sees the same
        Outbox reopened = new Outbox(store);
        assertEquals(2, reopened.pending().size());
        assertEquals(3, reopened.all().size());
    }

    @Test
    @DisplayName("R1-contemporaneous: a receipt for different content (same note id) does not take the note out")
    void receiptMustCoverContent() {
        SignedNote note = queue("case-1");
        server.batchAnswer = n -> NoteOutcome.duplicate(Receipt.issue(n.noteId(), "case-1", "0".repeat(64), 1, "c",
                Instant.now(), server.serverKey));
        List<SyncOutcome> outcomes = worker(server.uri()).syncNow();
        assertInstanceOf(SyncOutcome.Unverified.class, outcomes.get(0));
        assertTrue(outbox.contains(note.noteId()));
    }

    @Test
    @DisplayName("a duplicate with a true receipt counts as synced")
    void duplicateIsSynced() {
        SignedNote note = queue("case-1");
        server.batchAnswer = n -> NoteOutcome.duplicate(server.receiptFor(n, server.serverKey));
        assertInstanceOf(SyncOutcome.Duplicate.class, worker(server.uri()).syncNow().get(0));
        assertFalse(outbox.contains(note.noteId()));
    }

    @Test
    @DisplayName("an unreachable server leaves everything queued")
    void unreachable() {
        SignedNote a = queue("case-1");
        SignedNote b = queue("case-2");
        URI dead = server.uri();
        server.close();
        List<SyncOutcome> outcomes = worker(dead).syncNow();
        assertEquals(2, outcomes.size());
        outcomes.forEach(o -> assertInstanceOf(SyncOutcome.Unreachable.class, o));
        assertTrue(outbox.contains(a.noteId()));
        assertTrue(outbox.contains(b.noteId()));
        assertEquals("Queued — not yet synced", outbox.find(a.noteId()).orElseThrow().statusText(ZoneId.of("Europe/London")));
    }

    @Test
    @DisplayName("R15-lost-device: a device the server no longer knows gets AuthRequired and keeps its notes")
    void authRequired() {
        SignedNote a = queue("case-1");
        server.devices.clear();
        List<SyncOutcome> outcomes = worker(server.uri()).syncNow();
        assertInstanceOf(SyncOutcome.AuthRequired.class, outcomes.get(0));
        assertTrue(outbox.contains(a.noteId()));
    }

    @Test
    @DisplayName("R15-lost-device: a tablet revoked between two syncs keeps every unsent note queued and is told to contact its administrator")
    void revokedBetweenSyncs() {
        OutboxWorker worker = worker(server.uri());
        SignedNote sent = queue("case-1");
        assertInstanceOf(SyncOutcome.Accepted.class, worker.syncNow().get(0));
        SignedNote a = queue("case-2");
        SignedNote b = queue("case-3");
        server.revoke(deviceId);

        // The worker still holds the token it got a moment ago: the server no longer knows it (401),
        // and the new token the worker asks for is refused (403 device-revoked).
        List<SyncOutcome> outcomes = worker.syncNow();

        assertEquals(2, outcomes.size());
        outcomes.forEach(o -> assertTrue(assertInstanceOf(SyncOutcome.AuthRequired.class, o).revoked(), o.toString()));
        assertEquals(List.of(a.noteId(), b.noteId()), outbox.pending().stream().map(OutboxEntry::noteId).toList());
        outbox.pending().forEach(e -> assertEquals(OutboxEntry.State.QUEUED, e.state()));
        assertEquals(OutboxEntry.State.SYNCED, outbox.find(sent.noteId()).orElseThrow().state());
        assertEquals(2, new Outbox(store).pending().size(), "kept in the store, not only in memory");
        assertEquals("This tablet has been revoked, so it can no longer send visits to the case record. This happens "
                + "when a tablet is reported lost or stolen. Your 2 visits that have not synced stay on this tablet, "
                + "encrypted; nothing was deleted. Contact your administrator.", SyncSummary.of(outcomes));
    }

    @Test
    @DisplayName("R15-lost-device: the revoked message counts the visits kept, and says so when none wait")
    void revokedMessage() {
        assertTrue(SyncSummary.revoked(1).contains("Your visit that has not synced stays on this tablet, encrypted"));
        assertTrue(SyncSummary.revoked(0).contains("No visits are waiting to be sent. Contact your administrator."));
        assertEquals("The server did not accept this tablet: unknown device Your visits stay queued; ask your administrator.",
                SyncSummary.of(List.of(new SyncOutcome.AuthRequired("n", "unknown device", "unknown-device"))));
    }

    @Test
    @DisplayName("R1-contemporaneous: 250 queued notes go in batches the server accepts (100, 100, 50); a refused one holds up none")
    void sendsInBatches() {
        List<SignedNote> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            notes.add(queue("case-" + i));
        }
        SignedNote refused = notes.get(150);
        server.batchAnswer = n -> n.noteId().equals(refused.noteId())
                ? NoteOutcome.rejected(n.noteId(), Problem.of("unapproved-form-version", "Unapproved", 422, "Not approved."))
                : server.accept(n);

        List<SyncOutcome> outcomes = worker(server.uri()).syncNow();

        assertEquals(List.of(100, 100, 50), server.batchSizes);
        assertEquals(250, outcomes.size());
        assertEquals(List.of(refused.noteId()), outbox.pending().stream().map(OutboxEntry::noteId).toList());
        assertEquals("249 synced, 1 refused.", SyncSummary.of(outcomes));
    }

    @Test
    @DisplayName("R1-contemporaneous: a server out of service (503) keeps every note queued and says so in plain words, never 'enrol again'")
    void outageIsToldApart() {
        SignedNote a = queue("case-1");
        SignedNote b = queue("case-2");
        server.outage = true;

        List<SyncOutcome> outcomes = worker(server.uri()).syncNow();

        outcomes.forEach(o -> assertEquals(java.time.Duration.ofSeconds(7),
                assertInstanceOf(SyncOutcome.Unavailable.class, o).retryAfter()));
        assertTrue(outbox.contains(a.noteId()) && outbox.contains(b.noteId()));
        assertEquals("The server is unavailable. Your visits are safe on this tablet and will be sent later.",
                SyncSummary.of(outcomes));
        Backoff backoff = new Backoff(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(60));
        assertEquals(java.time.Duration.ofSeconds(7), backoff.after(outcomes).orElseThrow(), "at least what the server asked");

        server.outage = false;
        List<SyncOutcome> later = worker(server.uri()).syncNow();
        later.forEach(o -> assertInstanceOf(SyncOutcome.Accepted.class, o));
        assertTrue(outbox.pending().isEmpty());
        assertTrue(backoff.after(later).isEmpty(), "nothing left to retry");
    }

    @Test
    @DisplayName("retries come further apart after each failed try, up to the cap, and stop for a refusal")
    void backoffGrows() {
        Backoff backoff = new Backoff(java.time.Duration.ofSeconds(8), java.time.Duration.ofSeconds(40));
        List<SyncOutcome> noSignal = List.of(new SyncOutcome.Unreachable("n", "no route"));
        long[] waits = new long[5];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = backoff.after(noSignal).orElseThrow().toMillis();
        }
        assertTrue(waits[0] >= 6_000 && waits[0] <= 8_000, "first " + waits[0]);
        assertTrue(waits[2] >= 24_000 && waits[2] <= 32_000, "third " + waits[2]);
        assertTrue(waits[4] >= 30_000 && waits[4] <= 40_000, "capped " + waits[4]);
        assertTrue(backoff.after(List.of(new SyncOutcome.Rejected("n", Problem.of("x", "x", 422, "no")))).isEmpty());
    }

    @Test
    void nothingToSend() {
        assertTrue(worker(server.uri()).syncNow().isEmpty());
        assertEquals(0, server.batchRequests.get());
    }
}
