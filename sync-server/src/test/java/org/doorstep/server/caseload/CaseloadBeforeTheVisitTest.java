package org.doorstep.server.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the tablet needs before knocking (issue 12): whether the last visit went ahead, the current worry, contact. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseloadBeforeTheVisitTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R5.2-failed R5.7-summary R5.1-basic: the caseload says the last visit did not go ahead, and carries the "
            + "latest case summary and the contact arrangements")
    void lastOutcomeSummaryAndContact() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Noah Test");
        String quiet = world.childCase(practitioner, "Quiet Test");
        world.caseSummary(caseId, "Stable at home; school attendance improving.", Instant.parse("2026-08-01T10:00:00Z"));
        world.caseSummary(caseId, "Mother has a new partner who stays most nights; see Noah alone.",
                Instant.parse("2026-11-01T10:00:00Z"));
        world.contactArrangements(caseId, "Sees his father on Saturdays at the family centre, supervised.");
        Tablet tablet = Tablet.enrolled(practitioner);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        tablet.post(tablet.sign(tablet.visit(caseId, "Seen at home.", now.minus(3, ChronoUnit.DAYS),
                now.minus(3, ChronoUnit.DAYS).plusSeconds(600)))).then().statusCode(201);
        tablet.post(tablet.sign(tablet.noResponse(caseId))).then().statusCode(201);

        String c = "cases.find { it.caseId == '" + caseId + "' }.";
        String q = "cases.find { it.caseId == '" + quiet + "' }.";
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .body(c + "lastVisitOutcome", equalTo("NO_RESPONSE"))
                .body(c + "latestCaseSummary", equalTo("Mother has a new partner who stays most nights; see Noah alone."))
                .body(c + "contactArrangements", equalTo("Sees his father on Saturdays at the family centre, supervised."))
                .body(q + "lastVisitOutcome", nullValue())
                .body(q + "latestCaseSummary", nullValue())
                .body(q + "contactArrangements", nullValue());
    }
}
