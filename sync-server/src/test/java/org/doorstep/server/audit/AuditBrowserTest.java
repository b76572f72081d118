package org.doorstep.server.audit;

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
import org.openqa.selenium.support.ui.Select;

/** The audit pages in a real browser: draw, grade with an error and then properly, the results; axe on each; screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuditBrowserTest {

    @Inject
    TestWorld world;

    @Inject
    AuditRows audit;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R12-audit: the audit page, a drawn sample, a grading error and a recorded grade pass axe WCAG 2.2 A/AA; the grade shows in the results; screenshots")
    void drawAndGrade() {
        String team = TestWorld.unique("Browser Audit Team");
        String amara = world.person(Staff.PRACTITIONER, team, "Amara Okafor");
        world.person(Staff.PRACTITIONER, team, "Tom Price");
        audit.visitsLastMonth(amara, 4);
        String manager = world.person(Staff.MANAGER, team, "Daniel Reed");

        ChromeDriver d = Browser.signIn(base.toString(), manager);
        d.get(base + "workspace/audit");
        Browser.assertAccessible(d, "the audit page, nothing drawn");
        Browser.screenshots(d, "audit-empty");

        d.findElement(By.id("audit-size")).clear();
        d.findElement(By.id("audit-size")).sendKeys("25");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Draw the sample']"));
        assertTrue(d.findElement(By.className("govuk-error-summary")).getText().contains("from 1 to 20"));
        Browser.assertAccessible(d, "the draw form with an error");

        new Select(d.findElement(By.id("audit-practitioner"))).selectByVisibleText("Amara Okafor");
        d.findElement(By.id("audit-size")).clear();
        d.findElement(By.id("audit-size")).sendKeys("3");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Draw the sample']"));
        assertTrue(d.getPageSource().contains("3 of 4 completed visits"), d.getCurrentUrl());
        Browser.assertAccessible(d, "a sample");
        Browser.screenshots(d, "audit-sample");

        Browser.clickAndWait(d, By.xpath("(//button[starts-with(normalize-space(), 'Record the grade')])[1]"));
        assertTrue(d.findElement(By.className("govuk-error-summary")).getText().contains("Answer yes or no: child seen alone"));
        Browser.assertAccessible(d, "a grading form with errors");
        Browser.screenshots(d, "audit-grade-error");

        for (String check : new String[] {"child-seen-alone", "views-recorded", "analysis-against-plan", "timely"}) {
            d.findElement(By.id(check + "-1")).click();
        }
        d.findElement(By.id("plain-language-1-no")).click();
        d.findElement(By.id("comment-1")).sendKeys("Amelia's views are in her own words. The analysis uses 'disguised compliance' "
                + "without saying what was seen: write what happened instead.");
        Browser.clickAndWait(d, By.xpath("(//button[starts-with(normalize-space(), 'Record the grade')])[1]"));
        assertTrue(d.getPageSource().contains("Grade recorded."));
        Browser.assertAccessible(d, "a sample with a grade");
        Browser.screenshots(d, "audit-graded");

        d.get(base + "workspace/audit");
        assertTrue(d.findElement(By.id("results")).findElement(By.xpath("following-sibling::table")).getText()
                .contains("Amara Okafor"));
        Browser.assertAccessible(d, "the audit page with results");
        Browser.screenshots(d, "audit-results");
    }
}
