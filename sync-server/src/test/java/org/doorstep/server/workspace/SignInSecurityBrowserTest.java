package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Pauses after wrong passwords, the admin's Sign-in security page and tablet approval in a real browser; axe; screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SignInSecurityBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    /** Five wrong passwords for {@code username} from an address of the test's own, so loopback's count is untouched. */
    private static void guessFiveTimes(String username) {
        for (int i = 0; i < 5; i++) {
            given().redirects().follow(false).header("X-Forwarded-For", "10.99.0.7")
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", username).formParam("j_password", "Summer2026!").post("/j_security_check");
        }
    }

    @Test
    @DisplayName("R13-accounts: a paused account's right password is refused with a message saying to wait or ask an admin; "
            + "the admin sees the pause and the wrong passwords, unlocks it, and the supervisor signs in; every page passes axe")
    void adminUnlocksAPausedAccount() {
        String team = TestWorld.unique("North Locality Team");
        String priya = world.person(Staff.SUPERVISOR, team, "Priya Shah");
        guessFiveTimes(priya);

        ChromeDriver d = Browser.signedOut(base.toString());
        d.get(base + "signin");
        d.findElement(By.id("username")).sendKeys(priya);
        d.findElement(By.id("password")).sendKeys(TestWorld.PASSWORD);
        Browser.clickAndWait(d, By.id("sign-in"));
        String error = d.findElement(By.className("govuk-error-summary")).getText();
        assertTrue(error.contains("Sign-in is paused after too many wrong passwords") && error.contains("ask an administrator"), error);
        Browser.assertAccessible(d, "sign-in paused");
        Browser.screenshots(d, "signin-paused");

        Browser.signIn(base.toString(), world.person(Staff.ADMIN, null, "Sam Admin"));
        Browser.clickAndWait(d, By.linkText("Sign-in security"));
        assertEquals("Sign-in security", d.findElement(By.tagName("h1")).getText());
        String holding = d.findElement(By.id("holding")).getText();
        assertTrue(holding.contains(priya), holding);
        String attempts = d.findElement(By.id("attempts")).getText();
        assertTrue(attempts.contains("10.99.0.7") && attempts.contains("Wrong password") && attempts.contains("Refused: locked"), attempts);
        Browser.assertAccessible(d, "sign-in security");
        Browser.screenshots(d, "sign-in-security");

        Browser.clickAndWait(d, By.xpath("//tr[th[contains(., '" + priya + "')]]//button"));
        assertTrue(d.findElement(By.className("govuk-notification-banner--success")).getText().contains(priya + " can sign in again"));
        Browser.assertAccessible(d, "sign-in security after an unlock");

        Browser.signIn(base.toString(), priya);
        assertEquals(base + "workspace", d.getCurrentUrl(), "signed in once unlocked");
    }

    @Test
    @DisplayName("R13-accounts: a supervisor sees a new tablet waiting for approval, approves it, and sees who approved it; axe")
    void supervisorApprovesANewTablet() {
        String team = TestWorld.unique("North Locality Team");
        Tablet waiting = Tablet.awaitingApproval(world.person(Staff.PRACTITIONER, team, "Amara Okafor"));
        Tablet.enrolled(world.person(Staff.PRACTITIONER, team, "Tom Price"), "Galaxy Tab A9, asset 0398");
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, team, "Priya Shah"));
        Browser.clickAndWait(d, By.linkText("Tablets"));
        String row = d.findElement(By.cssSelector("tr[data-device='" + waiting.deviceId + "']")).getText();
        assertTrue(row.contains("Waiting for approval"), row);
        Browser.assertAccessible(d, "tablets with one waiting");
        Browser.screenshots(d, "devices-waiting");
        Browser.clickAndWait(d, By.id("approve-" + waiting.deviceId));
        assertTrue(d.findElement(By.className("govuk-notification-banner--success")).getText()
                .contains("of Amara Okafor approved"));
        row = d.findElement(By.cssSelector("tr[data-device='" + waiting.deviceId + "']")).getText();
        assertTrue(row.contains("Active") && row.contains("by Priya Shah"), row);
        Browser.assertAccessible(d, "tablets after an approval");
    }
}
