package org.doorstep.server.summaries;

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

/** The summary form's strengths and concerns and the one-sided flag in a real browser (R5.4-balance). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SummaryBalanceBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.4-balance: a summary written with concerns and no strengths through the form shows the supervisor's flag; the summaries page and the case record pass axe WCAG 2.2 A/AA; screenshots")
    void flaggedSummary() {
        String team = TestWorld.unique("Browser Balance Team");
        String caseId = world.childCase(world.person(Staff.PRACTITIONER, team, "Amara Okafor"), "Amelia Smith");
        String supervisor = world.person(Staff.SUPERVISOR, team, "Priya Shah");
        ChromeDriver d = Browser.signIn(base.toString(), supervisor);
        d.get(base + "workspace/cases/" + caseId + "/summaries");
        Browser.assertAccessible(d, "the summaries page with the strengths and concerns boxes");
        d.findElement(By.id("summary-text")).sendKeys("Amelia (8) lives with her mother and brother. She goes to school "
                + "most days. Next: the review conference in March.");
        d.findElement(By.id("summary-concerns")).sendKeys("A new partner has moved in; checks are requested. "
                + "Amelia was late to school four times this month.");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Save the case summary']"));
        assertTrue(d.getPageSource().contains("Case summary saved."));
        assertTrue(d.findElement(By.className("ds-balance-flag")).getText().contains("Concerns are recorded but no strengths"));
        Browser.assertAccessible(d, "the summaries page with a flagged summary");
        Browser.screenshots(d, "summary-balance-flag");
        d.get(base + "workspace/cases/" + caseId);
        assertTrue(d.findElement(By.id("summary-section")).getText().contains("Concerns are recorded but no strengths"));
        Browser.assertAccessible(d, "the case record with a flagged summary");
    }
}
