package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11, headers and errors: what a browser is told to enforce, and how bad addresses are answered. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(org.doorstep.server.TestTls.class)
class HeadersAndErrorsTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/signin", tls = true)
    java.net.URL signinOverTls;

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle=\"|\\son[a-z]+=\"|javascript:", Pattern.CASE_INSENSITIVE);

    @Inject
    TestWorld world;

    record Team(String supervisor, String caseId, VisitNote visit) {
    }

    private Team teamWithAVisit(String team, String child) {
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, child);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        return new Team(world.staff(Staff.SUPERVISOR, team), caseId, visit);
    }

    @Test
    @DisplayName("R13-auth: every workspace page carries a self-only CSP without inline script, frame-ancestors none, X-Frame-Options DENY, no-store, Referrer-Policy; and no page holds inline script or style")
    void everyPageCarriesTheHeaders() {
        Team t = teamWithAVisit(TestWorld.unique("Headers team"), "Header Child");
        WebSession web = WebSession.signIn(t.supervisor(), TestWorld.PASSWORD);
        List<String> pages = List.of("/workspace", "/workspace/queue", "/workspace/visits/" + t.visit().noteId(),
                "/workspace/cases/" + t.caseId(), "/workspace/cases/" + t.caseId() + "/access-log",
                "/workspace/cases/" + t.caseId() + "/summaries", "/workspace/cases/" + t.caseId() + "/corrections/new",
                "/workspace/forms", "/workspace/devices", "/workspace/cases/" + t.caseId() + "/chronology.pdf",
                "/workspace/no-such-page");
        for (String page : pages) {
            Response r = web.get(page);
            assertSecurityHeaders(page, r);
            assertEquals("no-store", r.header("Cache-Control"), page + " must not be kept by a shared PC's browser");
            if (r.contentType().startsWith("text/html")) {
                String html = r.asString();
                assertFalse(INLINE_SCRIPT.matcher(html).find(), page + " holds an inline script");
                assertFalse(INLINE_STYLE.matcher(html).find(), page + " holds inline style or an event handler");
            }
        }
        Response signin = given().get("/signin");
        assertSecurityHeaders("/signin", signin);
        assertFalse(INLINE_SCRIPT.matcher(signin.asString()).find(), "the sign-in page holds an inline script");
        Response api = given().get("/api/v1/server-key");
        assertSecurityHeaders("/api/v1/server-key", api);
        assertNotNull(given().get("/css/doorstep.css").header("Cache-Control"), "style sheets may still be cached");
        assertFalse("no-store".equals(given().get("/css/doorstep.css").header("Cache-Control")));
    }

    @Test
    @DisplayName("R13-auth: over TLS every response carries Strict-Transport-Security; over plain HTTP it does not")
    void hstsOnlyOverTls() {
        Response tls = given().relaxedHTTPSValidation().get(signinOverTls.toString());
        assertEquals(200, tls.statusCode());
        String hsts = tls.header("Strict-Transport-Security");
        assertNotNull(hsts, "HSTS over TLS");
        assertTrue(hsts.contains("max-age=31536000"), hsts);
        assertSecurityHeaders("/signin over TLS", tls);
        assertEquals(null, given().get("/signin").header("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    private static void assertSecurityHeaders(String page, Response r) {
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, page + " has no Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), page + ": " + csp);
        assertEquals("DENY", r.header("X-Frame-Options"), page);
        assertEquals("no-referrer", r.header("Referrer-Policy"), page);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), page);
    }

    @Test
    @DisplayName("R12-oversight: a page number past the end, negative, huge or not a number shows a real page of the queue, the case's chronology and the access log, never a 500")
    void pageNumbersNeverFail() {
        Team t = teamWithAVisit(TestWorld.unique("Paging team"), "Paging Child");
        WebSession web = WebSession.signIn(t.supervisor(), TestWorld.PASSWORD);
        for (String page : List.of("2147483647", "-1", "-2147483648", "99999999999999999999", "abc", "1e3", "")) {
            web.get("/workspace/queue?page=" + page).then().statusCode(200)
                    .body(containsString("/workspace/visits/" + t.visit().noteId()));
            web.get("/workspace/cases/" + t.caseId() + "?page=" + page).then().statusCode(200)
                    .body(containsString("Paging Child"));
            web.get("/workspace/cases/" + t.caseId() + "/access-log?page=" + page).then().statusCode(200)
                    .body(containsString(t.supervisor()));
            web.get("/workspace/devices?page=" + page).then().statusCode(200);
        }
        web.get("/workspace/cases/" + t.caseId() + "?before=abc").then().statusCode(200).body(containsString("Paging Child"));
    }

    @Test
    @DisplayName("R12-oversight: a workspace address that fails answers an HTML page in the workspace's look, not the API's JSON")
    void failingPagesAnswerWithAPage() {
        Team t = teamWithAVisit(TestWorld.unique("Error team"), "Error Child");
        WebSession web = WebSession.signIn(t.supervisor(), TestWorld.PASSWORD);
        web.get("/workspace/no-such-page").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found")).body(containsString("govuk-template"))
                .body(not(containsString("Nothing was lost on the device")));
        web.request().contentType("application/x-www-form-urlencoded").formParam("comment", "x")
                .put("/workspace/visits/" + t.visit().noteId() + "/sign-off")
                .then().statusCode(405).contentType(containsString("text/html")).body(containsString("govuk-template"));
        web.get("/workspace/visits/" + t.visit().noteId() + "/sketches/99999.svg").then().statusCode(404)
                .contentType(containsString("text/html"));
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("R12-oversight: a supervisor cannot read another team's child's name through the queue's signedOff address")
    void signedOffNamesOnlyOwnTeamsChild() {
        Team other = teamWithAVisit(TestWorld.unique("Other team"), "Secret Otherteam-Child");
        Team mine = teamWithAVisit(TestWorld.unique("My team"), "Mine Child");
        WebSession web = WebSession.signIn(mine.supervisor(), TestWorld.PASSWORD);
        web.get("/workspace/queue?signedOff=" + other.visit().noteId()).then().statusCode(200)
                .body(not(containsString("Secret Otherteam-Child")));
        web.get("/workspace/queue?signedOff=" + mine.visit().noteId()).then().statusCode(200)
                .body(containsString("Mine Child"));
    }

    @Test
    @DisplayName("R13-auth: the API is published as OpenAPI at /q/openapi with every operation the server has")
    void openApiListsEveryOperation() {
        String doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/enrolments", "/api/v1/tokens/challenges", "/api/v1/tokens", "/api/v1/caseload",
                "/api/v1/notes", "/api/v1/notes/batch", "/api/v1/cases/{caseId}/record", "/api/v1/cases/{caseId}/proposals",
                "/api/v1/cases/{caseId}/chronology", "/api/v1/cases/{caseId}/contacts", "/api/v1/server-key")) {
            assertTrue(doc.contains("\"" + path + "\""), "OpenAPI lacks " + path);
        }
        for (String path : ApiOperations.paths()) {
            assertTrue(doc.contains("\"" + path + "\""), "OpenAPI lacks " + path + ", found on a resource");
        }
    }
}
