package org.doorstep.server.supervisor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SupervisorPagesTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R12-oversight: a supervisor sees a synced visit in the list and every field on its page, signature verified")
    void listAndDetail() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR);

        given().auth().preemptive().basic(supervisor, TestWorld.PASSWORD).get("/supervisor/visits")
                .then().statusCode(200).contentType("text/html")
                .body(containsString("Amelia Smith"))
                .body(containsString("/supervisor/visits/" + visit.noteId()))
                .body(containsString("Family home, 12 Elm Road"))
                .body(containsString("Verified"));

        given().auth().preemptive().basic(supervisor, TestWorld.PASSWORD).get("/supervisor/visits/" + visit.noteId())
                .then().statusCode(200)
                .body(containsString("Signature verified"))
                .body(containsString(visit.narrative()))
                .body(containsString("Jade Smith"))
                .body(containsString(visit.purpose()))
                .body(containsString("Entry 1 of case " + caseId))
                .body(containsString("Received by the server"));
    }

    @Test
    @DisplayName("R13-auth: the supervisor pages need a sign-in, and a practitioner gets 403")
    void protectedPages() {
        given().get("/supervisor/visits").then().statusCode(401);
        given().auth().preemptive().basic(world.staff(Staff.SUPERVISOR), "wrong").get("/supervisor/visits").then().statusCode(401);
        String practitioner = world.staff(Staff.PRACTITIONER);
        given().auth().preemptive().basic(practitioner, TestWorld.PASSWORD).get("/supervisor/visits").then().statusCode(403);
    }

    @Test
    @DisplayName("R1-signed: markup in a note is shown as text, never run")
    void escapesMarkup() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId, "Mum said <script>alert('x')</script> & left.");
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        given().auth().preemptive().basic(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD)
                .get("/supervisor/visits/" + visit.noteId())
                .then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;alert"));
    }
}
