package org.doorstep.server.authz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
 * Every workspace route and every /api/v1 endpoint, asked by each kind of caller about their own team's
 * things and another team's (R13-auth, R13-accounts, R12-oversight, R14-cover). Each row says once who
 * may use the route and how it is scoped; each cell's expected answer follows from that row, and every
 * cell is asked for real, over HTTP, against real MariaDB. All mismatches are reported together.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuthorizationMatrixTest {

    /** Who asks. */
    enum Caller { PRACTITIONER, SUPERVISOR, MANAGER, ADMIN, DISABLED, SIGNED_OUT }

    /** The answer, as a class: the handler was reached, refused by role, hidden (another team's), or sign in first. */
    enum Answer { OK, REFUSED, HIDDEN, SIGN_IN }

    /** How a route's thing is scoped: by team (another team's is hidden), by person (a manager's own team, an admin's all), or not at all. */
    enum Scope { TEAM, PERSON, NONE, MISSING }

    /** Who may use a route: the web roles allowed (S, M, A), or P for a tablet's practitioner on /api/v1. */
    record Route(String method, String path, String roles, Scope scope, boolean multipart) {
        Answer expected(Caller c, boolean own) {
            if (c == Caller.SIGNED_OUT || c == Caller.DISABLED) {
                return roles.equals("public") ? Answer.OK : Answer.SIGN_IN;
            }
            String letter = switch (c) {
                case PRACTITIONER -> "P";
                case SUPERVISOR -> "S";
                case MANAGER -> "M";
                default -> "A";
            };
            if (roles.equals("public") || roles.equals("any")) {
                return Answer.OK;
            }
            if (path.startsWith("/api/")) {
                // The API answers a tablet's bearer token only; a web session is no token.
                return c != Caller.PRACTITIONER ? Answer.SIGN_IN : scope == Scope.TEAM && !own ? Answer.REFUSED : Answer.OK;
            }
            if (!roles.contains(letter)) {
                return Answer.REFUSED;
            }
            return switch (scope) {
                case NONE -> Answer.OK;
                case MISSING -> Answer.HIDDEN;
                case TEAM -> own && c != Caller.ADMIN ? Answer.OK : Answer.HIDDEN;
                case PERSON -> own || c == Caller.ADMIN ? Answer.OK : Answer.HIDDEN;
            };
        }
    }

    static Route get(String path, String roles, Scope scope) {
        return new Route("GET", path, roles, scope, false);
    }

    static Route post(String path, String roles, Scope scope) {
        return new Route("POST", path, roles, scope, false);
    }

    /** Every route, written once: {case} {note} {person} {device} {request} {rec} stand for the own or other team's thing. */
    static final List<Route> ROUTES = List.of(
            // An admin asking for the dashboard is sent to their own start page, Form versions: not the dashboard.
            get("/workspace", "SMA", Scope.NONE),
            get("/workspace/queue", "SM", Scope.NONE),
            get("/workspace/updates", "SM", Scope.NONE),
            get("/workspace/visits/{note}", "SM", Scope.TEAM),
            get("/workspace/visits/{note}/sketches/1.svg", "SM", Scope.MISSING),
            post("/workspace/visits/{note}/sign-off", "SM", Scope.TEAM),
            get("/workspace/cases/{case}", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/decisions", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/proposals/999999/confirm", "SM", Scope.MISSING),
            post("/workspace/cases/{case}/proposals/999999/reject", "SM", Scope.MISSING),
            get("/workspace/cases/{case}/access-log", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/chronology.pdf", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/basic-record/nhs-number", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/basic-record/facts", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/basic-record/identity", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/basic-record/household", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/basic-record/household/left", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/corrections/new", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/corrections", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/corrections/{request}", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/corrections/{request}/answer", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/summaries", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/summaries", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/contacts/new", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/contacts/new", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/chronology/new", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/chronology/new", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/plan", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/plan", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/plan/{rec}", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/plan/{rec}/change", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/plan/{rec}/retire", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/cover", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/cover", "SM", Scope.TEAM),
            // A grant ends once: the first caller would end it for the others, so the row asks for one that does not exist.
            post("/workspace/cases/{case}/cover/999999/end", "SM", Scope.MISSING),
            get("/workspace/cases/{case}/manage", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/manage/allocate", "M", Scope.TEAM),
            post("/workspace/cases/{case}/manage/allocate", "M", Scope.TEAM),
            get("/workspace/cases/{case}/manage/transfer", "M", Scope.TEAM),
            post("/workspace/cases/{case}/manage/transfer", "M", Scope.TEAM),
            get("/workspace/cases/{case}/manage/close", "M", Scope.TEAM),
            post("/workspace/cases/{case}/manage/close", "M", Scope.TEAM),
            get("/workspace/cases/{case}/manage/reopen", "M", Scope.TEAM),
            post("/workspace/cases/{case}/manage/reopen", "M", Scope.TEAM),
            get("/workspace/cases/{case}/manage/identity/legal-name", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/manage/identity/legal-name", "SM", Scope.TEAM),
            // Issue 11: every growing list of a case, page by page.
            get("/workspace/cases/{case}/history/decisions", "SM", Scope.TEAM),
            // Issue 13: restrictions, consent and sharing, requests to see the record.
            get("/workspace/cases/{case}/restrictions", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/restrictions", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/restrictions/999999/confirm", "M", Scope.MISSING),
            post("/workspace/cases/{case}/restrictions/999999/lift", "M", Scope.MISSING),
            get("/workspace/cases/{case}/sharing", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/sharing/consents", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/sharing/consents/999999/withdraw", "SM", Scope.MISSING),
            post("/workspace/cases/{case}/sharing/disclosures", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/access-requests", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/access-requests", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/access-requests/999999", "SM", Scope.MISSING),
            get("/workspace/cases/{case}/access-requests/999999/bundle.pdf", "M", Scope.MISSING),
            post("/workspace/cases/{case}/access-requests/999999/consultations", "M", Scope.MISSING),
            post("/workspace/cases/{case}/access-requests/999999/consultations/999999/answer", "M", Scope.MISSING),
            post("/workspace/cases/{case}/access-requests/999999/release", "M", Scope.MISSING),
            // Issue 13: documents and photos of a case (the tablet's PUT of a file's bytes is in AttachmentsTest).
            get("/workspace/cases/{case}/files", "SM", Scope.TEAM),
            new Route("POST", "/workspace/cases/{case}/files", "SM", Scope.TEAM, true),
            get("/workspace/cases/{case}/files/" + "0".repeat(64), "SM", Scope.MISSING),
            // Issue 15: the child's property, audit sampling, plain-language advice.
            get("/workspace/cases/{case}/property", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/property", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/property/999999/moves", "SM", Scope.MISSING),
            get("/workspace/cases/{case}/genogram", "SM", Scope.TEAM),
            get("/workspace/cases/{case}/genogram/genogram.svg", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/genogram/people", "SM", Scope.TEAM),
            post("/workspace/cases/{case}/genogram/relationships", "SM", Scope.TEAM),
            get("/workspace/audit", "M", Scope.NONE),
            post("/workspace/audit", "M", Scope.NONE),
            get("/workspace/audit/samples/999999", "M", Scope.MISSING),
            post("/workspace/audit/samples/999999/visits/{note}/grade", "M", Scope.MISSING),
            post("/workspace/plain-language", "SM", Scope.NONE),
            get("/workspace/allocations", "SM", Scope.NONE),
            get("/workspace/allocations/open", "M", Scope.NONE),
            post("/workspace/allocations/open", "M", Scope.NONE),
            get("/workspace/allocations/transfers/999999", "M", Scope.MISSING),
            post("/workspace/allocations/transfers/999999", "M", Scope.MISSING),
            get("/workspace/forms", "SMA", Scope.NONE),
            post("/workspace/forms", "MA", Scope.NONE),
            post("/workspace/forms/999/approve", "M", Scope.MISSING),
            post("/workspace/forms/retire", "M", Scope.NONE),
            get("/workspace/devices", "SMA", Scope.NONE),
            post("/workspace/devices/{device}/approve", "SM", Scope.TEAM),
            get("/workspace/devices/{device}/revoke", "MA", Scope.PERSON),
            post("/workspace/devices/{device}/revoke", "MA", Scope.PERSON),
            get("/workspace/people", "MA", Scope.NONE),
            post("/workspace/people/teams", "MA", Scope.NONE),
            get("/workspace/people/new", "MA", Scope.NONE),
            post("/workspace/people/new", "MA", Scope.NONE),
            get("/workspace/people/{person}", "MA", Scope.PERSON),
            post("/workspace/people/{person}/team", "MA", Scope.PERSON),
            post("/workspace/people/{person}/password", "MA", Scope.PERSON),
            get("/workspace/people/{person}/disable", "MA", Scope.PERSON),
            post("/workspace/people/{person}/disable", "MA", Scope.PERSON),
            post("/workspace/people/{person}/enable", "MA", Scope.PERSON),
            get("/workspace/import", "MA", Scope.NONE),
            new Route("POST", "/workspace/import", "MA", Scope.NONE, true),
            get("/workspace/sign-in-security", "A", Scope.NONE),
            // Unlocking a lock that is not there, or no longer there, is done already: back to the list.
            post("/workspace/sign-in-security/locks/999999/unlock", "A", Scope.NONE),
            get("/account/password", "any", Scope.NONE),
            post("/account/password", "any", Scope.NONE),
            get("/api/v1/caseload", "P", Scope.NONE),
            post("/api/v1/notes", "P", Scope.NONE),
            post("/api/v1/notes/batch", "P", Scope.NONE),
            get("/api/v1/cases/{case}/record", "P", Scope.TEAM),
            post("/api/v1/cases/{case}/chronology", "P", Scope.TEAM),
            post("/api/v1/cases/{case}/proposals", "P", Scope.TEAM),
            post("/api/v1/cases/{case}/contacts", "P", Scope.TEAM),
            get("/api/v1/server-key", "public", Scope.NONE));

    @Inject
    TestWorld world;

    /** The things of one team that routes name. */
    record Things(String caseId, String noteId, String person, String device, long request) {
        String fill(String path) {
            return path.replace("{case}", caseId).replace("{note}", noteId).replace("{person}", person)
                    .replace("{device}", device).replace("{request}", String.valueOf(request))
                    .replace("{rec}", TestWorld.recommendation(caseId));
        }
    }

    /** A caller: their web session (with a CSRF token) or their tablet's token. */
    record Client(WebSession web, String csrf, String bearer) {
    }

    private Things team(String team, WebSession supervisor, String practitioner, Tablet tablet) {
        String caseId = world.childCase(practitioner, "Matrix Child");
        VisitNote note = tablet.visit(caseId);
        tablet.post(tablet.sign(note)).then().statusCode(201);
        String person = world.staff(Staff.PRACTITIONER, team);
        Map<String, String> request = Map.of("receivedDay", "1", "receivedMonth", "12", "receivedYear", "2026",
                "requesterName", "Jade Smith", "relationship", "Mother", "whatIsWrong", "The date is wrong.",
                "askedFor", "Correct it.", "concernsNoteId", "");
        String location = supervisor.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/corrections", request)
                .then().statusCode(303).extract().header("Location");
        long requestId = Long.parseLong(location.replaceAll(".*/corrections/([0-9]+).*", "$1"));
        return new Things(caseId, note.noteId(), person, tablet.deviceId, requestId);
    }

    private static Client web(String username) {
        WebSession s = WebSession.signIn(username, TestWorld.PASSWORD);
        return new Client(s, s.csrfToken("/account/password"), null);
    }

    @Test
    @DisplayName("R13-auth, R13-accounts, R12-oversight: every workspace route and API endpoint x practitioner, supervisor, "
            + "manager, admin, disabled account and signed-out caller x own and other team answers as its row says")
    void everyRouteByEveryCaller() {
        String own = TestWorld.unique("Matrix Team");
        String other = TestWorld.unique("Other Matrix Team");
        String practitioner = world.staff(Staff.PRACTITIONER, own);
        String otherPractitioner = world.staff(Staff.PRACTITIONER, other);
        String supervisor = world.staff(Staff.SUPERVISOR, own);
        String leaver = world.staff(Staff.MANAGER, own);
        Tablet tablet = Tablet.enrolled(practitioner);
        Things mine = team(own, WebSession.signIn(supervisor, TestWorld.PASSWORD), practitioner, tablet);
        Things theirs = team(other, WebSession.signIn(world.staff(Staff.SUPERVISOR, other), TestWorld.PASSWORD),
                otherPractitioner, Tablet.enrolled(otherPractitioner));

        Map<Caller, Client> callers = new EnumMap<>(Caller.class);
        Client practitionerWeb = web(practitioner);
        callers.put(Caller.PRACTITIONER, new Client(practitionerWeb.web(), practitionerWeb.csrf(), tablet.token));
        callers.put(Caller.SUPERVISOR, web(supervisor));
        callers.put(Caller.MANAGER, web(world.staff(Staff.MANAGER, own)));
        callers.put(Caller.ADMIN, web(world.staff(Staff.ADMIN, null)));
        // A disabled account: a manager signed in on the web, a practitioner with a tablet, both disabled afterwards.
        Client disabled = web(leaver);
        String leavingPractitioner = world.staff(Staff.PRACTITIONER, own);
        String leaverTablet = Tablet.enrolled(leavingPractitioner).token;
        WebSession admin = callers.get(Caller.ADMIN).web();
        for (String gone : List.of(leaver, leavingPractitioner)) {
            admin.post("/workspace/people/" + gone + "/disable", "/workspace/people/" + gone + "/disable",
                    Map.of("reason", "Left", "confirm", "yes")).then().statusCode(303);
        }
        callers.put(Caller.DISABLED, new Client(disabled.web(), disabled.csrf(), leaverTablet));
        WebSession anonymous = WebSession.signIn("nobody-" + TestWorld.unique("x"), "wrong password 123");
        callers.put(Caller.SIGNED_OUT, new Client(anonymous, anonymous.csrfToken("/signin"), null));

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Route r : ROUTES) {
            for (boolean ownTeam : new boolean[] {true, false}) {
                if (!r.path().contains("{") && !ownTeam) {
                    continue;
                }
                String path = (ownTeam ? mine : theirs).fill(r.path());
                for (Caller c : Caller.values()) {
                    Answer expected = r.expected(c, ownTeam);
                    Response response = ask(r, path, callers.get(c), c == Caller.DISABLED);
                    Answer got = answer(response);
                    cells++;
                    if (got != expected) {
                        wrong.add(String.format("%-6s %-62s %-12s %-5s expected %-8s got %-8s (%d %s)", r.method(), r.path(), c,
                                ownTeam ? "own" : "other", expected, got, response.statusCode(),
                                response.header("Location") == null ? "" : response.header("Location")));
                    }
                }
            }
        }
        assertEquals("", String.join("\n", wrong), wrong.size() + " of " + cells + " cells answer otherwise than their row says");
    }

    private static Response ask(Route r, String path, Client c, boolean disabledTablet) {
        if (path.startsWith("/api/")) {
            RequestSpecification s = given().redirects().follow(false);
            // A tablet asks with its token; a web caller has none and sends its cookies, which the API must ignore.
            s = c.bearer() != null ? s.header("Authorization", "Bearer " + c.bearer()) : s.cookies(c.web().cookies);
            return r.method().equals("GET") ? s.get(path) : s.contentType(ContentType.JSON).body("{}").post(path);
        }
        RequestSpecification s = c.web().request();
        if (r.method().equals("GET")) {
            return s.get(path);
        }
        if (r.multipart()) {
            return s.multiPart("csrf-token", c.csrf()).multiPart("kind", "nothing").post(path);
        }
        return s.contentType("application/x-www-form-urlencoded").formParam("csrf-token", c.csrf()).post(path);
    }

    private static Answer answer(Response r) {
        int status = r.statusCode();
        String location = r.header("Location");
        if (status == 401 || (status >= 300 && status < 400 && location != null && location.contains("/signin"))) {
            return Answer.SIGN_IN;
        }
        if (status == 403) {
            return Answer.REFUSED;
        }
        return status == 404 ? Answer.HIDDEN : Answer.OK;
    }
}
