package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.forms.FormWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The form versions page in a real browser: register, approve, retire, the errors, axe WCAG 2.2 A/AA, screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class FormVersionBrowserTest {

    @Inject
    TestWorld world;

    @Inject
    FormWorld forms;

    @TestHTTPResource("/")
    URL base;

    private static String errorSummary(ChromeDriver d) {
        return d.findElement(By.className("govuk-error-summary")).getText();
    }

    private static String banner(ChromeDriver d) {
        return d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText();
    }

    @Test
    @DisplayName("R2-form-approval: a manager registers visit-3, approves it after confirming, retires it with a reason; errors GOV.UK style; every state passes axe")
    void managerLifecycle() {
        ChromeDriver d = Browser.shared();
        Browser.signIn(base.toString(), world.staff(Staff.MANAGER));
        Browser.clickAndWait(d, By.linkText("Form versions"));
        assertEquals("Visit form versions", d.findElement(By.tagName("h1")).getText());
        assertTrue(d.findElement(By.cssSelector("tr[data-version='visit-2']")).getText().contains("Approved"));
        Browser.assertAccessible(d, "form versions");

        Browser.clickAndWait(d, By.id("register-button"));
        assertTrue(errorSummary(d).contains("Enter the version id"));
        assertTrue(d.findElement(By.id("version-error")).isDisplayed());
        Browser.assertAccessible(d, "registration with errors");
        d.findElement(By.id("version")).sendKeys("visit-3");
        d.findElement(By.id("title")).sendKeys("Visit form 3");
        d.findElement(By.id("description")).sendKeys("Asks whether the child is in school or nursery and how often they "
                + "attended since the last visit, and records the child's own words as a quote.");
        Browser.clickAndWait(d, By.id("register-button"));
        assertTrue(banner(d).contains("Version visit-3 registered"));
        assertTrue(d.findElement(By.cssSelector("tr[data-version='visit-3']")).getText().contains("Proposed"));
        Browser.assertAccessible(d, "form versions with a proposed version");
        Browser.screenshots(d, "forms");

        Browser.clickAndWait(d, By.id("approve-visit-3-button"));
        assertTrue(errorSummary(d).contains("Confirm that you have checked version visit-3"));
        Browser.assertAccessible(d, "approval with an error");
        Browser.screenshots(d, "forms-error");
        assertEquals("proposed", forms.status("visit-3"));
        d.findElement(By.cssSelector("label[for='confirm-visit-3']")).click();
        d.findElement(By.id("comment-visit-3")).sendKeys("Checked with the practice lead; tablets update on Monday.");
        Browser.clickAndWait(d, By.id("approve-visit-3-button"));
        assertTrue(banner(d).contains("Version visit-3 approved"));
        assertTrue(d.findElement(By.cssSelector("tr[data-version='visit-3']")).getText().contains("Approved"));
        Browser.assertAccessible(d, "form versions after approval");

        d.findElement(By.xpath("//input[@name='version' and @value='visit-3']/following-sibling::label")).click();
        Browser.clickAndWait(d, By.id("retire-button"));
        assertTrue(errorSummary(d).contains("Enter why the version is retired"));
        assertTrue(d.findElement(By.cssSelector("input[name='version'][value='visit-3']")).isSelected(), "the choice is kept");
        Browser.assertAccessible(d, "retirement with an error");
        assertEquals("approved", forms.status("visit-3"));
        d.findElement(By.id("reason")).sendKeys("Replaced by visit-4: the school question was unclear.");
        Browser.clickAndWait(d, By.id("retire-button"));
        assertTrue(banner(d).contains("Version visit-3 retired"));
        String row = d.findElement(By.cssSelector("tr[data-version='visit-3']")).getText();
        assertTrue(row.contains("Retired") && row.contains("Replaced by visit-4"), row);
        Browser.assertAccessible(d, "form versions after retirement");
        Browser.screenshots(d, "forms-retired");
    }

    @Test
    @DisplayName("R2-form-approval: a supervisor's read-only page and an admin's register-only page pass axe")
    void otherRoles() {
        ChromeDriver d = Browser.shared();
        Browser.signIn(base.toString(), world.staff(Staff.SUPERVISOR));
        d.get(base + "workspace/forms");
        assertTrue(d.findElements(By.tagName("form")).stream().allMatch(f -> f.getAttribute("action").endsWith("/signout")),
                "no forms but sign-out");
        Browser.assertAccessible(d, "form versions for a supervisor");

        Browser.signIn(base.toString(), world.staff(Staff.ADMIN));
        assertTrue(d.getCurrentUrl().endsWith("/workspace/forms"), "an admin lands on the form versions: " + d.getCurrentUrl());
        assertFalse(d.findElements(By.id("register-button")).isEmpty());
        assertTrue(d.findElements(By.linkText("Dashboard")).isEmpty());
        Browser.assertAccessible(d, "form versions for an admin");
    }
}
