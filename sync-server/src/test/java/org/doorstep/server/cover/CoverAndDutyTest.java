package org.doorstep.server.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who may record on a case (R14-cover; procedure 5.1), over real HTTP on real MariaDB: the allocated
 * worker, a practitioner the supervisor granted cover (through the workspace form), a practitioner of
 * the case's team on duty for an unallocated case with a reason; nobody else. The record says which.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CoverAndDutyTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    TestWorld world;

    private static void grantCover(WebSession web, String caseId, String practitioner, LocalDate until) {
        web.post("/workspace/cases/" + caseId + "/cover", "/workspace/cases/" + caseId + "/cover", Map.of(
                "practitioner", practitioner, "until", until.toString(), "reason", "The allocated worker is on leave"))
                .then().statusCode(303);
    }

    private static JsonPath caseload(Tablet t) {
        return io.restassured.RestAssured.given().header("Authorization", "Bearer " + t.token).get("/api/v1/caseload")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("R14-cover: a practitioner granted cover receives the case at sync, marked as cover until its last day; "
            + "their note is accepted and marked as cover on the record, the visit page and the review queue")
    void coverNoteAcceptedAndMarked() {
        String allocated = world.staff(Staff.PRACTITIONER);
        String covering = world.person(Staff.PRACTITIONER, TestWorld.TEAM, "Cora Cover");
        String caseId = world.childCase(allocated, "Covered Child");
        String supervisor = world.staff(Staff.SUPERVISOR);
        Tablet tablet = Tablet.enrolled(covering);
        assertFalse(caseload(tablet).getList("cases.caseId").contains(caseId), "before cover the case is not theirs");

        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        grantCover(web, caseId, covering, TODAY.plusDays(14));

        JsonPath load = caseload(tablet);
        assertTrue(load.getList("cases.caseId").contains(caseId), "the tablet receives the covered case at sync");
        Map<String, Object> held = load.getMap("cases.find { it.caseId == '" + caseId + "' }");
        assertEquals("covering", held.get("recordedAs"));
        assertEquals(TODAY.plusDays(14).toString(), held.get("coverUntil"));

        VisitNote note = tablet.visit(caseId);
        tablet.post(tablet.sign(note)).then().statusCode(201);
        assertEquals("covering", world.recordedAs(note.noteId()));

        String visitPage = web.get("/workspace/visits/" + note.noteId()).then().statusCode(200).extract().asString();
        assertTrue(visitPage.contains("id=\"recorded-as\""), "the visit page says on which basis");
        assertTrue(visitPage.contains("Recorded by a practitioner covering the case"));
        String queue = web.wholeQueue();
        assertTrue(queue.matches("(?s).*Cora Cover <strong class=\"govuk-tag govuk-tag--yellow ds-basis\">Covering</strong>.*"),
                "the queue marks the note as cover");
        String record = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(record.contains("Cover granted") || record.contains("covers the case until"),
                "the grant is a management decision on the record");
    }

    @Test
    @DisplayName("R14-cover: ended cover takes the case off the practitioner's tablet; a visit made while cover held "
            + "still lands (nothing signed is lost), a visit made after the end is refused")
    void endedCover() {
        String covering = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Ended Cover Child");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        grantCover(web, caseId, covering, TODAY.plusDays(7));
        Tablet tablet = Tablet.enrolled(covering);
        VisitNote duringCover = tablet.visit(caseId);
        String page = web.get("/workspace/cases/" + caseId + "/cover").then().statusCode(200).extract().asString();
        String id = page.replaceAll("(?s).*id=\"end-cover-(\\d+)\".*", "$1");
        web.post("/workspace/cases/" + caseId + "/cover", "/workspace/cases/" + caseId + "/cover/" + id + "/end", Map.of())
                .then().statusCode(303);

        assertFalse(caseload(tablet).getList("cases.caseId").contains(caseId), "the case leaves the tablet at its next sync");
        tablet.post(tablet.sign(duringCover)).then().statusCode(201);
        assertEquals("covering", world.recordedAs(duringCover.noteId()));

        world.coverEndedAt(caseId, java.time.Instant.now().minus(java.time.Duration.ofHours(3)));
        VisitNote afterCover = tablet.visit(caseId);
        tablet.post(tablet.sign(afterCover)).then().statusCode(403)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("case-not-allocated"));
        assertEquals(1, world.entries(caseId));
    }

    @Test
    @DisplayName("R14-cover: an unallocated case of the team is on the duty list; a duty note with a reason is accepted "
            + "and marked as a duty visit, without a reason it is refused and nothing is stored")
    void dutyVisit() {
        String onDuty = world.staff(Staff.PRACTITIONER);
        String caseId = world.unallocatedCase(TestWorld.TEAM, "Duty Child");
        Tablet tablet = Tablet.enrolled(onDuty);
        JsonPath load = caseload(tablet);
        assertTrue(load.getList("dutyCases.caseId").contains(caseId), "the team's unallocated case is on the duty list");
        assertFalse(load.getList("cases.caseId").contains(caseId), "and not among the practitioner's own cases");

        VisitNote withoutReason = tablet.visit(caseId);
        tablet.post(tablet.sign(withoutReason)).then().statusCode(422)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("duty-reason-required"));
        assertEquals(0, world.entries(caseId));

        VisitNote onDutyNote = tablet.visit(caseId).onDuty("The school rang with a concern; the case has no worker yet.");
        tablet.post(tablet.sign(onDutyNote)).then().statusCode(201);
        assertEquals("duty", world.recordedAs(onDutyNote.noteId()));

        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String visitPage = web.get("/workspace/visits/" + onDutyNote.noteId()).then().statusCode(200).extract().asString();
        assertTrue(visitPage.contains("The school rang with a concern; the case has no worker yet."),
                "the visit page shows the reason signed with the duty visit");
        String queue = web.wholeQueue();
        assertTrue(queue.contains("data-note=\"" + onDutyNote.noteId() + "\""), "the duty visit awaits the team's review");
    }

    @Test
    @DisplayName("R14-cover: a practitioner with neither allocation, cover nor duty is refused with case-not-allocated, "
            + "also for another team's unallocated case, and nothing is stored")
    void neitherAllocationCoverNorDuty() {
        String stranger = world.staff(Staff.PRACTITIONER);
        String someoneElses = world.childCase(world.staff(Staff.PRACTITIONER), "Not Theirs");
        String otherTeams = world.unallocatedCase("Another Team", "Other Team Child");
        Tablet tablet = Tablet.enrolled(stranger);
        assertFalse(caseload(tablet).getList("dutyCases.caseId").contains(otherTeams));
        for (String caseId : List.of(someoneElses, otherTeams)) {
            VisitNote note = tablet.visit(caseId).onDuty("I was passing by.");
            tablet.post(tablet.sign(note)).then().statusCode(403)
                    .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("case-not-allocated"));
            assertEquals(0, world.entries(caseId));
        }
    }

    @Test
    @DisplayName("R14-cover: granting cover with no practitioner, a last day that is not a date and no reason says so "
            + "beside each field and grants nothing")
    void badGrant() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Bad Grant Child");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String html = web.post("/workspace/cases/" + caseId + "/cover", "/workspace/cases/" + caseId + "/cover",
                        Map.of("practitioner", "", "until", "next friday", "reason", ""))
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"practitioner-error\""), "beside the practitioner");
        assertTrue(html.contains("Enter a real date, for example 2026-03-31"), "the date message");
        assertTrue(html.contains("id=\"until-error\""), "beside the last day");
        assertTrue(html.contains("id=\"reason-error\""), "beside the reason");
        assertTrue(html.contains("value=\"next friday\""), "what was typed is kept");
        assertEquals(0, world.rows("cover_grants", caseId));
    }
}
