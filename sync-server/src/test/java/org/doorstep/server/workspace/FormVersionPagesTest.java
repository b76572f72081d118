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
import org.doorstep.server.forms.FormWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The form versions page over HTTP: register, approve, retire, their rules, and who may do what (R2-form-approval). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class FormVersionPagesTest {

    private static final String PAGE = "/workspace/forms";

    @Inject
    TestWorld world;

    @Inject
    FormWorld forms;

    private static Map<String, String> registration(String id) {
        return Map.of("version", id, "title", "Visit form " + id, "description", "Asks about school attendance.");
    }

    /** The table row of one version, so a check cannot pass on another row's text. */
    private static String row(String html, String id) {
        int at = html.indexOf("data-version=\"" + id + "\"");
        assertTrue(at > 0, "the table lists " + id);
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    @DisplayName("R2-form-approval: a manager registers a version (proposed), approves it with a confirmation and comment, retires it with a reason; the table shows each status with who and when")
    void lifecycle() {
        String manager = world.staff(Staff.MANAGER);
        WebSession web = WebSession.signIn(manager, TestWorld.PASSWORD);
        String id = FormWorld.newId();
        String name = "Test manager " + manager.substring(manager.length() - 4);

        String page = web.get(PAGE).then().statusCode(200).contentType("text/html")
                .body(containsString("Visit form versions"))
                .body(containsString("href=\"/workspace/forms\" aria-current=\"page\">Form versions"))
                .extract().asString();
        assertTrue(row(page, "visit-2").contains(">Approved</strong>"), "the seeded versions stay approved");
        assertTrue(row(page, "visit-1").contains("Visit form 1"));

        web.post(PAGE, PAGE, registration(" " + id + " ")).then().statusCode(303)
                .header("Location", endsWith(PAGE + "?registered=" + id));
        assertEquals("proposed", forms.status(id));
        String proposed = web.get(PAGE + "?registered=" + id).then().statusCode(200)
                .body(containsString("Version " + id + " registered"))
                .body(containsString("action=\"/workspace/forms/" + id + "/approve\""))
                .extract().asString();
        assertTrue(row(proposed, id).contains(">Proposed</strong>"));
        assertTrue(row(proposed, id).contains("Asks about school attendance."));
        assertTrue(row(proposed, id).contains(name), "who registered it");

        web.post(PAGE, PAGE + "/" + id + "/approve", Map.of("confirm", "yes", "comment", "Checked with the practice lead."))
                .then().statusCode(303).header("Location", endsWith(PAGE + "?approved=" + id));
        assertEquals("approved", forms.status(id));
        String approved = web.get(PAGE + "?approved=" + id).then().statusCode(200)
                .body(containsString("Version " + id + " approved"))
                .body(not(containsString("action=\"/workspace/forms/" + id + "/approve\"")))
                .body(containsString("value=\"" + id + "\""))
                .extract().asString();
        assertTrue(row(approved, id).contains(">Approved</strong>"));
        assertTrue(row(approved, id).contains("Checked with the practice lead."));

        web.post(PAGE, PAGE + "/retire", Map.of("version", id, "reason", "Replaced by visit-2"))
                .then().statusCode(303).header("Location", endsWith(PAGE + "?retired=" + id));
        assertEquals("retired", forms.status(id));
        String retired = web.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(row(retired, id).contains(">Retired</strong>"));
        assertTrue(row(retired, id).contains(name + ", "));
        assertTrue(row(retired, id).contains(": Replaced by visit-2"));
        assertTrue(row(retired, id).contains("Registered") && row(retired, id).contains("Approved"), "the history stays");
    }

    @Test
    @DisplayName("R2-form-approval: a bad registration, an approval without confirmation, a retirement without a reason or of a version not approved: errors shown GOV.UK style, nothing changes")
    void refusals() {
        String manager = world.staff(Staff.MANAGER);
        WebSession web = WebSession.signIn(manager, TestWorld.PASSWORD);
        long before = forms.count();

        String bad = web.post(PAGE, PAGE, Map.of("version", "Visit 3", "title", " ", "description", "<b>new</b>"))
                .then().statusCode(400).contentType("text/html").extract().asString();
        assertTrue(bad.contains("<title>Error: Visit form versions"));
        assertTrue(bad.contains("govuk-error-summary"));
        assertTrue(bad.contains("<a href=\"#version\">Version id must start with a letter"), "the summary links to the field");
        assertTrue(bad.contains("<a href=\"#title\">Enter a title"));
        assertTrue(bad.contains("id=\"version-error\""), "the message sits beside the field too");
        assertTrue(bad.contains("value=\"Visit 3\""), "what was typed is kept");
        assertTrue(bad.contains("&lt;b&gt;new&lt;/b&gt;</textarea>"), "and shown as text");
        web.post(PAGE, PAGE, registration("visit-2")).then().statusCode(400)
                .body(containsString("Version visit-2 is already registered; choose a new id"));
        assertEquals(before, forms.count(), "nothing registered");

        String id = forms.proposed(manager);
        web.post(PAGE, PAGE + "/" + id + "/approve", Map.of("comment", "Looks fine")).then().statusCode(400)
                .body(containsString("<a href=\"#confirm-" + id + "\">Confirm that you have checked version " + id))
                .body(containsString("id=\"confirm-" + id + "-error\""))
                .body(containsString("Looks fine</textarea>"));
        assertEquals("proposed", forms.status(id));
        web.post(PAGE, PAGE + "/retire", Map.of("version", id, "reason", "Not needed")).then().statusCode(400)
                .body(containsString("only an approved version can be retired"));
        assertEquals("proposed", forms.status(id));

        forms.approveProposed(manager, id);
        web.post(PAGE, PAGE + "/" + id + "/approve", Map.of("confirm", "yes")).then().statusCode(400)
                .body(containsString("Version " + id + " is approved; only a proposed version can be approved"));
        web.post(PAGE, PAGE + "/retire", Map.of("version", id, "reason", "  ")).then().statusCode(400)
                .body(containsString("<a href=\"#reason\">Enter why the version is retired"))
                .body(containsString("id=\"reason-error\""));
        web.post(PAGE, PAGE + "/retire", Map.of("reason", "Old")).then().statusCode(400)
                .body(containsString("<a href=\"#retire-version\">Choose the version to retire"));
        assertEquals("approved", forms.status(id));

        forms.retire(manager, id, "Replaced");
        web.post(PAGE, PAGE + "/" + id + "/approve", Map.of("confirm", "yes")).then().statusCode(400)
                .body(containsString("is retired; only a proposed version can be approved"));
        assertEquals("retired", forms.status(id));
        web.post(PAGE, PAGE + "/no-such-version/approve", Map.of("confirm", "yes")).then().statusCode(404);
        assertEquals(before + 1, forms.count(), "rows are never deleted, only the one test version added");
    }

    @Test
    @DisplayName("R2-form-approval R13-auth: a supervisor reads the page but cannot approve, retire or register; an admin registers but cannot approve or retire; a practitioner gets no page")
    void roles() {
        String manager = world.staff(Staff.MANAGER);
        String id = forms.proposed(manager);
        String approved = forms.approved(manager);

        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String read = supervisor.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(row(read, id).contains(">Proposed</strong>"));
        assertTrue(read.contains("Only a manager can approve or retire a version"));
        assertTrue(!read.contains("/approve\"") && !read.contains("action=\"/workspace/forms/retire\"")
                && !read.contains("id=\"register-button\""), "no forms for a supervisor");
        assertTrue(read.contains(">Dashboard</a>") && read.contains(">Form versions</a>"));
        supervisor.post(PAGE, PAGE + "/" + id + "/approve", Map.of("confirm", "yes")).then().statusCode(403)
                .contentType("text/html").body(containsString("You cannot do that"))
                .body(containsString("Approving and retiring visit form versions is for managers"));
        supervisor.post(PAGE, PAGE + "/retire", Map.of("version", approved, "reason", "Why not")).then().statusCode(403);
        supervisor.post(PAGE, PAGE, registration(FormWorld.newId())).then().statusCode(403);
        assertEquals("proposed", forms.status(id));
        assertEquals("approved", forms.status(approved));

        String admin = world.staff(Staff.ADMIN);
        WebSession web = WebSession.signIn(admin, TestWorld.PASSWORD);
        web.get("/workspace").then().statusCode(303).header("Location", endsWith(PAGE));
        web.get("/").then().statusCode(303).header("Location", endsWith(PAGE));
        web.get("/workspace/queue").then().statusCode(403).body(containsString("An admin looks after the visit form versions"));
        String adminPage = web.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(adminPage.contains("id=\"register-button\"") && !adminPage.contains("/approve\""));
        assertTrue(!adminPage.contains(">Dashboard</a>"), "an admin is not offered the case pages");
        String registered = FormWorld.newId();
        web.post(PAGE, PAGE, registration(registered)).then().statusCode(303);
        assertEquals("proposed", forms.status(registered));
        web.post(PAGE, PAGE + "/" + registered + "/approve", Map.of("confirm", "yes")).then().statusCode(403);
        web.post(PAGE, PAGE + "/retire", Map.of("version", approved, "reason", "Why not")).then().statusCode(403);
        assertEquals("proposed", forms.status(registered));
        assertEquals("approved", forms.status(approved));

        WebSession.signIn(world.staff(Staff.PRACTITIONER), TestWorld.PASSWORD).get(PAGE).then().statusCode(403)
                .body(containsString("You do not have access"));
        given().redirects().follow(false).get(PAGE).then().statusCode(302).header("Location", containsString("/signin"));

        // A form without its CSRF token changes nothing.
        WebSession.signIn(manager, TestWorld.PASSWORD).request().contentType("application/x-www-form-urlencoded")
                .formParam("confirm", "yes").post(PAGE + "/" + id + "/approve").then().statusCode(400);
        assertEquals("proposed", forms.status(id));
    }

    @Test
    @DisplayName("R2-form-approval R1-contemporaneous: a visit stored on a version that is later retired stays in the record and still shows, signature verified")
    void storedNoteOnRetiredVersion() {
        String manager = world.staff(Staff.MANAGER);
        String version = forms.approved(manager);
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = Tablet.with(tablet.visit(caseId), n -> n.put("formVersion", version));
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        forms.retire(manager, version, "Replaced");

        WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD).get("/workspace/visits/" + visit.noteId())
                .then().statusCode(200)
                .body(containsString("Signature verified"))
                .body(containsString(visit.narrative()))
                .body(containsString(version));
        assertEquals(1, world.entries(caseId));
    }
}
