package org.doorstep.server.notes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorstep.model.json.Json;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.wire.CaseEntry;
import org.doorstep.model.wire.CaseRecord;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class NoteIngestTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestWorld world;

    String practitioner;
    String caseId;
    Tablet tablet;

    @BeforeEach
    void seed() {
        practitioner = world.staff(Staff.PRACTITIONER);
        caseId = world.childCase(practitioner);
        tablet = Tablet.enrolled(practitioner);
    }

    private static VerifyingKey serverKey() {
        return VerifyingKey.fromBase64(given().get("/api/v1/server-key").then().statusCode(200).extract().path("publicKey"));
    }

    private static Receipt receipt(Response r) {
        return Json.read(r.asString(), Receipt.class);
    }

    @Test
    @DisplayName("R1-signed: a signed note is accepted with 201 and a receipt that verifies against the server key")
    void accepted() {
        SignedNote note = tablet.sign(tablet.visit(caseId));
        Response r = tablet.post(note);
        r.then().statusCode(201).contentType(ContentType.JSON);
        Receipt receipt = receipt(r);
        assertTrue(receipt.verifiesWith(serverKey()));
        assertTrue(receipt.covers(note));
        assertEquals(caseId, receipt.caseId());
        assertEquals(1, receipt.caseSequence());
        assertEquals(1, world.entries(caseId));
        assertEquals(1, world.chronologyLines(caseId));
    }

    @Test
    @DisplayName("R1-contemporaneous: reposting the same note returns the same receipt and stores nothing more")
    void repost() {
        SignedNote note = tablet.sign(tablet.visit(caseId));
        String first = tablet.post(note).then().statusCode(201).extract().asString();
        String second = tablet.post(note).then().statusCode(200).extract().asString();
        assertEquals(Json.read(first, Receipt.class), Json.read(second, Receipt.class));
        assertEquals(first, second);
        assertEquals(1, world.entries(caseId));
        assertEquals(1, world.chronologyLines(caseId));
    }

    @Test
    @DisplayName("R1-contemporaneous: the same note id with other content is 409 and the stored note stays as first signed")
    void conflict() {
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String stored = world.storedNoteJson(visit.noteId());
        VisitNote changed = Tablet.with(visit, n -> n.put("narrative", "A different account of the visit."));
        tablet.post(tablet.sign(changed)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://doorstep.example/problems/note-conflict"))
                .body("detail", containsString("never overwritten"));
        assertEquals(stored, world.storedNoteJson(visit.noteId()));
        assertEquals(1, world.entries(caseId));
    }

    @Test
    @DisplayName("R1-signed: a note changed by one character after signing is 422 invalid-signature and nothing is stored")
    void tampered() {
        SignedNote signed = tablet.sign(tablet.visit(caseId));
        ObjectNode altered = signed.note().deepCopy();
        altered.put("narrative", signed.note().get("narrative").asText().replace("warm", "worm"));
        tablet.post(new SignedNote(signed.deviceId(), altered, signed.signature()))
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("invalid-signature"))
                .body("detail", containsString("changed after it was signed"));
        assertEquals(0, world.entries(caseId));
        assertEquals(0, world.notesWithId(signed.noteId()));
    }

    @Test
    @DisplayName("a note naming another device than the token's is 403 device-mismatch")
    void deviceMismatch() {
        Tablet other = Tablet.enrolled(practitioner);
        SignedNote byOther = other.sign(other.visit(caseId));
        tablet.post(byOther).then().statusCode(403).contentType(PROBLEM).body("type", containsString("device-mismatch"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("R4-author: a note whose author is not the device's practitioner is 403 author-mismatch")
    void authorMismatch() {
        VisitNote v = tablet.visit(caseId);
        VisitNote otherAuthor = Tablet.with(v, n -> n.put("author", "someone.else"));
        tablet.post(tablet.sign(otherAuthor)).then().statusCode(403).body("type", containsString("author-mismatch"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("a note for a case that does not exist is 404 unknown-case")
    void unknownCase() {
        tablet.post(tablet.sign(tablet.visit("C-NOPE-404"))).then().statusCode(404).contentType(PROBLEM)
                .body("type", containsString("unknown-case")).body("detail", containsString("C-NOPE-404"));
        assertEquals(0, world.entries("C-NOPE-404"));
    }

    @Test
    @DisplayName("a note for a case allocated to someone else is 403 case-not-allocated")
    void notAllocated() {
        String othersCase = world.childCase(world.staff(Staff.PRACTITIONER));
        tablet.post(tablet.sign(tablet.visit(othersCase))).then().statusCode(403).contentType(PROBLEM)
                .body("type", containsString("case-not-allocated"));
        assertEquals(0, world.entries(othersCase));
        tablet.record(othersCase).then().statusCode(403).body("type", containsString("case-not-allocated"));
    }

    @Test
    @DisplayName("R5.2-child-seen: a note breaking the visit rules is 422 invalid-note with the violations")
    void invalidNote() {
        VisitNote v = tablet.visit(caseId);
        VisitNote notSeenNoReason = Tablet.with(v, n -> {
            n.put("childSeen", false);
            n.put("childSeenAlone", false);
            n.putNull("childViews");
            n.putNull("childViewsSupport");
        });
        tablet.post(tablet.sign(notSeenNoReason)).then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("invalid-note"))
                .body("violations.field", hasItem("reasonNotSeen"))
                .body("violations.requirement", hasItem("R5.2-child-seen"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("R5.2-failed: a visit where nobody answered is accepted on its short path and is in the record and chronology")
    void failedVisitAccepted() {
        VisitNote v = tablet.noResponse(caseId);
        tablet.post(tablet.sign(v)).then().statusCode(201);
        CaseRecord record = Json.read(tablet.record(caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        assertEquals(v, record.entries().get(0).visit());
        assertEquals(VisitOutcome.NO_RESPONSE, record.entries().get(0).visit().outcome());
        assertEquals("Home visit at Family home, 12 Elm Road (Unannounced visit) did not go ahead: "
                + "no response at the door; child not seen.", record.chronology().get(0).fact());
    }

    @Test
    @DisplayName("R5.2-analysis: a completed visit with no analysis against the plan is 422 invalid-note with the violation")
    void missingAnalysisRefused() {
        VisitNote noAnalysis = Tablet.with(tablet.visit(caseId), n -> n.putArray("analysis"));
        tablet.post(tablet.sign(noAnalysis)).then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("invalid-note"))
                .body("violations.field", hasItem("analysis"))
                .body("violations.requirement", hasItem("R5.2-analysis"))
                .body("violations.message", hasItem(
                        "Add your analysis of the visit against at least one recommendation of the child's plan."));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("R5.2-analysis: analysis linked to a recommendation that is not in this child's plan is 422 invalid-note")
    void analysisOfAnotherPlanRefused() {
        String othersCase = world.childCase(world.staff(Staff.PRACTITIONER));
        VisitNote wrongLink = Tablet.with(tablet.visit(caseId), n -> n.withArray("analysis").removeAll().addObject()
                .put("recommendationId", TestWorld.recommendation(othersCase)).put("text", "Going well."));
        tablet.post(tablet.sign(wrongLink)).then().statusCode(422)
                .body("violations.field", hasItem("analysis"))
                .body("violations.message", hasItem("Analysis 1 is linked to a recommendation ("
                        + TestWorld.recommendation(othersCase) + ") that is not in this child's plan."));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("R9-timely: across the spring bank holiday, a note signed at 15:59 on the Wednesday is in time, "
            + "at 16:01 a 'Late Entry' with the time it was entered, in the record and the chronology")
    void lateEntryAcrossBankHoliday() {
        // Friday 22 May 2026, 16:00 in London (BST); Monday 25 May is the spring bank holiday.
        Instant end = Instant.parse("2026-05-22T15:00:00Z");
        Instant onTime = Instant.parse("2026-05-27T14:59:00Z");
        Instant late = Instant.parse("2026-05-27T15:01:00Z");
        VisitNote inTime = tablet.visit(caseId, "In time.", end, onTime);
        VisitNote lateNote = tablet.visit(caseId, "Late.", end, late);
        tablet.post(tablet.sign(inTime)).then().statusCode(201);
        tablet.post(tablet.sign(lateNote)).then().statusCode(201);

        CaseRecord record = Json.read(tablet.record(caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        CaseEntry first = record.entries().get(0);
        CaseEntry second = record.entries().get(1);
        assertFalse(first.lateEntry());
        assertEquals(onTime, first.enteredAt());
        assertTrue(second.lateEntry());
        assertEquals(late, second.enteredAt());
        List<String> sources = record.chronology().stream().map(ChronologyLine::source).toList();
        assertEquals(1, sources.stream().filter(x -> x.contains("Late Entry")).count(), sources.toString());
        assertTrue(sources.stream().anyMatch(x -> x.startsWith("Visit note " + lateNote.noteId())
                && x.endsWith("; Late Entry, entered Wed 27 May 2026 16:01")), sources.toString());
    }

    @Test
    @DisplayName("R1-signed: a note id that is not a UUID v7 is 422 invalid-note")
    void notV7() {
        VisitNote v = tablet.visit(caseId);
        VisitNote v4 = Tablet.with(v, n -> n.put("noteId", java.util.UUID.randomUUID().toString()));
        tablet.post(tablet.sign(v4)).then().statusCode(422).body("violations.field", hasItem("noteId"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("R2-form-approval: a note captured with an unapproved form version is 422 unapproved-form-version")
    void unapprovedForm() {
        VisitNote v = tablet.visit(caseId);
        VisitNote draftForm = Tablet.with(v, n -> n.put("formVersion", "visit-99-draft"));
        tablet.post(tablet.sign(draftForm)).then().statusCode(422).body("type", containsString("unapproved-form-version"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("malformed JSON is 400 malformed-json as problem+json, with no class name")
    void malformedJson() {
        tablet.post("{\"deviceId\": \"abc\", \"note\": {").then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("malformed-json"))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("org.doorstep")));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("a body over the 2 MB limit is 413 payload-too-large as problem+json and nothing is stored")
    void oversized() {
        VisitNote v = tablet.visit(caseId, "x".repeat(3 * 1024 * 1024));
        tablet.post(tablet.sign(v)).then().statusCode(413).contentType(PROBLEM)
                .body("type", containsString("payload-too-large"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("a streamed (chunked) body with no length is 411 length-required, so no body is read past the limit")
    void chunked() throws Exception {
        byte[] body = Json.write(tablet.sign(tablet.visit(caseId))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/notes"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + tablet.token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(411, response.statusCode(), response.body());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("length-required"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("a body that is not JSON is 415 as problem+json")
    void wrongContentType() {
        given().contentType(ContentType.TEXT).header("Authorization", "Bearer " + tablet.token).body("hello")
                .post("/api/v1/notes").then().statusCode(415).contentType(PROBLEM)
                .body("type", containsString("unsupported-media-type"));
    }

    @Test
    @DisplayName("R1-contemporaneous: one bad note in a batch does not block the others")
    void batch() {
        SignedNote first = tablet.sign(tablet.visit(caseId));
        SignedNote good = tablet.sign(tablet.visit(caseId));
        ObjectNode altered = good.note().deepCopy();
        altered.put("venue", "Somewhere else");
        SignedNote bad = new SignedNote(good.deviceId(), altered, good.signature());
        SignedNote last = tablet.sign(tablet.visit(caseId));
        tablet.post(first).then().statusCode(201);

        tablet.postBatch(new NoteBatch(List.of(first, bad, last))).then().statusCode(200)
                .body("outcomes", hasSize(3))
                .body("outcomes[0].status", equalTo("DUPLICATE"))
                .body("outcomes[0].receipt.caseSequence", equalTo(1))
                .body("outcomes[1].status", equalTo("REJECTED"))
                .body("outcomes[1].noteId", equalTo(good.noteId()))
                .body("outcomes[1].problem.type", containsString("invalid-signature"))
                .body("outcomes[2].status", equalTo("ACCEPTED"))
                .body("outcomes[2].receipt.caseSequence", equalTo(2));
        assertEquals(2, world.entries(caseId));
    }

    @Test
    @DisplayName("a batch of more than 100 notes is refused whole with 413 batch-too-large")
    void batchLimit() {
        SignedNote note = tablet.sign(tablet.visit(caseId));
        tablet.postBatch(new NoteBatch(Collections.nCopies(101, note))).then().statusCode(413).contentType(PROBLEM)
                .body("type", containsString("batch-too-large"));
        assertEquals(0, world.entries(caseId));
    }

    @Test
    @DisplayName("R5.5-chronology: the case record lists entries in sequence with an intact chain and a chronology line per visit")
    void record() {
        VisitNote a = tablet.visit(caseId);
        VisitNote b = tablet.visit(caseId);
        tablet.post(tablet.sign(a)).then().statusCode(201);
        tablet.post(tablet.sign(b)).then().statusCode(201);
        tablet.record(caseId).then().statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("chainIntact", equalTo(true))
                .body("entries", hasSize(2))
                .body("entries[0].noteId", equalTo(a.noteId()))
                .body("entries[0].sequence", equalTo(1))
                .body("entries[0].previousHash", equalTo("0".repeat(64)))
                .body("entries[1].sequence", equalTo(2))
                .body("entries[1].signatureVerified", equalTo(true))
                .body("entries[1].visit.narrative", equalTo(b.narrative()))
                .body("chronology", hasSize(2))
                .body("chronology[0].fact", containsString("Home visit at Family home"))
                .body("chronology[0].source", containsString("Visit note " + a.noteId()));
        tablet.record("C-NOPE-404").then().statusCode(404).body("type", containsString("unknown-case"));
    }

    @Test
    @DisplayName("R1-contemporaneous: a stored note altered directly in the database shows as a broken chain")
    void alteredInDatabase() {
        VisitNote a = tablet.visit(caseId);
        tablet.post(tablet.sign(a)).then().statusCode(201);
        tablet.post(tablet.sign(tablet.visit(caseId))).then().statusCode(201);
        assertEquals(1, world.alterStoredNote(a.noteId(), "warm and clean", "cold and dirty"));
        tablet.record(caseId).then().statusCode(200)
                .body("chainIntact", equalTo(false))
                .body("entries[0].signatureVerified", equalTo(false))
                .body("entries[1].signatureVerified", equalTo(true));
    }

    @Test
    @DisplayName("concurrent posts of the same note and of other notes to one case keep one entry per note and an intact chain")
    void concurrent() throws Exception {
        SignedNote same = tablet.sign(tablet.visit(caseId));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> tablet.post(same).statusCode());
        }
        for (int i = 0; i < 4; i++) {
            SignedNote other = tablet.sign(tablet.visit(caseId));
            calls.add(() -> tablet.post(other).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertFalse(codes.stream().anyMatch(c -> c != 200 && c != 201), "codes " + codes);
            assertEquals(5, codes.stream().filter(c -> c == 201).count(), "codes " + codes);
        } finally {
            pool.shutdown();
        }
        assertEquals(5, world.entries(caseId));
        assertEquals(1, world.notesWithId(same.noteId()));
        tablet.record(caseId).then().statusCode(200).body("chainIntact", equalTo(true)).body("entries", hasSize(5));
    }
}
