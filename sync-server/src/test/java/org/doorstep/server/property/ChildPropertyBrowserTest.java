package org.doorstep.server.property;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The child's property page in a real browser (R5.4-child-property). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ChildPropertyBrowserTest {

    @Inject
    TestWorld world;

    @Inject
    PropertyRows rows;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.4-child-property: the property page empty, with an error, with items moved and returned, and the case record's section pass axe WCAG 2.2 A/AA; screenshots")
    void propertyPage() {
        String team = TestWorld.unique("Browser Property Team");
        String caseId = world.childCase(world.person(Staff.PRACTITIONER, team, "Tom Price"), "Leo Grant");
        rows.lookedAfter(caseId);
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, team, "Priya Shah"));
        d.get(base + "workspace/cases/" + caseId + "/property");
        Browser.assertAccessible(d, "the property page, empty");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Add the item']"));
        assertTrue(d.findElement(By.className("govuk-error-summary")).getText().contains("Enter what the item is"));
        Browser.assertAccessible(d, "the add form with errors");
        add(d, "Blue bike with a basket", "At his mother's home, in the shed");
        add(d, "Photo album of his nan", "With Leo at the foster home");
        add(d, "Football boots (size 3)", "Left at school, in the PE store");
        long bike = rows.firstItem(caseId);
        d.findElement(By.id("move-" + bike)).sendKeys("In storage at the council office");
        Browser.clickAndWait(d, By.cssSelector("#item-" + bike + " button"));
        d.findElement(By.id("move-" + bike)).sendKeys("With Leo at the foster home");
        d.findElement(By.id("returned-" + bike)).click();
        Browser.clickAndWait(d, By.cssSelector("#item-" + bike + " button"));
        assertTrue(d.findElement(By.id("item-" + bike)).getText().contains("Returned to the child"));
        d.findElement(By.cssSelector("#item-" + bike + " details summary")).click();
        Browser.assertAccessible(d, "the property page with items and history");
        Browser.screenshots(d, "child-property");
        d.get(base + "workspace/cases/" + caseId);
        assertTrue(d.findElement(By.id("property-section")).getText().contains("Photo album of his nan"));
        Browser.assertAccessible(d, "the case record with the property section");
    }

    private static void add(ChromeDriver d, String what, String where) {
        d.findElement(By.id("property-description")).clear();
        d.findElement(By.id("property-description")).sendKeys(what);
        d.findElement(By.id("property-location")).clear();
        d.findElement(By.id("property-location")).sendKeys(where);
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Add the item']"));
    }
}
