package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** R5.4-balance: one-sided visits flagged for the supervisor on the dashboard and the review queue, in a real browser. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class OneSidedVisitsBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.4-balance: a visit with concerns and no strengths is counted and listed on the dashboard and tagged in the "
            + "queue; a balanced visit is neither; both pages pass axe WCAG 2.2 A/AA; screenshots")
    void oneSidedVisitOnDashboardAndQueue() {
        String team = TestWorld.unique("One-sided Visits Team");
        String practitioner = world.person(Staff.PRACTITIONER, team, "Amara Okafor");
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote oneSided = tablet.visit(caseId).withBalance(null, "No food in the kitchen cupboards.");
        tablet.post(tablet.sign(oneSided)).then().statusCode(201);
        VisitNote balanced = tablet.visit(caseId).withBalance("Gran walks her to school.", "Rent arrears.");
        tablet.post(tablet.sign(balanced)).then().statusCode(201);
        String supervisor = world.person(Staff.SUPERVISOR, team, "Priya Shah");

        ChromeDriver d = Browser.signIn(base.toString(), supervisor);
        d.get(base + "workspace");
        String card = d.findElement(By.id("one-sided-card")).getText();
        assertTrue(card.startsWith("1") && card.contains("visit with only strengths or only concerns"), card);
        By listed = By.cssSelector("#live table tr[data-note='" + oneSided.noteId() + "'] .ds-one-sided");
        assertEquals(1, d.findElements(By.xpath("//h2[@id='one-sided-visits']/following-sibling::table[1]"
                + "//tr[@data-note='" + oneSided.noteId() + "']")).size(), "listed under its heading");
        assertEquals(0, d.findElements(By.xpath("//h2[@id='one-sided-visits']/following-sibling::table[1]"
                + "//tr[@data-note='" + balanced.noteId() + "']")).size(), "a balanced visit is not listed");
        assertTrue(d.findElement(listed).getText().contains("No strengths recorded"));
        Browser.assertAccessible(d, "dashboard with a one-sided visit");
        Browser.screenshots(d, "dashboard-one-sided-visit");

        d.get(base + "workspace/queue");
        assertEquals("No strengths recorded", d.findElement(By.cssSelector("tr[data-note='" + oneSided.noteId() + "'] .ds-one-sided"))
                .getText());
        assertTrue(d.findElements(By.cssSelector("tr[data-note='" + balanced.noteId() + "'] .ds-one-sided")).isEmpty(),
                "both sides recorded: no tag");
        assertTrue(d.findElement(By.cssSelector("tr[data-note='" + balanced.noteId() + "']")).isDisplayed());
        Browser.assertAccessible(d, "queue with a one-sided visit");
        Browser.screenshots(d, "queue-one-sided-visit");
    }
}
