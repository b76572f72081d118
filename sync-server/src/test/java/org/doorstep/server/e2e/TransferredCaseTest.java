package org.doorstep.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.doorstep.app.caseload.CaseloadCache;
import org.doorstep.app.outbox.Outbox;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.outbox.OutboxWorker;
import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.store.SecureStore;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.SyncOutcome;
import org.doorstep.model.cases.TransferCheck;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseRecord;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case transferred away while the tablet holds an unsynced note for it, with no stand-ins
 * (R14-transfer): the tablet's own client, encrypted outbox and caseload cache against this server;
 * the managers open, allocate, audit and receive through the workspace's forms.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TransferredCaseTest {

    private static final char[] PIN = "482916".toCharArray();

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URI base;

    private final Clock clock = Clock.systemUTC();

    @Test
    @DisplayName("R14-transfer R1-contemporaneous: the case is transferred to another team while the tablet holds a note signed "
            + "while it held the case; at the next sync the note lands in the record and the case leaves the tablet's caseload; "
            + "a note signed after the transfer is refused")
    void noteLandsAndCaseLeaves(@TempDir Path tabletHome) throws Exception {
        String team = TestWorld.unique("North");
        String receiving = TestWorld.unique("South");
        String amara = world.staff(Staff.PRACTITIONER, team);
        String ben = world.staff(Staff.PRACTITIONER, receiving);
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        WebSession theirs = WebSession.signIn(world.staff(Staff.MANAGER, receiving), TestWorld.PASSWORD);

        String open = "/workspace/allocations/open";
        String caseId = manager.post(open, open, Map.of("legalName", "Amelia Smith", "dateOfBirth", "14 3 2017",
                        "address", "12 Elm Road", "nhsNumber", "", "referralDate", java.time.LocalDate.now().toString(),
                        "referralSource", "Northfield Primary"))
                .then().statusCode(303).extract().header("Location").replaceAll(".*/cases/([^/]+)/manage.*", "$1");
        String allocate = "/workspace/cases/" + caseId + "/manage/allocate";
        manager.post(allocate, allocate, Map.of("practitioner", amara, "reason", "Knows the family")).then().statusCode(303);
        world.planItem(caseId);

        SigningKey deviceKey = SigningKey.generate();
        Enrolment enrolment = new ServerApi(base, clock).enrol(new EnrolmentRequest(amara, TestWorld.PASSWORD,
                "Galaxy Tab A9", deviceKey.verifyingKey().base64()));
        world.approve(enrolment.deviceId());
        ServerApi api = new ServerApi(base, enrolment.deviceId(), deviceKey, clock);
        SecureStore store = EncryptedFileStore.create(tabletHome, PIN);
        CaseloadCache caseload = new CaseloadCache(store);
        caseload.save(api.caseload(), clock.instant());
        assertEquals(List.of(caseId), cached(caseload));

        // Signed on the tablet while Amara holds the case, then the tablet goes offline.
        Thread.sleep(1100);
        Instant signed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Tablet notes = Tablet.enrolled(amara);
        VisitNote note = notes.visit(caseId, "Visited at home; Amelia showed me her room.", signed.minus(10, ChronoUnit.MINUTES), signed);
        Outbox outbox = new Outbox(store);
        outbox.add(SignedNote.sign(note, enrolment.deviceId(), deviceKey), "Amelia Smith", note.visitStart());

        Thread.sleep(1100);
        String transfer = "/workspace/cases/" + caseId + "/manage/transfer";
        manager.form(transfer).formParam("toTeam", receiving).formParam("toPractitioner", ben)
                .formParam("checks", java.util.Arrays.stream(TransferCheck.values()).map(TransferCheck::wire).toArray())
                .formParam("findings", "Record complete; one visit may still be on Amara's tablet.")
                .post(transfer).then().statusCode(303);
        String link = theirs.get("/workspace/allocations").asString()
                .replaceAll("(?s).*href=\"(/workspace/allocations/transfers/[0-9]+)\".*", "$1");
        theirs.post(link, link, Map.of("practitioner", ben, "note", "Arrived complete.")).then().statusCode(303);

        // The tablet comes back online: Sync now sends the outbox, then the caseload is refreshed.
        OutboxWorker worker = new OutboxWorker(outbox, api, VerifyingKey.fromBase64(enrolment.serverPublicKey()), clock);
        List<SyncOutcome> outcomes = worker.syncNow();
        assertInstanceOf(SyncOutcome.Accepted.class, outcomes.get(0), outcomes.toString());
        assertEquals(OutboxEntry.State.SYNCED, outbox.find(note.noteId()).orElseThrow().state());
        caseload.save(api.caseload(), clock.instant());
        assertTrue(cached(caseload).isEmpty(), "the case has left Amara's caseload");

        // In the record, after the moves, verified, and readable by Ben's tablet now that he holds the case.
        assertEquals(1, world.notesWithId(note.noteId()));
        Tablet benTablet = Tablet.enrolled(ben);
        CaseRecord record = org.doorstep.model.json.Json.read(benTablet.record(caseId).then().statusCode(200).extract().asString(),
                CaseRecord.class);
        assertEquals(List.of("case-opened", "case-allocated", "case-transferred", "visit"),
                record.entries().stream().map(e -> e.kind()).toList());
        assertEquals(note, record.entries().get(3).visit());
        assertTrue(record.chainIntact());
        assertTrue(record.entries().stream().allMatch(e -> e.signatureVerified()), "every entry's signature verifies");

        // Something signed after the case moved on is not Amara's to add (a second on, as signing times are whole seconds).
        Thread.sleep(1100);
        Instant later = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        notes.post(notes.sign(notes.visit(caseId, "After the transfer.", later.minus(5, ChronoUnit.MINUTES), later)))
                .then().statusCode(403);
    }

    private static List<String> cached(CaseloadCache cache) {
        return cache.load().orElseThrow().caseload().cases().stream().map(CaseSummary::caseId).toList();
    }
}
