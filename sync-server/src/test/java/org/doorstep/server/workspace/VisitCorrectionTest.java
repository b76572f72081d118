package org.doorstep.server.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;
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

/** A correction is a new signed note naming the one it corrects; the record keeps and shows every version (R11-rectify). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class VisitCorrectionTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REASON = "I wrote the wrong school: Amelia goes to Elm Road Primary.";

    @Inject
    TestWorld world;

    String practitioner;
    String caseId;
    Tablet tablet;

    @BeforeEach
    void seed() {
        practitioner = world.staff(Staff.PRACTITIONER);
        caseId = world.childCase(practitioner, "Amelia Smith");
        tablet = Tablet.enrolled(practitioner);
    }

    private VisitNote corrected(VisitNote earlier) {
        return tablet.correction(earlier, REASON, n -> n.put("narrative",
                "Visited at home. Amelia showed me her room and her new Elm Road Primary jumper."));
    }

    @Test
    @DisplayName("R11-rectify: a correction is a new entry; the first record stays byte for byte; the chronology shows the visit once, as corrected")
    void correctionIsANewEntry() {
        VisitNote first = tablet.visit(caseId);
        tablet.post(tablet.sign(first)).then().statusCode(201);
        String stored = world.storedNoteJson(first.noteId());
        VisitNote second = Tablet.with(corrected(first), n -> n.put("venue", "Grandmother's flat, 3 Oak Court"));
        tablet.post(tablet.sign(second)).then().statusCode(201);

        assertEquals(stored, world.storedNoteJson(first.noteId()), "the first record is never changed");
        assertEquals(2, world.entries(caseId));
        CaseRecord record = Json.read(tablet.record(caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        assertTrue(record.chainIntact());
        assertEquals(second.noteId(), record.entries().get(1).noteId());
        assertEquals(first.noteId(), record.entries().get(1).visit().amendment().amends());
        assertEquals(REASON, record.entries().get(1).visit().amendment().reason());
        List<ChronologyLine> visitLines = record.chronology().stream().filter(l -> l.fact().startsWith("Home visit")).toList();
        assertEquals(1, visitLines.size(), "one line per visit: " + visitLines);
        assertTrue(visitLines.get(0).fact().contains("Grandmother's flat"), visitLines.get(0).fact());
        assertTrue(visitLines.get(0).source().contains("correcting note " + first.noteId()), visitLines.get(0).source());

        // A repost of the correction answers with the receipt first issued and stores nothing more.
        tablet.post(tablet.sign(second)).then().statusCode(200);
        assertEquals(2, world.entries(caseId));
    }

    @Test
    @DisplayName("R11-rectify: a correction of a note not in the record, of another child's note, or without a reason is refused and changes nothing")
    void badCorrectionsRefused() {
        VisitNote first = tablet.visit(caseId);
        tablet.post(tablet.sign(first)).then().statusCode(201);
        VisitNote neverSent = tablet.visit(caseId);
        tablet.post(tablet.sign(corrected(neverSent))).then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("unknown-corrected-note"))
                .body("violations.field", hasItem("amends"));

        String otherCase = world.childCase(practitioner, "Ben Smith");
        VisitNote otherVisit = tablet.visit(otherCase);
        tablet.post(tablet.sign(otherVisit)).then().statusCode(201);
        VisitNote crossed = Tablet.with(corrected(otherVisit), n -> {
            n.put("caseId", caseId);
            n.putArray("analysis").addObject().put("recommendationId", TestWorld.recommendation(caseId))
                    .put("text", "Attendance is good.");
        });
        tablet.post(tablet.sign(crossed)).then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("correction-other-case"));

        VisitNote noReason = tablet.correction(first, " ", n -> { });
        tablet.post(tablet.sign(noReason)).then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("amendmentReason"));

        assertEquals(1, world.entries(caseId));
        assertEquals(1, world.entries(otherCase));
    }

    @Test
    @DisplayName("R11-rectify: a note and its correction in one batch both reach the record, in order")
    void noteAndCorrectionInOneBatch() {
        VisitNote first = tablet.visit(caseId);
        VisitNote second = corrected(first);
        tablet.postBatch(new NoteBatch(List.of(tablet.sign(first), tablet.sign(second)))).then().statusCode(200)
                .body("outcomes[0].status", equalTo("ACCEPTED"))
                .body("outcomes[1].status", equalTo("ACCEPTED"));
        assertEquals(2, world.entries(caseId));
    }

    @Test
    @DisplayName("R9-timely R11-rectify: a correction made days later does not turn an in-time visit into a Late Entry")
    void correctionIsNotALateEntry() {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(20, ChronoUnit.DAYS);
        VisitNote first = tablet.visit(caseId, "Visited at home.", end, end.plus(2, ChronoUnit.HOURS));
        tablet.post(tablet.sign(first)).then().statusCode(201);
        VisitNote second = corrected(first);
        tablet.post(tablet.sign(second)).then().statusCode(201);
        CaseRecord record = Json.read(tablet.record(caseId).then().statusCode(200).extract().asString(), CaseRecord.class);
        assertFalse(record.entries().get(1).lateEntry());
        assertEquals(second.signedAt(), record.entries().get(1).enteredAt());
    }

    @Test
    @DisplayName("R11-rectify R12-oversight: the supervisor reviews the correction; the earlier version stays readable, marked corrected, and cannot be signed off")
    void workspaceShowsEveryVersion() {
        VisitNote first = tablet.visit(caseId);
        tablet.post(tablet.sign(first)).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        web.post("/workspace/visits/" + first.noteId(), "/workspace/visits/" + first.noteId() + "/sign-off",
                Map.of("comment", "Read; fine.")).then().statusCode(303);

        VisitNote second = corrected(first);
        tablet.post(tablet.sign(second)).then().statusCode(201);

        String queue = web.wholeQueue();
        assertTrue(queue.contains("/workspace/visits/" + second.noteId()), "the correction awaits review");
        assertTrue(queue.contains("govuk-tag--purple\">Correction</strong>"), "tagged as a correction");
        assertFalse(queue.contains("/workspace/visits/" + first.noteId() + "\""), "the version it corrects has left the queue");
        web.get("/workspace/visits/" + second.noteId()).then().statusCode(200)
                .body(containsString("Version 2 of 2"))
                .body(containsString("Correction of version 1"))
                .body(containsString("I wrote the wrong school"))
                .body(containsString("Changed: What happened."))
                .body(containsString("Awaiting review"))
                .body(containsString("sign-off-button"));
        web.get("/workspace/visits/" + first.noteId()).then().statusCode(200)
                .body(containsString("Earlier version"))
                .body(containsString("It has been corrected: version 2 is current"))
                .body(containsString("href=\"/workspace/visits/" + second.noteId() + "\""))
                .body(containsString(first.narrative()))
                .body(containsString("This version was signed off by"))
                .body(not(containsString("sign-off-button")));
        web.post("/workspace/visits/" + first.noteId(), "/workspace/visits/" + first.noteId() + "/sign-off",
                        Map.of("comment", "Signing the old one."))
                .then().statusCode(409).body(containsString("sign off the current version instead"));
        // The visits list holds the visit once, as corrected; the sign-off decision still names the version it signed.
        String page = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        String visits = page.substring(page.indexOf("id=\"visits\""), page.indexOf("</table>", page.indexOf("id=\"visits\"")));
        assertTrue(visits.contains("/workspace/visits/" + second.noteId()), visits);
        assertFalse(visits.contains("/workspace/visits/" + first.noteId()), visits);
        assertTrue(visits.contains("Corrected"), visits);
    }
}
