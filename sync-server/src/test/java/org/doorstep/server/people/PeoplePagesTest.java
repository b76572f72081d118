package org.doorstep.server.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** People and accounts managed in the workspace (R13-accounts), over real HTTP against real MariaDB. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PeoplePagesTest {

    static final String NEW_PASSWORD = "lantern orchard velvet";

    @Inject
    TestWorld world;

    @Inject
    People people;

    private WebSession admin() {
        return WebSession.signIn(world.staff(Staff.ADMIN, null), TestWorld.PASSWORD);
    }

    private static Map<String, String> person(String name, String username, String role, String team, String password) {
        Map<String, String> form = new HashMap<>();
        form.put("displayName", name);
        form.put("username", username);
        form.put("role", role);
        form.put("team", team);
        form.put("password", password);
        return form;
    }

    @Test
    @DisplayName("R13-accounts: an admin adds a practitioner with a temporary password, who must choose their own at first sign-in")
    void addedPersonChangesTemporaryPassword() {
        String username = TestWorld.unique("new.person");
        Response added = admin().post("/workspace/people/new", "/workspace/people/new",
                person("Nia Campbell", username, Staff.SUPERVISOR, TestWorld.TEAM, "harbour kettle 42 moss"));
        assertEquals(303, added.statusCode(), added.asString());
        assertTrue(added.header("Location").endsWith("/workspace/people/" + username + "?done=added"));
        assertTrue(stored(username).mustChangePassword);

        WebSession nia = WebSession.signIn(username, "harbour kettle 42 moss");
        assertEquals(303, nia.get("/workspace").statusCode(), "no workspace page before choosing a password");
        assertTrue(nia.get("/workspace/queue").header("Location").endsWith("/account/password"));

        Response weak = nia.post("/account/password", "/account/password",
                Map.of("current", "harbour kettle 42 moss", "password", "password1234", "repeat", "password1234"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.asString().contains("id=\"password-error\""), "the message is beside the new password");
        assertTrue(weak.asString().contains("common or breached"));
        assertTrue(stored(username).mustChangePassword, "nothing changed");

        Response changed = nia.post("/account/password", "/account/password",
                Map.of("current", "harbour kettle 42 moss", "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertEquals(303, changed.statusCode(), changed.asString());
        assertFalse(stored(username).mustChangePassword);
        nia.get("/workspace").then().statusCode(200);
        assertEquals(302, WebSession.signIn(username, "harbour kettle 42 moss").get("/workspace").statusCode(),
                "the temporary password no longer signs in");
        WebSession.signIn(username, NEW_PASSWORD).get("/workspace").then().statusCode(200);
    }

    @Test
    @DisplayName("R13-accounts: a duplicate username, a weak password and an unknown team each get a message beside the field, and nothing is stored")
    void badInputStoresNothing() {
        WebSession admin = admin();
        String taken = world.staff(Staff.PRACTITIONER);
        Response duplicate = admin.post("/workspace/people/new", "/workspace/people/new",
                person("Someone Else", taken, Staff.PRACTITIONER, TestWorld.TEAM, "harbour kettle 42 moss"));
        assertEquals(400, duplicate.statusCode());
        assertTrue(duplicate.asString().contains("id=\"username-error\""));
        assertTrue(duplicate.asString().contains("Username " + taken + " is already taken"));
        assertEquals("Test practitioner " + taken.substring(taken.length() - 4), stored(taken).displayName, "the old account is unchanged");

        String fresh = TestWorld.unique("weak.pw");
        Response weak = admin.post("/workspace/people/new", "/workspace/people/new",
                person("Weak Password", fresh, Staff.PRACTITIONER, TestWorld.TEAM, "qwertyuiop123"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.asString().contains("id=\"password-error\""));
        assertTrue(weak.asString().contains("common or breached"));
        Response shortPw = admin.post("/workspace/people/new", "/workspace/people/new",
                person("Short Password", fresh, Staff.PRACTITIONER, TestWorld.TEAM, "short1"));
        assertTrue(shortPw.asString().contains("at least 12 characters"));
        Response noTeam = admin.post("/workspace/people/new", "/workspace/people/new",
                person("Lost Team", fresh, Staff.PRACTITIONER, "No Such Team", "harbour kettle 42 moss"));
        assertEquals(400, noTeam.statusCode());
        assertTrue(noTeam.asString().contains("id=\"team-error\""));
        assertTrue(noTeam.asString().contains("There is no team called No Such Team"));
        assertTrue(noTeam.asString().contains("value=\"Lost Team\""), "what was typed is kept");
        assertNull(stored(fresh), "nothing stored");
    }

    @Test
    @DisplayName("R13-accounts: a manager adds people to their own team only, sees no other team's people, and a supervisor has no people pages")
    void managerLooksAfterOwnTeam() {
        String otherTeam = TestWorld.unique("Other Team");
        String outsider = world.staff(Staff.PRACTITIONER, otherTeam);
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER), TestWorld.PASSWORD);
        String username = TestWorld.unique("team.member");
        Response added = manager.post("/workspace/people/new", "/workspace/people/new",
                person("Team Member", username, Staff.PRACTITIONER, otherTeam, "harbour kettle 42 moss"));
        assertEquals(303, added.statusCode());
        assertEquals(TestWorld.TEAM, stored(username).team, "a manager's new person joins the manager's team whatever the form said");
        Response admin = manager.post("/workspace/people/new", "/workspace/people/new",
                person("Would Be Admin", TestWorld.unique("would.admin"), Staff.ADMIN, "", "harbour kettle 42 moss"));
        assertEquals(400, admin.statusCode());
        assertEquals(404, manager.get("/workspace/people/" + outsider).statusCode());
        assertFalse(manager.get("/workspace/people").asString().contains(outsider));

        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        assertEquals(403, supervisor.get("/workspace/people").statusCode());
    }

    @Test
    @DisplayName("R13-accounts: disabling ends the person's web session, refuses their tablet's token already issued and any new token or enrolment, and keeps their records")
    void disablingStopsEverything() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        Tablet tablet = Tablet.enrolled(practitioner);
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200);
        WebSession theirs = WebSession.signIn(practitioner, TestWorld.PASSWORD);
        theirs.get("/account/password").then().statusCode(200);

        WebSession admin = admin();
        Response unconfirmed = admin.post("/workspace/people/" + practitioner + "/disable",
                "/workspace/people/" + practitioner + "/disable", Map.of("reason", ""));
        assertEquals(400, unconfirmed.statusCode());
        assertTrue(unconfirmed.asString().contains("id=\"reason-error\"") && unconfirmed.asString().contains("id=\"confirm-error\""));
        assertFalse(stored(practitioner).isDisabled(), "nothing changed");

        Response disabled = admin.post("/workspace/people/" + practitioner + "/disable",
                "/workspace/people/" + practitioner + "/disable", Map.of("reason", "Left the council", "confirm", "yes"));
        assertEquals(303, disabled.statusCode(), disabled.asString());

        assertEquals("/signin?reason=disabled", theirs.get("/account/password").header("Location"), "the web session ended");
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"deviceId\":\"" + tablet.deviceId + "\"}")
                .post("/api/v1/tokens/challenges").then().statusCode(403).body(containsString("account-disabled"));
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(practitioner, TestWorld.PASSWORD, "New tablet",
                        SigningKey.generate().verifyingKey().base64())))
                .post("/api/v1/enrolments").then().statusCode(401);
        assertEquals("/signin?error=disabled", WebSession.signInResponse(practitioner, TestWorld.PASSWORD).header("Location"));
        assertNotNull(stored(practitioner), "the account stays for the records that name it");
        admin.get("/workspace/people/" + practitioner).then().statusCode(200).body(containsString("Left the council"));
    }

    @Test
    @DisplayName("R13-accounts: a temporary password set by a manager ends the person's sessions; a tablet is not set up with it")
    void temporaryPasswordEndsSessions() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        WebSession theirs = WebSession.signIn(practitioner, TestWorld.PASSWORD);
        theirs.get("/account/password").then().statusCode(200);
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER), TestWorld.PASSWORD);
        Response weak = manager.post("/workspace/people/" + practitioner, "/workspace/people/" + practitioner + "/password",
                Map.of("password", "iloveyou1234"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.asString().contains("id=\"password-error\""));
        theirs.get("/account/password").then().statusCode(200);

        Response set = manager.post("/workspace/people/" + practitioner, "/workspace/people/" + practitioner + "/password",
                Map.of("password", "quiet meadow 7 lanterns"));
        assertEquals(303, set.statusCode());
        assertEquals(302, theirs.get("/account/password").statusCode(), "signed out");
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(practitioner, "quiet meadow 7 lanterns", "Tablet",
                        SigningKey.generate().verifyingKey().base64())))
                .post("/api/v1/enrolments").then().statusCode(403).body(containsString("password-change-required"));
    }

    @Test
    @DisplayName("R13-accounts: an admin makes a team and moves a person to it; a practitioner with cases allocated is not moved")
    void teamsAndMoves() {
        WebSession admin = admin();
        String team = TestWorld.unique("East Team");
        Response made = admin.post("/workspace/people", "/workspace/people/teams", Map.of("teamName", team));
        assertEquals(303, made.statusCode());
        Response again = admin.post("/workspace/people", "/workspace/people/teams", Map.of("teamName", team));
        assertEquals(400, again.statusCode());
        assertTrue(again.asString().contains("id=\"teamName-error\""));

        String withCases = world.staff(Staff.PRACTITIONER);
        world.childCase(withCases);
        Response refused = admin.post("/workspace/people/" + withCases, "/workspace/people/" + withCases + "/team",
                Map.of("team", team));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("still has 1 case allocated"));
        assertEquals(TestWorld.TEAM, stored(withCases).team);

        String supervisor = world.staff(Staff.SUPERVISOR);
        Response moved = admin.post("/workspace/people/" + supervisor, "/workspace/people/" + supervisor + "/team",
                Map.of("team", team));
        assertEquals(303, moved.statusCode());
        assertEquals(team, stored(supervisor).team);
        admin.get("/workspace/people/" + supervisor).then().body(containsString("Moved from " + TestWorld.TEAM + " to " + team));

        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER), TestWorld.PASSWORD);
        String member = world.staff(Staff.PRACTITIONER);
        assertEquals(400, manager.post("/workspace/people/" + member, "/workspace/people/" + member + "/team",
                Map.of("team", team)).statusCode(), "moving between teams is an admin's step");
    }

    @Test
    @DisplayName("R13-accounts: create-admin makes the first admin from the command line, with the password from standard input and the same rule")
    void createAdminCommand() throws Exception {
        String username = TestWorld.unique("first.admin");
        assertEquals(1, createAdmin(username, "password1234\n"), "a common password is refused");
        assertNull(stored(username));
        assertEquals(0, createAdmin(username, "granite willow 19 harbour\n"));
        Staff made = stored(username);
        assertEquals(Staff.ADMIN, made.role);
        assertNull(made.team);
        assertFalse(made.mustChangePassword, "the operator chose it");
        WebSession.signIn(username, "granite willow 19 harbour").get("/workspace/people").then().statusCode(200);
    }

    private int createAdmin(String username, String stdin) throws Exception {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CreateAdmin command = new CreateAdmin();
            command.people = people;
            return command.run("create-admin", username, "First Admin");
        } finally {
            System.setIn(before);
        }
    }

    /** The account as the database holds it now. */
    private static Staff stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Staff.named(username));
    }
}
