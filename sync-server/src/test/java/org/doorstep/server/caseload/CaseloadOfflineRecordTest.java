package org.doorstep.server.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GET /api/v1/caseload carries what the tablet shows read-only offline: basic record and recent chronology. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseloadOfflineRecordTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R5.1-basic R5.4-current-historical: the caseload carries NHS number, declared gender, current placement, legal status, communication needs and the current household with parental responsibility, as lines and as data")
    void basicRecordInCaseload() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Test");
        world.basicRecord(caseId);
        world.declaredIdentity(caseId, "Amy Test", "Girl");
        String bare = world.childCase(practitioner, "Bare Test");
        Tablet tablet = Tablet.enrolled(practitioner);

        String c = "cases.find { it.caseId == '" + caseId + "' }.";
        String b = "cases.find { it.caseId == '" + bare + "' }.";
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body(c + "childName", equalTo("Amy Test"))
                .body(c + "nhsNumber", equalTo("9434765919"))
                .body(c + "declaredGender", equalTo("Girl"))
                .body(c + "placement", equalTo("At home with mother"))
                .body(c + "communicationNeeds", equalTo("None known"))
                .body(c + "household", contains("Jade Test, mother (parental responsibility)"))
                .body(c + "householdMembers.name", contains("Jade Test, mother"))
                .body(c + "householdMembers[0].relationship", nullValue())
                .body(c + "householdMembers[0].parentalResponsibility", equalTo(true))
                .body(c + "recentChronology", hasSize(0))
                .body(b + "childName", equalTo("Bare Test"))
                .body(b + "nhsNumber", nullValue())
                .body(b + "placement", nullValue())
                .body(b + "recentChronology", hasSize(0));
    }

    @Test
    @DisplayName("R5.5-chronology: the caseload carries the newest 20 chronology lines in date order, each with its source, hand-added ones included")
    void recentChronologyInCaseload() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Chrono Test");
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 24; i >= 0; i--) { // recorded newest first: the order must come from the dates
            if (i != 12) {
                world.chronologyLine(caseId, start.plusDays(i), "Fact " + i, "Source " + i);
            }
        }
        Tablet tablet = Tablet.enrolled(practitioner);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + tablet.token)
                .body(new ChronologyLine(start.plusDays(12), "Fact 12 added by hand", "Health visitor, phone call"))
                .post("/api/v1/cases/" + caseId + "/chronology").then().statusCode(201);

        String c = "cases.find { it.caseId == '" + caseId + "' }.recentChronology";
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .body(c, hasSize(20))
                .body(c + "[0].date", equalTo("2026-01-06"))
                .body(c + "[0].fact", equalTo("Fact 5"))
                .body(c + "[0].source", equalTo("Source 5"))
                .body(c + "[7].fact", equalTo("Fact 12 added by hand"))
                .body(c + "[7].source", equalTo("Health visitor, phone call"))
                .body(c + "[19].date", equalTo("2026-01-25"))
                .body(c + "[19].fact", equalTo("Fact 24"));
    }

    @Test
    @DisplayName("R5.2-present: the caseload offers the people the case's latest visits met, not in the household, each once with the latest role; a corrected visit counts as corrected")
    void knownPeopleInCaseload() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Test");
        world.householdMember(caseId, "Jade Test, mother", true);
        Tablet tablet = Tablet.enrolled(practitioner);
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        org.doorstep.model.visit.VisitNote older = Tablet.with(tablet.visit(caseId, "First visit.",
                now.minus(java.time.Duration.ofDays(9)), now.minus(java.time.Duration.ofDays(9)).plusSeconds(600)), n -> n
                .set("present", org.doorstep.model.json.Json.tree(List.of(
                        new org.doorstep.model.visit.PresentPerson("Jade Test", "mother"),
                        new org.doorstep.model.visit.PresentPerson("Susan Test", "grandmother"),
                        new org.doorstep.model.visit.PresentPerson("Mr Jones", "teacher")))));
        tablet.post(tablet.sign(older)).then().statusCode(201);
        org.doorstep.model.visit.VisitNote newer = Tablet.with(tablet.visit(caseId, "Second visit.",
                now.minus(java.time.Duration.ofDays(2)), now.minus(java.time.Duration.ofDays(2)).plusSeconds(600)), n -> n
                .set("present", org.doorstep.model.json.Json.tree(List.of(
                        new org.doorstep.model.visit.PresentPerson("Susan Test", "grandmother, staying the week"),
                        new org.doorstep.model.visit.PresentPerson("Wrong Name", "neighbour")))));
        tablet.post(tablet.sign(newer)).then().statusCode(201);
        tablet.post(tablet.sign(tablet.correction(newer, "The neighbour's name was wrong.", n -> n
                .set("present", org.doorstep.model.json.Json.tree(List.of(
                        new org.doorstep.model.visit.PresentPerson("Susan Test", "grandmother, staying the week"),
                        new org.doorstep.model.visit.PresentPerson("Mrs Khan", "neighbour"))))))).then().statusCode(201);

        String c = "cases.find { it.caseId == '" + caseId + "' }.";
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .body(c + "knownPeople.name", contains("Susan Test", "Mrs Khan", "Mr Jones"))
                .body(c + "knownPeople[0].role", equalTo("grandmother, staying the week"));
    }
}
