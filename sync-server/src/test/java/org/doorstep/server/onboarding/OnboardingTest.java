package org.doorstep.server.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A team imported from CSV files over real HTTP, against real MariaDB (R13-accounts, issue 9 onboarding). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class OnboardingTest {

    static final String TEMP = "harbour kettle 42 moss";

    @Inject
    TestWorld world;

    /** Posts the upload form as a browser does: multipart, with the page's CSRF token. */
    static Response upload(WebSession s, String kind, String step, String csv) {
        String token = s.csrfToken("/workspace/import");
        var request = s.request().multiPart("csrf-token", token).multiPart("kind", kind)
                .multiPart("step", step);
        request = "import".equals(step) ? request.multiPart("csv", csv)
                : request.multiPart("file", "team.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        return request.post("/workspace/import");
    }

    @Test
    @DisplayName("R13-accounts: a staff file's dry run lists every bad row with its line and reason (bad role, unknown team, "
            + "duplicate username, weak password, missing name) and stores nothing, not even its good rows")
    void badStaffFileStoresNothing() {
        String team = TestWorld.unique("Import Team");
        String manager = world.staff(Staff.MANAGER, team);
        String taken = world.staff(Staff.PRACTITIONER, team);
        String a = TestWorld.unique("amara.okafor");
        String b = TestWorld.unique("ben.jones");
        String csv = "username,name,role,team,temporary_password\n"
                + a + ",\"Okafor, Amara\",practitioner," + team + "," + TEMP + "\n"
                + b + ",Ben Jones,janitor," + team + "," + TEMP + "\n"
                + taken + ",Taken Name,practitioner," + team + "," + TEMP + "\n"
                + TestWorld.unique("weak") + ",Weak Password,supervisor," + team + ",password1234\n"
                + TestWorld.unique("noname") + ",,practitioner," + team + "," + TEMP + "\n"
                + a + ",Amara Again,practitioner," + team + "," + TEMP + "\n"
                + TestWorld.unique("other") + ",Other Team,practitioner,No Such Team," + TEMP + "\n";
        WebSession admin = WebSession.signIn(world.staff(Staff.ADMIN, null), TestWorld.PASSWORD);

        for (String step : new String[] {"check", "import"}) {
            Response r = upload(admin, "staff", step, csv);
            assertEquals(400, r.statusCode(), r.asString());
            String html = r.asString();
            assertTrue(html.contains("id=\"file-error\""), "the message is beside the file field");
            assertTrue(html.contains("nothing was stored"), html);
            for (int line = 3; line <= 8; line++) {
                assertTrue(html.contains("data-line=\"" + line + "\""), "line " + line + " is listed: " + html);
            }
            assertFalse(html.contains("data-line=\"2\""), "the good row is not listed");
            assertTrue(html.contains("Username " + taken + " is already taken"));
            assertTrue(html.contains("common or breached"));
            assertTrue(html.contains(a + " is also on line 2"));
            assertTrue(html.contains("There is no team called No Such Team"));
            assertNull(stored(a), "nothing stored after " + step);
            assertNull(stored(b));
        }
        assertEquals(403, upload(WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD), "staff", "check", csv)
                .statusCode(), "a supervisor imports nothing");
        assertNotNull(manager);
    }

    @Test
    @DisplayName("R13-accounts: a clean staff file is checked, then imported in one go with temporary passwords; "
            + "a manager then imports the team's cases, each opened at referral and allocated")
    void cleanFilesAreImported() {
        String team = TestWorld.unique("Import Team");
        String manager = world.staff(Staff.MANAGER, team);
        String a = TestWorld.unique("amara.okafor");
        String b = TestWorld.unique("ben.jones");
        String staff = "username,name,role,team,temporary_password\r\n"
                + a + ",\"Okafor, Amara\",practitioner," + team + "," + TEMP + "\r\n"
                + b + ",Ben Jones,supervisor," + team + "," + TEMP + "\r\n";
        WebSession m = WebSession.signIn(manager, TestWorld.PASSWORD);
        Response checked = upload(m, "staff", "check", staff);
        assertEquals(200, checked.statusCode(), checked.asString());
        assertTrue(checked.asString().contains("2 people checked, no problems"));
        assertNull(stored(a), "a dry run stores nothing");

        Response imported = upload(m, "staff", "import", staff);
        assertEquals(303, imported.statusCode(), imported.asString());
        assertTrue(imported.header("Location").endsWith("/workspace/import?imported=staff&rows=2"));
        assertEquals("Okafor, Amara", stored(a).displayName);
        assertTrue(stored(a).mustChangePassword, "the password is temporary");
        assertEquals(Staff.SUPERVISOR, stored(b).role);
        assertTrue(m.get(imported.header("Location")).asString().contains("2 people imported"));

        String c1 = TestWorld.unique("C-IMP");
        String c2 = TestWorld.unique("C-IMP");
        String cases = "case_id,team,legal_name,date_of_birth,address,nhs_number,referral_date,referral_source,allocated_to\n"
                + c1 + "," + team + ",Maya Okafor,14/3/2017,\"1 Hill Road, Northfield\",,1/9/2026,School," + a + "\n"
                + c2 + "," + team + ",Leo Brown,2/2/2019,2 Mill Lane,,3/9/2026,Health visitor,\n";
        Response bad = upload(m, "cases", "check", cases.replace(",School," + a, ",School," + b));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("Choose a practitioner of " + team), "a supervisor takes no case: " + bad.asString());
        assertEquals(0, world.rows("cases", c1), "nothing stored");

        assertEquals(200, upload(m, "cases", "check", cases).statusCode());
        assertEquals(303, upload(m, "cases", "import", cases).statusCode());
        Object[] row1 = world.caseRow(c1);
        assertEquals("Maya Okafor", row1[0]);
        assertEquals(a, row1[3], "allocated");
        assertEquals(team, row1[4]);
        assertNull(world.caseRow(c2)[3], "the second case waits for allocation");
        assertEquals(1, world.decisions(c1, "case-allocated"), "the allocation is a recorded decision");
    }

    private Staff stored(String username) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Staff.named(username));
    }
}
