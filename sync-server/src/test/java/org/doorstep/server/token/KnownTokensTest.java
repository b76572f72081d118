package org.doorstep.server.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
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
 * Tokens found good are kept in memory (issue 14); a revocation or a disabled account must still
 * stop a tablet on its very next request, however warm that memory is.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class KnownTokensTest {

    @Inject
    TestWorld world;

    private static Response caseload(Tablet tablet) {
        return given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload");
    }

    /** A practitioner's enrolled tablet whose token has been used enough to be surely the one kept in memory. */
    private record Warm(String team, String practitioner, String caseId, Tablet tablet) {
    }

    private Warm warmTablet(String child) {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, child);
        Tablet tablet = Tablet.enrolled(practitioner);
        for (int i = 0; i < 5; i++) {
            caseload(tablet).then().statusCode(200);
        }
        tablet.post(tablet.sign(tablet.visit(caseId))).then().statusCode(201);
        return new Warm(team, practitioner, caseId, tablet);
    }

    @Test
    @DisplayName("R15-lost-device: a tablet revoked on the Tablets page is refused on its very next request, "
            + "caseload and note alike, while its token was kept in memory")
    void revokedWithWarmCache() {
        Warm w = warmTablet("Amelia Smith");
        String team = w.team();
        String caseId = w.caseId();
        Tablet tablet = w.tablet();
        Tablet other = Tablet.enrolled(world.staff(Staff.PRACTITIONER, team));
        caseload(other).then().statusCode(200);

        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        String revoke = "/workspace/devices/" + tablet.deviceId + "/revoke";
        manager.post(revoke, revoke, Map.of("reason", "Left in a taxi", "confirm", "yes")).then().statusCode(303);

        caseload(tablet).then().statusCode(401).body(containsString("invalid-token"));
        VisitNote after = tablet.visit(caseId, "Signed after the tablet was lost.");
        tablet.post(tablet.sign(after)).then().statusCode(401);
        assertEquals(0, world.notesWithId(after.noteId()), "nothing of the revoked tablet is stored");
        caseload(other).then().statusCode(200);
    }

    @Test
    @DisplayName("R13-accounts: a practitioner whose account is disabled is refused on the tablet's very next request "
            + "while its token was kept in memory")
    void disabledWithWarmCache() {
        Warm w = warmTablet("Noah Jones");
        String team = w.team();
        String practitioner = w.practitioner();
        String caseId = w.caseId();
        Tablet tablet = w.tablet();

        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        String disable = "/workspace/people/" + practitioner + "/disable";
        manager.post(disable, disable, Map.of("reason", "Left the council", "confirm", "yes")).then().statusCode(303);

        caseload(tablet).then().statusCode(401);
        VisitNote after = tablet.visit(caseId, "Signed after the account was disabled.");
        tablet.post(tablet.sign(after)).then().statusCode(401);
        assertEquals(0, world.notesWithId(after.noteId()));
    }
}
