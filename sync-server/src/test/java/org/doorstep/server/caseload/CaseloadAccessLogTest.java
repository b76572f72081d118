package org.doorstep.server.caseload;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseloadAccessLogTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R7-shared-log: each caseload download writes one access-log line per case it carries, naming the tablet")
    void caseloadDownloadIsLoggedPerCase() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String first = world.childCase(practitioner);
        String second = world.childCase(practitioner);
        String someoneElses = world.childCase(world.staff(Staff.PRACTITIONER));
        Tablet tablet = Tablet.enrolled(practitioner);
        for (int download = 1; download <= 2; download++) {
            given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200);
            assertEquals(download, world.accessLogged(first, practitioner));
            assertEquals(download, world.accessLogged(second, practitioner));
        }
        assertEquals(0, world.accessLogged(someoneElses, practitioner), "a case not in the caseload is not logged");
        String supervisor = world.staff(Staff.SUPERVISOR);
        org.doorstep.server.workspace.WebSession.signIn(supervisor, TestWorld.PASSWORD)
                .get("/workspace/cases/" + first + "/access-log").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Caseload downloaded to the tablet (device " + tablet.deviceId + ")"));
    }
}
