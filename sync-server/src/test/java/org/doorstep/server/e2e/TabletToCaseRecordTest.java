package org.doorstep.server.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doorstep.app.sync.ApiException;
import org.doorstep.server.workspace.WebSession;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.visit.VisitAction;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.app.outbox.Outbox;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.outbox.OutboxWorker;
import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.SyncOutcome;
import org.doorstep.model.chain.CaseChain;
import org.doorstep.model.chain.ChainLink;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseRecord;
import org.doorstep.app.visit.VisitDraft;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way of a visit, with no stand-ins: the tablet's own sync client, encrypted outbox and
 * worker post over real HTTP to this running server on real MariaDB, and the case record then
 * holds the visit with an intact chain.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TabletToCaseRecordTest {

    private static final char[] PIN = "482916".toCharArray();

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URI base;

    private final Clock clock = Clock.systemUTC();

    private VisitNote visit(String caseId, String author, String narrative) {
        Instant end = clock.instant().minus(Duration.ofMinutes(20));
        return new VisitNote(new NoteIds(clock).next().toString(), caseId, "visit-2", VisitOutcome.COMPLETED,
                end.minus(Duration.ofHours(1)), end, "Family home", List.of(new PresentPerson("Jade Smith", "mother"),
                new PresentPerson("Amelia Smith", "child")), "Statutory visit", true, true, null, false, null, null,
                "Gave Ms Smith the review date.", "Amelia said she likes her new school.",
                "Talked alone in her room; no help needed.", "Ms Smith said the new routine is working.",
                narrative, List.of(), false, null, "Amelia talked to me easily.",
                List.of(new PlanAnalysis(TestWorld.recommendation(caseId), "Attendance is good.")),
                List.of(new VisitAction("Check attendance with the school", author, LocalDate.of(2026, 12, 8))), null,
                new PrivacyNotice(true, "English, printed leaflet"), List.of(), null, author, clock.instant());
    }

    @Test
    @DisplayName("R1-contemporaneous R1-signed: a visit queued on the tablet reaches the case record over HTTP, "
            + "with a verified receipt and an intact chain; a refused note does not block it")
    void visitReachesTheCaseRecord(@TempDir Path tabletHome) throws Exception {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        String someoneElsesCase = world.childCase(world.staff(Staff.PRACTITIONER), "Not Mine");

        SigningKey deviceKey = SigningKey.generate();
        Enrolment enrolment = new ServerApi(base, clock).enrol(new EnrolmentRequest(practitioner, TestWorld.PASSWORD,
                "e2e tablet", deviceKey.verifyingKey().base64()));
        ServerApi api = new ServerApi(base, enrolment.deviceId(), deviceKey, clock);
        // R13-accounts: no caseload until the practitioner's supervisor approves the tablet on the Tablets page.
        ApiException waiting = assertThrows(ApiException.class, api::caseload);
        assertEquals(403, waiting.status());
        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        supervisor.post("/workspace/devices", "/workspace/devices/" + enrolment.deviceId() + "/approve", Map.of())
                .then().statusCode(303);
        assertEquals(List.of(caseId), api.caseload().cases().stream().map(CaseSummary::caseId).toList());

        Outbox outbox = new Outbox(EncryptedFileStore.create(tabletHome, PIN));
        SignedNote refused = SignedNote.sign(visit(someoneElsesCase, practitioner, "Not my case."),
                enrolment.deviceId(), deviceKey);
        VisitNote note = visit(caseId, practitioner, "Visited at home. Amelia showed me her room.");
        SignedNote signed = SignedNote.sign(note, enrolment.deviceId(), deviceKey);
        outbox.add(refused, "Not Mine", note.visitStart());
        outbox.add(signed, "Amelia Smith", note.visitStart());

        OutboxWorker worker = new OutboxWorker(outbox, api, VerifyingKey.fromBase64(enrolment.serverPublicKey()), clock);
        List<SyncOutcome> outcomes = worker.syncNow();

        assertEquals(2, outcomes.size());
        assertInstanceOf(SyncOutcome.Rejected.class, outcomes.get(0));
        assertEquals("case-not-allocated", ((SyncOutcome.Rejected) outcomes.get(0)).problem().slug());
        SyncOutcome.Accepted accepted = assertInstanceOf(SyncOutcome.Accepted.class, outcomes.get(1));

        // What the tablet kept survives a restart: reopen the encrypted store from disk.
        Outbox reopened = new Outbox(EncryptedFileStore.open(tabletHome, PIN));
        assertEquals(OutboxEntry.State.SYNCED, reopened.find(note.noteId()).orElseThrow().state());
        assertEquals(OutboxEntry.State.REFUSED, reopened.find(refused.noteId()).orElseThrow().state());
        assertEquals(List.of(refused.noteId()), reopened.pending().stream().map(OutboxEntry::noteId).toList());

        CaseRecord record = Json.read(given().header("Authorization", "Bearer " + api.newToken().token())
                .get("/api/v1/cases/{id}/record", caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        assertEquals(1, record.entries().size());
        assertEquals(note, record.entries().get(0).visit());
        assertTrue(record.entries().get(0).signatureVerified());
        assertFalse(record.entries().get(0).lateEntry(), "R9-timely: signed at once, so not a Late Entry");
        assertEquals(note.signedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS), record.entries().get(0).enteredAt());
        assertTrue(record.chainIntact());
        assertTrue(CaseChain.verify(record.entries().stream().map(e -> new ChainLink(e.sequence(), e.noteId(),
                e.contentHash(), e.previousHash(), e.entryHash())).toList()).intact());
        assertEquals(record.entries().get(0).entryHash(), accepted.receipt().chainHash());
        assertEquals(1, record.chronology().size());

        // Syncing again sends only what is still in the outbox; the record does not grow.
        worker.syncNow();
        assertEquals(1, world.entries(caseId));
        assertEquals(0, world.entries(someoneElsesCase));
    }

    @Test
    @DisplayName("R11-rectify: a visit and the tablet's correction of it, both signed offline, sync together; the record "
            + "holds both versions in order, the correction naming the first, and the chain stays intact")
    void correctionMadeOfflineReachesTheRecord(@TempDir Path tabletHome) throws Exception {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        SigningKey deviceKey = SigningKey.generate();
        Enrolment enrolment = new ServerApi(base, clock).enrol(new EnrolmentRequest(practitioner, TestWorld.PASSWORD,
                "e2e tablet", deviceKey.verifyingKey().base64()));
        world.approve(enrolment.deviceId());
        ServerApi api = new ServerApi(base, enrolment.deviceId(), deviceKey, clock);
        CaseSummary child = api.caseload().cases().get(0);

        VisitNote first = visit(caseId, practitioner, "Visited at home. Amelia showed me her room.");
        // The tablet's own correction path: a draft made from the signed note, changed, with a reason.
        VisitDraft draft = VisitDraft.correcting(first, new NoteIds(clock).next().toString(), "Amelia Smith",
                child.planRecommendations(), java.time.ZoneId.of("Europe/London"));
        draft.narrative = "Visited at home. Amelia showed me her room and her new school uniform.";
        draft.correctionReason = "I left out the uniform, which the plan asks us to check.";
        VisitNote second = draft.toNote(practitioner, java.time.ZoneId.of("Europe/London"), clock.instant());

        Outbox outbox = new Outbox(EncryptedFileStore.create(tabletHome, PIN));
        outbox.add(SignedNote.sign(first, enrolment.deviceId(), deviceKey), "Amelia Smith", first.visitStart());
        outbox.add(SignedNote.sign(second, enrolment.deviceId(), deviceKey), "Amelia Smith", second.visitStart());
        List<SyncOutcome> outcomes = new OutboxWorker(outbox, api, VerifyingKey.fromBase64(enrolment.serverPublicKey()),
                clock).syncNow();
        assertEquals(2, outcomes.size(), outcomes.toString());
        outcomes.forEach(o -> assertInstanceOf(SyncOutcome.Accepted.class, o, o::toString));

        CaseRecord record = Json.read(given().header("Authorization", "Bearer " + api.newToken().token())
                .get("/api/v1/cases/{id}/record", caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        assertEquals(List.of(first.noteId(), second.noteId()), record.entries().stream().map(e -> e.noteId()).toList());
        assertEquals(first, record.entries().get(0).visit());
        assertEquals(first.noteId(), record.entries().get(1).visit().amendment().amends());
        assertEquals(first.visitStart(), record.entries().get(1).visit().visitStart());
        assertEquals(first.analysis(), record.entries().get(1).visit().analysis(), "the plan links survive the correction");
        assertTrue(record.chainIntact());
        assertEquals(1, record.chronology().size(), "the visit is one line of the chronology");
        assertTrue(record.chronology().get(0).source().contains("correcting note " + first.noteId()));
    }
}
