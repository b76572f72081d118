package org.doorstep.server.devices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseRecord;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The tablets page over HTTP: list, revoke with a reason, its effect on the API, refusals, roles (R15-lost-device). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class DevicePagesTest {

    private static final String PAGE = "/workspace/devices";

    @Inject
    TestWorld world;

    private static String revokePage(String deviceId) {
        return PAGE + "/" + deviceId + "/revoke";
    }

    private static Map<String, String> lost() {
        return Map.of("reason", "Reported lost on the bus, 26 Nov", "confirm", "yes");
    }

    /** The table row of one device, so a check cannot pass on another row's text. */
    private static String row(String html, String deviceId) {
        int at = html.indexOf("data-device=\"" + deviceId + "\"");
        assertTrue(at > 0, "the table lists " + deviceId);
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    @DisplayName("R15-lost-device: a manager revokes a tablet with a reason; its token stops working at once and it gets no new one; "
            + "notes it sent before stay in the record, signatures verified; the page shows who, when and why")
    void managerRevokes() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String manager = world.staff(Staff.MANAGER, team);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote before = tablet.visit(caseId);
        tablet.post(tablet.sign(before)).then().statusCode(201);
        WebSession web = WebSession.signIn(manager, TestWorld.PASSWORD);

        String list = web.get(PAGE).then().statusCode(200).contentType("text/html")
                .body(containsString("href=\"/workspace/devices\" aria-current=\"page\">Tablets"))
                .extract().asString();
        String active = row(list, tablet.deviceId);
        assertTrue(active.contains("Test practitioner") && active.contains(practitioner), "practitioner's name and username");
        assertTrue(active.contains("Test tablet"), "the name given at enrolment");
        assertTrue(active.contains(tablet.deviceId));
        assertTrue(active.contains(">Active</strong>"));
        assertTrue(active.contains("Last token issued</dt><dd>"), "the row has a last-token entry");
        assertFalse(active.contains("Last token issued</dt><dd>Never"), "the token the tablet got is shown");
        assertTrue(active.contains("href=\"/workspace/devices/" + tablet.deviceId + "/revoke\""));

        web.get(revokePage(tablet.deviceId)).then().statusCode(200)
                .body(containsString("Revoke this tablet"))
                .body(containsString("action=\"/workspace/devices/" + tablet.deviceId + "/revoke\""))
                .body(containsString(tablet.deviceId));
        String oldToken = tablet.token;
        web.post(revokePage(tablet.deviceId), revokePage(tablet.deviceId), lost()).then().statusCode(303)
                .header("Location", endsWith(PAGE + "?revoked=" + tablet.deviceId));

        Object[] stored = world.revocation(tablet.deviceId);
        assertNotNull(stored[0], "revoked_at");
        assertEquals(manager, stored[1]);
        assertEquals("Reported lost on the bus, 26 Nov", stored[2]);
        assertEquals(0, world.liveTokens(tablet.deviceId), "its unexpired tokens went with the revocation");

        // The very next request with the token it held is refused, and it cannot get another.
        tablet.token = oldToken;
        VisitNote after = tablet.visit(caseId, "Signed after the tablet was lost.");
        tablet.post(tablet.sign(after)).then().statusCode(401).body(containsString("invalid-token"));
        given().contentType(ContentType.JSON).body(Json.write(new ChallengeRequest(tablet.deviceId)))
                .post("/api/v1/tokens/challenges").then().statusCode(403).body(containsString("device-revoked"));
        assertEquals(0, world.notesWithId(after.noteId()));

        // What it sent before stays, verified against its stored key: on the supervisor's page and
        // for the practitioner's new tablet.
        assertEquals(1, world.entries(caseId));
        WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD).get("/workspace/visits/" + before.noteId())
                .then().statusCode(200).body(containsString("Signature verified.")).body(containsString(tablet.deviceId));
        CaseRecord record = Json.read(Tablet.enrolled(practitioner).record(caseId).then().statusCode(200).extract().asString(),
                CaseRecord.class);
        assertEquals(before, record.entries().get(0).visit());
        assertTrue(record.entries().get(0).signatureVerified());
        assertTrue(record.chainIntact());

        String revoked = web.get(PAGE + "?revoked=" + tablet.deviceId).then().statusCode(200)
                .body(containsString("Tablet ‘Test tablet’ of Test practitioner"))
                .extract().asString();
        String r = row(revoked, tablet.deviceId);
        assertTrue(r.contains(">Revoked</strong>"));
        assertTrue(r.contains(" by Test manager " + manager.substring(manager.length() - 4)), r);
        assertTrue(r.contains("Reported lost on the bus, 26 Nov"));
        assertFalse(r.contains("/revoke\""), "no revoke link on a revoked tablet");
        assertTrue(r.contains("Last token issued</dt><dd>"), "the revoked row still has a last-token entry");
        assertFalse(r.contains("Last token issued</dt><dd>Never"), "the last token is still shown after its row went");
    }

    @Test
    @DisplayName("R15-lost-device: no reason or no confirmation is an error beside the field and changes nothing; revoking twice is refused with a message")
    void refusals() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String manager = world.staff(Staff.MANAGER, team);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        WebSession web = WebSession.signIn(manager, TestWorld.PASSWORD);
        String page = revokePage(tablet.deviceId);

        String noReason = web.post(page, page, Map.of("reason", "   ", "confirm", "yes")).then().statusCode(400)
                .contentType("text/html").extract().asString();
        assertTrue(noReason.contains("<title>Error: Revoke this tablet"));
        assertTrue(noReason.contains("<a href=\"#reason\">Enter why the tablet is revoked"), "the summary links to the field");
        assertTrue(noReason.contains("id=\"reason-error\""), "the message sits beside the field");
        assertTrue(noReason.contains("id=\"confirm\" name=\"confirm\" type=\"checkbox\" value=\"yes\" checked"), "the tick is kept");
        String noTick = web.post(page, page, Map.of("reason", "Left <b>on</b> the train")).then().statusCode(400)
                .extract().asString();
        assertTrue(noTick.contains("<a href=\"#confirm\">Confirm that you want to revoke this tablet"));
        assertTrue(noTick.contains("id=\"confirm-error\""));
        assertTrue(noTick.contains("Left &lt;b&gt;on&lt;/b&gt; the train</textarea>"), "what was typed is kept, as text");
        web.post(page, page, Map.of("reason", "x".repeat(org.doorstep.model.record.TextLimits.REVOCATION_REASON + 1), "confirm", "yes")).then().statusCode(400)
                .body(containsString("Reason must be 500 characters or fewer"));
        assertNull(world.revocation(tablet.deviceId)[0], "not revoked");
        tablet.post(tablet.sign(tablet.visit(caseId))).then().statusCode(201);

        web.post(page, page, lost()).then().statusCode(303);
        Object[] first = world.revocation(tablet.deviceId);
        String twice = web.post(PAGE, page, Map.of("reason", "Stolen from the car", "confirm", "yes")).then().statusCode(409)
                .extract().asString();
        assertTrue(twice.contains("This tablet was already revoked, so nothing was changed."));
        assertTrue(twice.contains("Reported lost on the bus, 26 Nov"), "it says when, by whom and why it was");
        assertFalse(twice.contains("id=\"revoke-button\""), "no form to try again");
        assertEquals(java.util.Arrays.asList(first), java.util.Arrays.asList(world.revocation(tablet.deviceId)), "nothing changed");
        web.get(page).then().statusCode(200).body(containsString("Tablet already revoked")).body(not(containsString("id=\"revoke-button\"")));
    }

    @Test
    @DisplayName("R15-lost-device R13-auth: a supervisor reads their team's tablets but cannot revoke (403); a practitioner gets no page; "
            + "a manager sees only their team's tablets; an admin sees and revokes any; a form without its CSRF token changes nothing")
    void roles() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        Tablet tablet = Tablet.enrolled(practitioner);
        Tablet elsewhere = Tablet.enrolled(world.staff(Staff.PRACTITIONER, TestWorld.unique("Other team")));
        String page = revokePage(tablet.deviceId);

        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String read = supervisor.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(row(read, tablet.deviceId).contains(">Active</strong>"));
        assertFalse(read.contains("data-device=\"" + elsewhere.deviceId + "\""), "not another team's tablet");
        assertTrue(read.contains("Only a manager or an admin can revoke a tablet"));
        assertFalse(read.contains("/revoke\""), "no revoke links for a supervisor");
        supervisor.get(page).then().statusCode(403);
        supervisor.post(PAGE, page, lost()).then().statusCode(403).contentType("text/html")
                .body(containsString("You cannot do that")).body(containsString("Revoking a tablet is for managers and admins"));
        assertNull(world.revocation(tablet.deviceId)[0]);

        WebSession practitionerWeb = WebSession.signIn(practitioner, TestWorld.PASSWORD);
        practitionerWeb.get(PAGE).then().statusCode(403).body(containsString("You do not have access"));
        practitionerWeb.request().contentType("application/x-www-form-urlencoded").formParams(lost()).post(page)
                .then().statusCode(403);
        given().redirects().follow(false).get(PAGE).then().statusCode(302).header("Location", containsString("/signin"));

        WebSession otherManager = WebSession.signIn(world.staff(Staff.MANAGER, TestWorld.unique("Other team")), TestWorld.PASSWORD);
        assertFalse(otherManager.get(PAGE).then().statusCode(200).extract().asString()
                .contains("data-device=\"" + tablet.deviceId + "\""), "another team's manager does not see it");
        otherManager.get(page).then().statusCode(404);
        otherManager.post(PAGE, page, lost()).then().statusCode(404);
        assertNull(world.revocation(tablet.deviceId)[0]);

        String manager = world.staff(Staff.MANAGER, team);
        WebSession.signIn(manager, TestWorld.PASSWORD).request().contentType("application/x-www-form-urlencoded")
                .formParams(lost()).post(page).then().statusCode(400);
        assertNull(world.revocation(tablet.deviceId)[0], "no CSRF token, nothing changed");

        String admin = world.staff(Staff.ADMIN, null);
        WebSession adminWeb = WebSession.signIn(admin, TestWorld.PASSWORD);
        String all = adminWeb.get(PAGE).then().statusCode(200).body(containsString("Every team")).extract().asString();
        assertTrue(all.contains(">Tablets</a>") && all.contains(">Form versions</a>") && !all.contains(">Dashboard</a>"));
        adminWeb.get(PAGE + "?page=0").then().statusCode(200);
        adminWeb.post(revokePage(elsewhere.deviceId), revokePage(elsewhere.deviceId), lost()).then().statusCode(303);
        assertEquals(admin, world.revocation(elsewhere.deviceId)[1]);
        assertNull(world.revocation(tablet.deviceId)[0], "only the one it revoked");
    }

    @Test
    @DisplayName("R15-lost-device: the tablets are listed newest enrolment first, a page at a time")
    void paging() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        String first = world.device(practitioner, "Tablet 0", start);
        String newest = null;
        for (int i = 1; i <= Devices.PAGE; i++) {
            newest = world.device(practitioner, "Tablet " + i, start.plus(i, ChronoUnit.DAYS));
        }
        WebSession web = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);

        String one = web.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(one.contains((Devices.PAGE + 1) + " tablets are enrolled; this page shows 1 to " + Devices.PAGE + "."));
        assertTrue(one.indexOf("data-device=\"" + newest + "\"") < one.indexOf("Tablet 24<"), "newest first");
        assertFalse(one.contains("data-device=\"" + first + "\""), "the oldest is on the next page");
        assertTrue(one.contains("href=\"/workspace/devices?page=1\" rel=\"next\""));
        assertTrue(row(one, newest).contains("Last token issued</dt><dd>Never"));
        String two = web.get(PAGE + "?page=1").then().statusCode(200).extract().asString();
        assertTrue(two.contains("data-device=\"" + first + "\""));
        assertTrue(two.contains("this page shows " + (Devices.PAGE + 1) + " to " + (Devices.PAGE + 1) + "."));
        assertTrue(two.contains("href=\"/workspace/devices?page=0\" rel=\"prev\""));
        assertFalse(two.contains("rel=\"next\""));
    }
}
