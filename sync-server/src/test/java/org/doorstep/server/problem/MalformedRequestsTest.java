package org.doorstep.server.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class MalformedRequestsTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R1-signed: malformed JSON to any API endpoint answers 400 malformed-json with a problem body, and stores nothing")
    void malformedJsonIsAProblemEverywhere() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        List<String> endpoints = List.of("/api/v1/cases/" + caseId + "/proposals", "/api/v1/cases/" + caseId + "/chronology",
                "/api/v1/cases/" + caseId + "/contacts", "/api/v1/notes", "/api/v1/notes/batch", "/api/v1/enrolments",
                "/api/v1/tokens/challenges", "/api/v1/tokens");
        long lines = world.chronologyLines(caseId);
        for (String endpoint : endpoints) {
            for (String body : List.of("{not json", "{\"kind\": ", "[1,2", "\"just a string\"")) {
                given().contentType("application/json").header("Authorization", "Bearer " + tablet.token).body(body)
                        .post(endpoint).then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo("https://doorstep.example/problems/malformed-json"))
                        .body("detail", containsString("JSON"))
                        .body("instance", equalTo(endpoint));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(lines, world.chronologyLines(caseId), "nothing was stored");
        org.junit.jupiter.api.Assertions.assertEquals(0, world.entries(caseId), "nothing was stored");
    }

    @Test
    @DisplayName("R1-signed: a note id or proposal id in upper case is refused with 422, so one UUID is never stored under two spellings")
    void idsInUpperCaseAreRefused() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        org.doorstep.model.visit.VisitNote visit = tablet.visit(caseId);
        String upper = visit.noteId().toUpperCase(java.util.Locale.ROOT);
        tablet.post(tablet.sign(Tablet.with(visit, n -> n.put("noteId", upper)))).then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItem("noteId"));
        org.junit.jupiter.api.Assertions.assertEquals(0, world.notesWithId(upper));
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String proposalId = java.util.UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        given().contentType("application/json").header("Authorization", "Bearer " + tablet.token)
                .body(org.doorstep.model.json.Json.write(new org.doorstep.model.wire.FactProposal(proposalId, "declared-name",
                        "Sam", null, null, null, "She told me at the visit.", null)))
                .post("/api/v1/cases/" + caseId + "/proposals").then().statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.hasItem("proposalId"));
    }
}
