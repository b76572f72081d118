package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class WorkspacePagesTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R12-oversight: a supervisor sees a synced visit in the queue, reads every field, signs it off with a comment that becomes a decision")
    void queueVisitSignOff() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR);
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);

        web.get("/workspace/queue").then().statusCode(200).contentType("text/html")
                .body(containsString("Amelia Smith"))
                .body(containsString("/workspace/visits/" + visit.noteId()));
        web.get("/workspace/visits/" + visit.noteId()).then().statusCode(200)
                .body(containsString("Signature verified"))
                .body(containsString(visit.narrative()))
                .body(containsString("Jade Smith"))
                .body(containsString(visit.purpose()))
                .body(containsString("Entry 1 of case " + caseId))
                .body(containsString("Received by the server"))
                .body(containsString("Awaiting review"));
        assertTrue(world.accessLogged(caseId, supervisor) >= 1, "the view is in the access log");

        web.post("/workspace/visits/" + visit.noteId(), "/workspace/visits/" + visit.noteId() + "/sign-off", Map.of("comment", " "))
                .then().statusCode(400).body(containsString("Enter a comment"));
        web.post("/workspace/visits/" + visit.noteId(), "/workspace/visits/" + visit.noteId() + "/sign-off",
                        Map.of("comment", "Read. Good direct work with Amelia; next visit within 10 working days."))
                .then().statusCode(303).header("Location", endsWith("/workspace/queue?signedOff=" + visit.noteId()));
        web.get("/workspace/queue").then().statusCode(200).body(not(containsString("/workspace/visits/" + visit.noteId() + "\"")));
        web.get("/workspace/cases/" + caseId).then().statusCode(200)
                .body(containsString("signed off"))
                .body(containsString("next visit within 10 working days"));
        web.get("/workspace/cases/" + caseId + "/access-log").then().statusCode(200)
                .body(containsString(supervisor)).body(containsString("Case record"));
    }

    @Test
    @DisplayName("R13-auth: workspace pages need a sign-in; a practitioner gets 403; a form without its CSRF token is refused")
    void protectedPages() {
        given().redirects().follow(false).get("/workspace/queue").then().statusCode(302)
                .header("Location", containsString("/signin"));
        given().get("/signin").then().statusCode(200).body(containsString("j_security_check"));
        WebSession wrong = WebSession.signIn(world.staff(Staff.SUPERVISOR), "wrong");
        wrong.get("/workspace").then().statusCode(302);
        WebSession practitioner = WebSession.signIn(world.staff(Staff.PRACTITIONER), TestWorld.PASSWORD);
        practitioner.get("/workspace").then().statusCode(403).contentType("text/html")
                .body(containsString("You do not have access"));

        String author = world.staff(Staff.PRACTITIONER);
        Tablet tablet = Tablet.enrolled(author);
        VisitNote visit = tablet.visit(world.childCase(author));
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        web.request().contentType("application/x-www-form-urlencoded").formParam("comment", "forged")
                .post("/workspace/visits/" + visit.noteId() + "/sign-off").then().statusCode(400);
        web.get("/workspace/visits/" + visit.noteId()).then().statusCode(200).body(containsString("Awaiting review"));
    }

    @Test
    @DisplayName("R12-oversight: a supervisor sees their own team's cases only")
    void teamOnly() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Other Team Child");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        WebSession other = WebSession.signIn(world.staff(Staff.SUPERVISOR, "South Team"), TestWorld.PASSWORD);
        other.get("/workspace/queue").then().statusCode(200).body(not(containsString(visit.noteId())));
        other.get("/workspace/visits/" + visit.noteId()).then().statusCode(404);
        other.get("/workspace/cases/" + caseId).then().statusCode(404);
        assertEquals(0, world.accessLogged(caseId, "nobody"));
    }

    @Test
    @DisplayName("R1-signed: markup in a note is shown as text, never run")
    void escapesMarkup() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId, "Mum said <script>alert('x')</script> & left.");
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD).get("/workspace/visits/" + visit.noteId())
                .then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;alert"));
    }

    @Test
    @DisplayName("R5.5-chronology: the court chronology downloads as a PDF, and the export is logged")
    void courtChronologyPdf() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        tablet.post(tablet.sign(tablet.visit(caseId))).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR);
        byte[] pdf = WebSession.signIn(supervisor, TestWorld.PASSWORD).get("/workspace/cases/" + caseId + "/chronology.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        assertEquals(1, world.accessLogged(caseId, supervisor));
    }

    @Test
    @DisplayName("The old HTTP Basic supervisor URLs move to the workspace")
    void oldUrlsRedirect() {
        given().redirects().follow(false).get("/supervisor/visits").then().statusCode(301)
                .header("Location", endsWith("/workspace/queue"));
        given().redirects().follow(false).get("/supervisor/visits/abc").then().statusCode(301)
                .header("Location", endsWith("/workspace/visits/abc"));
    }
}
