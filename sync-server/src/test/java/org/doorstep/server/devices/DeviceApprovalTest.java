package org.doorstep.server.devices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A new tablet gets no caseload until its practitioner's supervisor or manager approves it (R13-accounts). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class DeviceApprovalTest {

    private static final String PAGE = "/workspace/devices";

    @Inject
    TestWorld world;

    private static String row(String html, String deviceId) {
        int at = html.indexOf("data-device=\"" + deviceId + "\"");
        assertTrue(at > 0, "the table lists " + deviceId);
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String approve(String deviceId) {
        return PAGE + "/" + deviceId + "/approve";
    }

    @Test
    @DisplayName("R13-accounts: a new tablet is refused the caseload and case records, naming who to ask; its supervisor approves it "
            + "on the Tablets page, which records who and when, and then it gets the caseload")
    void supervisorApproves() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String supervisor = world.person(Staff.SUPERVISOR, team, "Priya Shah");
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.awaitingApproval(practitioner);

        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", containsString("device-not-approved"))
                .body("detail", containsString("Ask Priya Shah (supervisor)"));
        tablet.record(caseId).then().statusCode(403).body("type", containsString("device-not-approved"));

        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        String waiting = row(web.get(PAGE).then().statusCode(200).extract().asString(), tablet.deviceId);
        assertTrue(waiting.contains("Waiting for approval") && waiting.contains("Approve this tablet"), waiting);
        web.post(PAGE, approve(tablet.deviceId), Map.of()).then().statusCode(303);

        String approved = web.get(PAGE + "?approved=" + tablet.deviceId).then().statusCode(200)
                .body(containsString("approved.")).extract().asString();
        String r = row(approved, tablet.deviceId);
        assertTrue(r.contains(">Active</strong>") && r.contains("by Priya Shah"), r);
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .body("cases[0].caseId", org.hamcrest.Matchers.equalTo(caseId));
        assertEquals(409, web.post(PAGE, approve(tablet.deviceId), Map.of()).getStatusCode(), "approving twice changes nothing");
    }

    @Test
    @DisplayName("R13-accounts: another team's supervisor and an admin cannot approve; the tablet stays waiting")
    void othersCannotApprove() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        Tablet tablet = Tablet.awaitingApproval(practitioner);
        WebSession stranger = WebSession.signIn(world.staff(Staff.SUPERVISOR, TestWorld.unique("Other")), TestWorld.PASSWORD);
        assertEquals(404, stranger.post(PAGE, approve(tablet.deviceId), Map.of()).getStatusCode());
        WebSession admin = WebSession.signIn(world.staff(Staff.ADMIN), TestWorld.PASSWORD);
        assertEquals(403, admin.post(PAGE, approve(tablet.deviceId), Map.of()).getStatusCode());
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(403);
    }

    @Test
    @DisplayName("R13-accounts: a manager approves their team's tablet too")
    void managerApproves() {
        String team = TestWorld.unique("Team");
        Tablet tablet = Tablet.awaitingApproval(world.staff(Staff.PRACTITIONER, team));
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        manager.post(PAGE, approve(tablet.deviceId), Map.of()).then().statusCode(303);
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200);
    }
}
