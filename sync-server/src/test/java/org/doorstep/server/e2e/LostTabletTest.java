package org.doorstep.server.e2e;

import static io.restassured.RestAssured.given;
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
import java.util.List;
import java.util.Map;
import org.doorstep.app.outbox.Outbox;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.outbox.OutboxWorker;
import org.doorstep.app.outbox.SyncSummary;
import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.sync.SyncOutcome;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseRecord;
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
 * A lost tablet, with no stand-ins (R15-lost-device): the tablet's own sync client, encrypted outbox
 * and worker sync with this server; a manager revokes the tablet on the workspace page; the tablet's
 * next sync is refused, keeps its unsent visits queued and encrypted, and says to contact the administrator.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class LostTabletTest {

    private static final char[] PIN = "482916".toCharArray();

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URI base;

    private final Clock clock = Clock.systemUTC();

    @Test
    @DisplayName("R15-lost-device R13-at-rest: sync works, the manager revokes the tablet on the page, the next sync is refused "
            + "at once; its unsent visits stay queued and encrypted with the revoked message; what it sent stays in the record, verified")
    void revokedTabletKeepsItsVisitsQueued(@TempDir Path tabletHome) throws Exception {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        SigningKey deviceKey = SigningKey.generate();
        Enrolment enrolment = new ServerApi(base, clock).enrol(new EnrolmentRequest(practitioner, TestWorld.PASSWORD,
                "Galaxy Tab A9, asset 0412", deviceKey.verifyingKey().base64()));
        world.approve(enrolment.deviceId());
        ServerApi api = new ServerApi(base, enrolment.deviceId(), deviceKey, clock);
        Outbox outbox = new Outbox(EncryptedFileStore.create(tabletHome, PIN));
        OutboxWorker worker = new OutboxWorker(outbox, api, VerifyingKey.fromBase64(enrolment.serverPublicKey()), clock);

        // The notes are made as the test tablet makes them, signed with this tablet's key.
        Tablet notes = Tablet.enrolled(practitioner);
        VisitNote sent = notes.visit(caseId, "Visited at home before the tablet was lost.");
        outbox.add(SignedNote.sign(sent, enrolment.deviceId(), deviceKey), "Amelia Smith", sent.visitStart());
        assertInstanceOf(SyncOutcome.Accepted.class, worker.syncNow().get(0));

        VisitNote unsentA = notes.visit(caseId, "Signed offline, not yet synced (1).");
        VisitNote unsentB = notes.visit(caseId, "Signed offline, not yet synced (2).");
        outbox.add(SignedNote.sign(unsentA, enrolment.deviceId(), deviceKey), "Amelia Smith", unsentA.visitStart());
        outbox.add(SignedNote.sign(unsentB, enrolment.deviceId(), deviceKey), "Amelia Smith", unsentB.visitStart());

        String page = "/workspace/devices/" + enrolment.deviceId() + "/revoke";
        WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD)
                .post(page, page, Map.of("reason", "Reported lost on the bus, 26 Nov", "confirm", "yes"))
                .then().statusCode(303);

        // The client still holds the token it used a moment ago: refused, and no new one is given.
        List<SyncOutcome> outcomes = worker.syncNow();
        assertEquals(2, outcomes.size());
        outcomes.forEach(o -> assertTrue(assertInstanceOf(SyncOutcome.AuthRequired.class, o).revoked(), o.toString()));
        assertTrue(SyncSummary.of(outcomes).startsWith("This tablet has been revoked"), SyncSummary.of(outcomes));
        assertTrue(SyncSummary.of(outcomes).contains("Your 2 visits that have not synced stay on this tablet, encrypted"));
        assertTrue(SyncSummary.of(outcomes).endsWith("Contact your administrator."));

        // Still there after a restart, in the encrypted store, and only with the PIN.
        Outbox reopened = new Outbox(EncryptedFileStore.open(tabletHome, PIN));
        assertEquals(List.of(unsentA.noteId(), unsentB.noteId()), reopened.pending().stream().map(OutboxEntry::noteId).toList());
        reopened.pending().forEach(e -> assertEquals(OutboxEntry.State.QUEUED, e.state()));
        assertEquals(OutboxEntry.State.SYNCED, reopened.find(sent.noteId()).orElseThrow().state());
        assertTrue(java.nio.file.Files.readString(tabletHome.resolve(Outbox.NAME + ".enc"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .indexOf("not yet synced") < 0, "the outbox file holds no readable note text");

        assertEquals(1, world.entries(caseId));
        assertEquals(0, world.notesWithId(unsentA.noteId()) + world.notesWithId(unsentB.noteId()));
        CaseRecord record = Json.read(given().header("Authorization", "Bearer " + notes.token)
                .get("/api/v1/cases/{id}/record", caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        assertEquals(sent, record.entries().get(0).visit());
        assertEquals(enrolment.deviceId(), record.entries().get(0).deviceId());
        assertTrue(record.entries().get(0).signatureVerified(), "checked against the revoked tablet's stored key");
        assertTrue(record.chainIntact());
    }
}
