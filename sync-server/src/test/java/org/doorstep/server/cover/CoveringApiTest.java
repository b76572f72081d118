package org.doorstep.server.cover;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A practitioner covering a case reads its record and adds to it through the API, as the allocated one does (R14-cover). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CoveringApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R14-cover: with a cover grant the practitioner reads the case record, adds a chronology line and proposes a "
            + "household change; without one, or after it ended, each is refused with case-not-allocated and nothing is stored")
    void coveringPractitionerUsesTheRecordApi() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Covered Child");
        String covering = world.staff(Staff.PRACTITIONER);
        Tablet tablet = Tablet.enrolled(covering);
        refusedEverywhere(tablet, caseId);

        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        web.post("/workspace/cases/" + caseId + "/cover", "/workspace/cases/" + caseId + "/cover", Map.of(
                "practitioner", covering, "until", TODAY.plusDays(7).toString(), "reason", "The allocated worker is on leave"))
                .then().statusCode(303);

        tablet.record(caseId).then().statusCode(200);
        post(tablet, caseId, "chronology", new ChronologyLine(TODAY.minusDays(3), "Moved school", "School letter"))
                .then().statusCode(201);
        post(tablet, caseId, "proposals", proposal()).then().statusCode(201);
        assertEquals(1, world.chronologyLines(caseId));
        assertEquals(1, world.rows("fact_proposals", caseId));
    }

    private void refusedEverywhere(Tablet tablet, String caseId) {
        tablet.record(caseId).then().statusCode(403).body("type", org.hamcrest.Matchers.endsWith("case-not-allocated"));
        post(tablet, caseId, "chronology", new ChronologyLine(TODAY.minusDays(3), "Moved school", "School letter"))
                .then().statusCode(403).contentType("application/problem+json");
        post(tablet, caseId, "proposals", proposal()).then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, world.chronologyLines(caseId));
        assertEquals(0, world.rows("fact_proposals", caseId));
    }

    private static FactProposal proposal() {
        return new FactProposal(UUID.randomUUID().toString(), "household-joins", "Dan Reid, mother's partner", false, null,
                null, "Ms Smith told me Dan moved in last week.", null);
    }

    private static io.restassured.response.Response post(Tablet t, String caseId, String what, Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + t.token).body(Json.write(body))
                .post("/api/v1/cases/" + caseId + "/" + what);
    }
}
