package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The tablets page in a real browser: list, revoke with its errors, the revoked state; axe WCAG 2.2 A/AA; screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class DevicesBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    private static String row(ChromeDriver d, Tablet t) {
        return d.findElement(By.cssSelector("tr[data-device='" + t.deviceId + "']")).getText();
    }

    @Test
    @DisplayName("R15-lost-device: a manager finds the lost tablet under Tablets, revokes it after the errors for no reason and no tick, "
            + "and sees it revoked with who, when and why; every state passes axe")
    void managerRevokesALostTablet() {
        String team = TestWorld.unique("North Locality Team");
        Tablet amara = Tablet.enrolled(world.person(Staff.PRACTITIONER, team, "Amara Okafor"), "Galaxy Tab A9, asset 0412");
        Tablet tom = Tablet.enrolled(world.person(Staff.PRACTITIONER, team, "Tom Price"), "Galaxy Tab A9, asset 0398");
        Tablet old = Tablet.enrolled(tom.username, "iPad 9th gen, asset 0117");
        String manager = world.person(Staff.MANAGER, team, "Daniel Reed");
        ChromeDriver d = Browser.shared();
        Browser.signIn(base.toString(), manager);
        d.get(base + "workspace/devices");
        Browser.clickAndWait(d, revokeLink(old));
        d.findElement(By.id("reason")).sendKeys("Replaced by asset 0398; the old iPad was handed back to IT.");
        d.findElement(By.cssSelector("label[for='confirm']")).click();
        Browser.clickAndWait(d, By.id("revoke-button"));

        d.get(base + "workspace");
        Browser.clickAndWait(d, By.linkText("Tablets"));
        assertEquals("Tablets", d.findElement(By.tagName("h1")).getText());
        assertTrue(row(d, amara).contains("Amara Okafor") && row(d, amara).contains("Active"), row(d, amara));
        assertTrue(row(d, old).contains("Revoked"), row(d, old));
        Browser.assertAccessible(d, "tablets");

        assertTrue(d.findElement(revokeLink(amara)).getAttribute("textContent")
                .equals("Revoke this tablet: Galaxy Tab A9, asset 0412, Amara Okafor"), "each link says which tablet");
        Browser.clickAndWait(d, revokeLink(amara));
        assertEquals("Revoke this tablet", d.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(d, "revoke a tablet");
        Browser.clickAndWait(d, By.id("revoke-button"));
        String summary = d.findElement(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("Enter why the tablet is revoked") && summary.contains("Confirm that you want to revoke"), summary);
        assertTrue(d.findElement(By.id("reason-error")).isDisplayed());
        assertTrue(d.findElement(By.id("confirm-error")).isDisplayed());
        Browser.assertAccessible(d, "revoke a tablet with errors");
        Browser.screenshots(d, "devices-revoke-error");
        assertFalse(revoked(amara), "nothing changed");

        d.findElement(By.id("reason")).sendKeys("Reported lost on the bus, 26 Nov");
        d.findElement(By.cssSelector("label[for='confirm']")).click();
        Browser.clickAndWait(d, By.id("revoke-button"));
        String banner = d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText();
        assertTrue(banner.contains("Tablet ‘Galaxy Tab A9, asset 0412’ of Amara Okafor revoked."), banner);
        String revoked = row(d, amara);
        assertTrue(revoked.contains("Revoked") && revoked.contains("by Daniel Reed")
                && revoked.contains("Reported lost on the bus, 26 Nov"), revoked);
        assertTrue(row(d, tom).contains("Active"));
        Browser.assertAccessible(d, "tablets after a revocation");
        Browser.screenshots(d, "devices");

        d.get(base + "workspace/devices/" + amara.deviceId + "/revoke");
        assertEquals("Tablet already revoked", d.findElement(By.tagName("h1")).getText());
        assertTrue(d.findElements(By.id("revoke-button")).isEmpty());
        Browser.assertAccessible(d, "a revoked tablet's page");
    }

    @Test
    @DisplayName("R15-lost-device: a supervisor's read-only list and an admin's list of every team pass axe")
    void otherRoles() {
        String team = TestWorld.unique("North Locality Team");
        Tablet.enrolled(world.person(Staff.PRACTITIONER, team, "Amara Okafor"), "Galaxy Tab A9, asset 0412");
        ChromeDriver d = Browser.shared();
        Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, team, "Priya Shah"));
        Browser.clickAndWait(d, By.linkText("Tablets"));
        assertTrue(d.findElements(By.partialLinkText("Revoke this tablet")).isEmpty());
        assertTrue(d.findElement(By.className("govuk-inset-text")).getText().contains("Only a manager or an admin"));
        Browser.assertAccessible(d, "tablets for a supervisor");

        Browser.signIn(base.toString(), world.staff(Staff.ADMIN, null));
        Browser.clickAndWait(d, By.linkText("Tablets"));
        assertTrue(d.findElement(By.className("govuk-caption-l")).getText().contains("Every team"));
        assertFalse(d.findElements(By.partialLinkText("Revoke this tablet")).isEmpty());
        Browser.assertAccessible(d, "tablets for an admin");
    }

    private static By revokeLink(Tablet t) {
        return By.cssSelector("a[href='/workspace/devices/" + t.deviceId + "/revoke']");
    }

    private boolean revoked(Tablet t) {
        return world.revocation(t.deviceId)[0] != null;
    }
}
