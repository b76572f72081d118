package org.doorstep.server.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: with several server instances on one database, a tablet revoked through one instance is
 * refused by every other on its very next request, though each keeps good tokens in memory. The other
 * instance here is played by the database itself: what another instance's revocation commits (the
 * device marked revoked, its tokens gone, the forget signal raised) is committed without this
 * instance's code, so this instance's memory is not emptied by its own hand.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class EveryInstanceForgetsTest {

    @Inject
    TestWorld world;
    @Inject
    EntityManager em;

    private static Response caseload(Tablet tablet) {
        return given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload");
    }

    @Test
    @DisplayName("R15-lost-device: a tablet revoked on another instance is refused here on its very next request, "
            + "caseload and note alike, while its token was kept in this instance's memory")
    void revokedElsewhereIsRefusedHere() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        for (int i = 0; i < 5; i++) {
            caseload(tablet).then().statusCode(200);
        }
        tablet.post(tablet.sign(tablet.visit(caseId))).then().statusCode(201);

        revokeAsAnotherInstanceWould(tablet.deviceId);

        caseload(tablet).then().statusCode(401).body(containsString("invalid-token"));
        VisitNote after = tablet.visit(caseId, "Signed after the tablet was lost.");
        tablet.post(tablet.sign(after)).then().statusCode(401);
        assertEquals(0, world.notesWithId(after.noteId()), "nothing of the revoked tablet is stored");
    }

    private void revokeAsAnotherInstanceWould(String deviceId) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update devices set revoked_at = current_timestamp(6), revoked_reason = 'Lost' "
                    + "where device_id = ?1").setParameter(1, deviceId).executeUpdate();
            em.createNativeQuery("delete from access_tokens where device_id = ?1").setParameter(1, deviceId).executeUpdate();
            em.createNativeQuery("update forget_signal set generation = generation + 1 where id = 1").executeUpdate();
        });
    }
}
