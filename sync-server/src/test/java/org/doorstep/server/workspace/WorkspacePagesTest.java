package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.doorstep.model.json.Json;
import org.doorstep.model.record.Statement;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchSvg;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.notes.SignedSketchTest;
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
        // A team of its own: the shared test team's queue holds other tests' visits, oldest first, over pages.
        String team = TestWorld.unique("Queue team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
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
    @DisplayName("R11-fact-opinion R5.2-child-views R5.2-change R5.2-analysis R3-privacy-notice R4-author: the visit page shows every field of the note, with facts, views and assessment apart")
    void everyFieldOfTheNote() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = Tablet.with(tablet.visit(caseId), n -> {
            n.put("interpreterUsed", true);
            n.put("interpreterLanguage", "Polish");
            n.put("interpreterName", "Anna Nowak");
            n.put("householdChanged", true);
            n.put("significantChange", "Mr Lee, the mother's partner, moved in two weeks ago.");
            n.put("suppliedBy", "Sam Patel (student social worker), who was at the visit");
            n.set("reportedByOthers", Json.tree(List.of(
                    Statement.reported("Amelia was on time every day this month.", Statement.Kind.FACT, "Mr Jones (head teacher)"),
                    Statement.reported("The house is noisy late at night.", Statement.Kind.OPINION, "Mrs Khan (neighbour)"))));
        });
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        String html = web.get("/workspace/visits/" + visit.noteId()).then().statusCode(200).extract().asString();
        for (String shown : List.of("The visit went ahead", "Visit started", "Visit ended", visit.venue(), "Jade Smith (mother)",
                "Amelia Smith (child)", visit.purpose(), "Interpreter used", "Polish", "Anna Nowak", "Privacy notice given",
                "English, printed leaflet", "Child seen", "Seen alone", visit.informationExchanged(), visit.childViews(),
                "How the views were gathered", visit.childViewsSupport(), visit.carerViews(), "What happened (fact)",
                visit.narrative(), "What others said", "Amelia was on time every day this month.", "Said by Mr Jones (head teacher)",
                "The house is noisy late at night.", "Said by Mrs Khan (neighbour)", "Change in who lives in the household",
                "Mr Lee, the mother&#39;s partner, moved in two weeks ago.", visit.relationshipQuality(),
                TestWorld.recommendation(caseId), "The child attends school every day", visit.analysis().get(0).text(),
                "Check attendance with the school", "8 December 2026", "Information supplied by",
                "Sam Patel (student social worker), who was at the visit", "visit-2")) {
            assertTrue(html.contains(shown), "the page shows: " + shown);
        }
        assertFalse(html.contains("Failed visit"), "a completed visit is not shown as failed");
        assertFalse(html.contains("Actions after failed visit"));

        // R11-fact-opinion: facts, the family's views and the practitioner's assessment sit in separate, labelled groups.
        int facts = html.indexOf("ds-group--fact");
        int views = html.indexOf("ds-group--views");
        int assessment = html.indexOf("ds-group--assessment");
        assertTrue(facts > 0 && views > facts && assessment > views, "three groups in reading order");
        assertTrue(between(html, visit.narrative(), facts, views), "the narrative is in the fact group");
        assertTrue(between(html, visit.informationExchanged(), facts, views), "information exchanged is fact");
        assertTrue(between(html, visit.childViews(), views, assessment), "the child's views are in the views group");
        assertTrue(html.indexOf(visit.relationshipQuality()) > assessment, "relationship quality is assessment");
        assertTrue(html.indexOf(visit.analysis().get(0).text()) > assessment, "the analysis is assessment");
        assertTrue(html.contains(">Opinion</strong>"), "a reported opinion is labelled as opinion");
    }

    @Test
    @DisplayName("R5.2-failed: a failed visit shows as failed with the actions taken, no child or views sections, and is listed on the dashboard")
    void failedVisit() {
        String team = TestWorld.unique("Failed Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Noah Williams");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote failed = tablet.noResponse(caseId);
        tablet.post(tablet.sign(failed)).then().statusCode(201);
        VisitNote completed = tablet.visit(caseId);
        tablet.post(tablet.sign(completed)).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);

        web.get("/workspace/visits/" + failed.noteId()).then().statusCode(200)
                .body(containsString("Failed visit: No response at the door. The child was not seen."))
                .body(containsString("Actions after failed visit"))
                .body(containsString(failed.actionsAfterFailedVisit()))
                .body(containsString(failed.narrative()))
                .body(containsString("Unannounced visit"))
                .body(not(containsString("id=\"child\"")))
                .body(not(containsString("views-heading")))
                .body(not(containsString("Privacy notice given")))
                .body(not(containsString("assessment-heading")));

        String board = web.get("/workspace").then().statusCode(200).extract().asString();
        int section = board.indexOf("id=\"failed\"");
        int next = board.indexOf("id=\"summaries\"");
        assertTrue(section > 0 && next > section);
        String listed = board.substring(section, next);
        assertTrue(listed.contains("/workspace/visits/" + failed.noteId()), "the failed visit is listed");
        assertTrue(listed.contains("Failed visit: No response at the door"));
        assertFalse(listed.contains(completed.noteId()), "a completed visit is not");
        assertTrue(board.contains("<span class=\"ds-card__number\">1</span> <span class=\"ds-card__label\">failed visit"));
    }

    @Test
    @DisplayName("R1-sketch: a sketch shows inline as SVG with its caption and mark table; markup in it is text; the SVG export is authorized and logged")
    void sketchInline() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        Sketch sketch = hostileSketch();
        VisitNote visit = Tablet.withSketches(tablet.visit(caseId), sketch);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR);
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);

        Mark bruise = sketch.marks().get(0);
        String html = web.get("/workspace/visits/" + visit.noteId()).then().statusCode(200).extract().asString();
        assertTrue(html.contains(SketchSvg.render(sketch)), "the renderer's SVG is inlined as it is");
        assertTrue(html.contains("Marks on sketch 1"));
        for (String shown : List.of(bruise.site(), "3.5", "oval", "purple, yellow", "scab", "Monday evening",
                "She fell off her bike at the park", ">Seen<", ">Reported<", "Download sketch 1 as SVG")) {
            assertTrue(html.contains(shown), "the mark table shows: " + shown);
        }
        assertFalse(html.contains("<script>window.hacked"), "no markup from the note runs");
        assertTrue(html.contains("&lt;script&gt;window.hacked=1&lt;/script&gt; Bruise"), "the caption is text");
        assertTrue(html.contains("&lt;script&gt;window.hacked=2&lt;/script&gt; I fell"), "the explanation is text");

        long viewsBefore = world.accessLogged(caseId, supervisor);
        String svg = web.get(VisitPage.sketchPath(visit.noteId(), 1)).then().statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertEquals(SketchSvg.render(sketch), svg);
        assertEquals(viewsBefore + 1, world.accessLogged(caseId, supervisor), "the export is in the access log");
        web.get(VisitPage.sketchPath(visit.noteId(), 2)).then().statusCode(404);
        WebSession.signIn(world.staff(Staff.SUPERVISOR, "South Team"), TestWorld.PASSWORD)
                .get(VisitPage.sketchPath(visit.noteId(), 1)).then().statusCode(404);
        WebSession.signIn(world.staff(Staff.PRACTITIONER), TestWorld.PASSWORD)
                .get(VisitPage.sketchPath(visit.noteId(), 1)).then().statusCode(403);
        given().redirects().follow(false).get(VisitPage.sketchPath(visit.noteId(), 1)).then().statusCode(302);
    }

    /** The test body map with markup in its caption and in the child's explanation of mark 1. */
    static Sketch hostileSketch() {
        Sketch base = SignedSketchTest.bodyMap();
        Mark m = base.marks().get(0);
        Mark hostile = new Mark(m.number(), m.x(), m.y(), m.regionId(), m.site(), m.sizeCm(), m.shape(), m.colours(),
                m.skinBroken(), m.swelling(), m.surface(), "<script>window.hacked=2</script> I fell off my bike",
                m.carerExplanation(), m.basis(), m.firstNoticed());
        return Sketch.of(base.templateId(), "<script>window.hacked=1</script> Bruise on the left forearm", base.width(),
                base.height(), base.strokes(), List.of(hostile, base.marks().get(1)));
    }

    private static boolean between(String html, String text, int from, int to) {
        int at = html.indexOf(text, from);
        return at > from && at < to;
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
    @DisplayName("R12-oversight: the old HTTP Basic supervisor URLs for the queue and a visit move permanently to the workspace")
    void oldUrlsRedirect() {
        given().redirects().follow(false).get("/supervisor/visits").then().statusCode(301)
                .header("Location", endsWith("/workspace/queue"));
        given().redirects().follow(false).get("/supervisor/visits/abc").then().statusCode(301)
                .header("Location", endsWith("/workspace/visits/abc"));
    }
}
