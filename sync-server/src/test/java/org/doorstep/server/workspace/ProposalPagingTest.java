package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ProposalPagingTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R5.1-basic: waiting proposals are paged on the case record, 20 a page, so a case with thousands stays readable")
    void waitingProposalsArePaged() {
        String team = TestWorld.unique("Proposal team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Paged Child");
        Tablet tablet = Tablet.enrolled(practitioner);
        for (int i = 0; i < 45; i++) {
            given().contentType("application/json").header("Authorization", "Bearer " + tablet.token)
                    .body(Json.write(new FactProposal(UUID.randomUUID().toString(), "communication-needs", "Needs " + i,
                            null, null, null, "Seen at the visit.", null)))
                    .post("/api/v1/cases/" + caseId + "/proposals").then().statusCode(201);
        }
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String first = web.get("/workspace/cases/" + caseId).then().statusCode(200)
                .body(containsString("45 proposals are waiting")).extract().asString();
        assertEquals(20, count(first, "class=\"ds-proposal\""));
        assertEquals(5, count(web.get("/workspace/cases/" + caseId + "?proposals=2").asString(), "class=\"ds-proposal\""));
        assertEquals(5, count(web.get("/workspace/cases/" + caseId + "?proposals=2147483647").asString(), "class=\"ds-proposal\""),
                "a page past the end shows the last page");
    }

    private static int count(String html, String what) {
        return html.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
