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
import org.openqa.selenium.support.ui.Select;

/** People and accounts in a real browser (R13-accounts): every page and error state passes axe; screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PeopleBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R13-accounts: an admin adds a team and a person (after the errors for a taken username, a weak password and no team), "
            + "who signs in with the temporary password and must choose their own first")
    void createAPersonWhoChangesTheirPassword() {
        String team = TestWorld.unique("South Locality Team");
        String taken = world.person(Staff.SUPERVISOR, TestWorld.TEAM, "Priya Shah");
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.ADMIN, null, "Sam Adeyemi"));
        d.get(base + "workspace/forms");
        Browser.clickAndWait(d, By.linkText("People"));
        assertEquals("People", d.findElement(By.tagName("h1")).getText());
        d.findElement(By.id("teamName")).sendKeys(team);
        Browser.clickAndWait(d, By.id("add-team"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText().contains("Team " + team + " added"));
        Browser.assertAccessible(d, "people");
        Browser.screenshots(d, "people");

        Browser.clickAndWait(d, By.id("add-person"));
        d.findElement(By.id("displayName")).sendKeys("Nia Campbell");
        d.findElement(By.id("username")).sendKeys(taken);
        d.findElement(By.cssSelector("label[for='role-supervisor']")).click();
        d.findElement(By.id("password")).sendKeys("password1234");
        Browser.clickAndWait(d, By.id("add-button"));
        String summary = d.findElement(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("is already taken") && summary.contains("common or breached")
                && summary.contains("Choose the team the person works in"), summary);
        assertTrue(d.findElement(By.id("username-error")).isDisplayed());
        assertTrue(d.findElement(By.id("password-error")).isDisplayed());
        assertTrue(d.findElement(By.id("team-error")).isDisplayed());
        Browser.assertAccessible(d, "add a person with errors");
        Browser.screenshots(d, "people-add-errors");

        String username = TestWorld.unique("nia.campbell");
        d.findElement(By.id("username")).clear();
        d.findElement(By.id("username")).sendKeys(username);
        new Select(d.findElement(By.id("team"))).selectByVisibleText(team);
        d.findElement(By.id("password")).sendKeys("harbour kettle 42 moss");
        Browser.clickAndWait(d, By.id("add-button"));
        assertEquals("Nia Campbell", d.findElement(By.tagName("h1")).getText());
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText().contains("Nia Campbell added"));
        assertTrue(d.findElement(By.id("account-status")).getText().contains("Temporary password"));
        Browser.assertAccessible(d, "a person just added");
        Browser.screenshots(d, "people-person");

        Browser.clickAndWait(d, By.cssSelector(".ds-header__signout button"));
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys("harbour kettle 42 moss");
        Browser.clickAndWait(d, By.id("sign-in"));
        Browser.waitForUrl(d, "/account/password");
        assertEquals("Choose your own password", d.findElement(By.tagName("h1")).getText());
        d.get(base + "workspace/queue");
        Browser.waitForUrl(d, "/account/password");
        d.findElement(By.id("current")).sendKeys("harbour kettle 42 moss");
        d.findElement(By.id("password")).sendKeys("lantern oak");
        d.findElement(By.id("repeat")).sendKeys("lantern oak");
        Browser.clickAndWait(d, By.id("change-password"));
        assertTrue(d.findElement(By.id("password-error")).getText().contains("at least 12 characters"));
        Browser.assertAccessible(d, "choose your own password with an error");
        Browser.screenshots(d, "password-change-error");
        d.findElement(By.id("current")).sendKeys("harbour kettle 42 moss");
        d.findElement(By.id("password")).sendKeys("lantern orchard velvet");
        d.findElement(By.id("repeat")).sendKeys("lantern orchard velvet");
        Browser.clickAndWait(d, By.id("change-password"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText().contains("Your password is changed"));
        Browser.assertAccessible(d, "password changed");
        Browser.screenshots(d, "password-changed");
        Browser.clickAndWait(d, By.linkText("Go to the workspace"));
        assertEquals("Dashboard", d.findElement(By.cssSelector("[aria-current='page']")).getText());
    }

    @Test
    @DisplayName("R13-accounts: a manager disables a practitioner's account; at once their web session and their tablet's token stop working")
    void disableAnAccount() {
        String team = TestWorld.unique("West Locality Team");
        String tom = world.person(Staff.PRACTITIONER, team, "Tom Price");
        Tablet tablet = Tablet.enrolled(tom);
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200);
        WebSession tomsBrowser = WebSession.signIn(tom, TestWorld.PASSWORD);
        tomsBrowser.get("/account/password").then().statusCode(200);

        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.MANAGER, team, "Daniel Reed"));
        d.get(base + "workspace/people");
        Browser.clickAndWait(d, By.linkText("Tom Price"));
        Browser.clickAndWait(d, By.id("disable-link"));
        assertEquals("Disable this account", d.findElement(By.tagName("h1")).getText());
        Browser.clickAndWait(d, By.id("disable-button"));
        String summary = d.findElement(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("Enter why the account is disabled") && summary.contains("Confirm that you want to disable"), summary);
        Browser.assertAccessible(d, "disable an account with errors");
        Browser.screenshots(d, "people-disable-errors");
        tomsBrowser.get("/account/password").then().statusCode(200);

        d.findElement(By.id("reason")).sendKeys("Left the council on 30 November");
        d.findElement(By.cssSelector("label[for='confirm']")).click();
        Browser.clickAndWait(d, By.id("disable-button"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()
                .contains("Tom Price's account is disabled"));
        assertTrue(d.findElement(By.id("account-status")).getText().contains("Disabled"));
        assertTrue(d.findElement(By.id("account-status")).getText().contains("by Daniel Reed: Left the council on 30 November"));
        Browser.assertAccessible(d, "a disabled account");
        Browser.screenshots(d, "people-disabled");

        assertEquals("/signin?reason=disabled", tomsBrowser.get("/account/password").header("Location"));
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(401);

        // An admin re-enables the account: a reason and a new temporary password, both steps on its history.
        d = Browser.signIn(base.toString(), world.person(Staff.ADMIN, null, "Sam Adeyemi"));
        d.get(base + "workspace/people/" + tom);
        Browser.clickAndWait(d, By.id("enable-button"));
        assertTrue(d.findElement(By.id("reason-error")).getText().contains("Enter why the account is re-enabled"));
        Browser.assertAccessible(d, "re-enable an account with errors");
        d.findElement(By.id("reason")).sendKeys("Came back on 1 December");
        d.findElement(By.id("password")).sendKeys("harbour kettle 42 moss");
        Browser.clickAndWait(d, By.id("enable-button"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()
                .contains("Tom Price's account is re-enabled"));
        assertTrue(d.findElement(By.id("account-status")).getText().contains("Temporary password"));
        Browser.assertAccessible(d, "a re-enabled account");
        Browser.screenshots(d, "people-reenabled");
    }
}
