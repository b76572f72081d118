package org.doorstep.server.proposals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ProposalLimitsTest {

    @Inject
    TestWorld world;

    private static Response send(Tablet t, String caseId, FactProposal p) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + t.token)
                .body(Json.write(p)).post("/api/v1/cases/" + caseId + "/proposals");
    }

    @Test
    @DisplayName("R5.1-gender: a proposed name longer than a name may be, or a seen value too long to keep, is refused as problem+json and nothing is held")
    void tooLongForTheFactIsRefused() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        String id = UUID.randomUUID().toString();
        send(tablet, caseId, new FactProposal(id, "declared-name", "N".repeat(RecordRules.MAX_NAME + 1), null, null,
                "S".repeat(RecordRules.MAX_VALUE + 1), "She told me at the visit.", null))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/invalid-proposal"))
                .body("violations.field", hasItem("value")).body("violations.field", hasItem("seenValue"));
        // Nothing was held under that id: the same id with a fitting value is a new proposal, not a resend or a conflict.
        send(tablet, caseId, new FactProposal(id, "declared-name", "Sam", null, null, null, "She told me at the visit.", null))
                .then().statusCode(201);
    }
}
