package org.doorstep.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A disabled account takes no case, and only an admin brings it back, on the record (R13-accounts). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class DisabledAccountsTest {

    static final String TEMP = "harbour kettle 42 moss";

    @Inject
    TestWorld world;

    private static Response disable(WebSession by, String username) {
        return by.post("/workspace/people/" + username + "/disable", "/workspace/people/" + username + "/disable",
                Map.of("reason", "Left the council", "confirm", "yes"));
    }

    @Test
    @DisplayName("R13-accounts: allocating a case to a disabled practitioner is refused with a message beside the field, "
            + "and the case stays unallocated; a disabled practitioner is not offered")
    void disabledPractitionerTakesNoCase() {
        String team = TestWorld.unique("Disabled Team");
        String leaver = world.person(Staff.PRACTITIONER, team, "Lee Leaver");
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        disable(manager, leaver).then().statusCode(303);
        String caseId = world.unallocatedCase(team, "Waiting Child");

        String form = manager.get("/workspace/cases/" + caseId + "/manage/allocate").then().statusCode(200).extract().asString();
        assertFalse(form.contains("value=\"" + leaver + "\""), "a disabled practitioner is not offered");
        Response refused = manager.post("/workspace/cases/" + caseId + "/manage/allocate",
                "/workspace/cases/" + caseId + "/manage/allocate", Map.of("practitioner", leaver, "reason", "Lee knows the family"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("id=\"practitioner-error\""), "the message is beside the field");
        assertTrue(refused.asString().contains("Lee Leaver&#39;s account is disabled")
                || refused.asString().contains("Lee Leaver's account is disabled"), refused.asString());
        assertNull(world.caseRow(caseId)[3], "the case is still unallocated");
    }

    @Test
    @DisplayName("R13-accounts: an admin re-enables a disabled account with a reason and a temporary password; "
            + "the old password stays shut out, the history shows both steps; a manager cannot re-enable")
    void adminReenables() {
        String team = TestWorld.unique("Disabled Team");
        String back = world.person(Staff.SUPERVISOR, team, "Rae Returner");
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        disable(manager, back).then().statusCode(303);
        String path = "/workspace/people/" + back + "/enable";
        String page = "/workspace/people/" + back;
        Response byManager = manager.post(page, path, Map.of("reason", "Back from secondment", "password", TEMP));
        assertEquals(400, byManager.statusCode());
        assertTrue(stored(back).isDisabled(), "a manager cannot re-enable");

        WebSession admin = WebSession.signIn(world.staff(Staff.ADMIN, null), TestWorld.PASSWORD);
        assertTrue(admin.get(page).asString().contains("id=\"enable-button\""), "the admin is offered the form");
        Response empty = admin.post(page, path, Map.of("reason", "", "password", "password1234"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.asString().contains("Enter why the account is re-enabled"));
        assertTrue(empty.asString().contains("id=\"password-error\""));
        assertTrue(stored(back).isDisabled(), "nothing changed");

        Response done = admin.post(page, path, Map.of("reason", "Back from secondment", "password", TEMP));
        assertEquals(303, done.statusCode(), done.asString());
        Staff s = stored(back);
        assertFalse(s.isDisabled());
        assertTrue(s.mustChangePassword);
        String shown = admin.get(page + "?done=enabled").asString();
        assertTrue(shown.contains("account is re-enabled"));
        assertTrue(shown.contains("Re-enabled, with a temporary password: Back from secondment"), "in the history");
        assertTrue(shown.contains("Disabled: Left the council"), "the disabling stays in the history");
        assertEquals(302, WebSession.signIn(back, TestWorld.PASSWORD).get("/workspace").statusCode(), "the old password is shut out");
        assertTrue(WebSession.signIn(back, TEMP).get("/workspace").header("Location").endsWith("/account/password"));
    }

    private static Staff stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Staff.named(username));
    }
}
