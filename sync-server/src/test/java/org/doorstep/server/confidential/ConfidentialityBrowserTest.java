package org.doorstep.server.confidential;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The confidentiality pages in chromium, each checked with axe (WCAG 2.2 A/AA) and screenshotted:
 * restricting a statement (after the form's errors), the visit as a supervisor without access sees
 * it, consent and sharing, and a request to see the record with its redaction list.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ConfidentialityBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R7-restricted R7-shared-log R6-consent R8-access: every confidentiality page passes axe, the originator's "
            + "consultation step (refused release, waiting answer, released) included")
    void pages() {
        ConfidentialCase s = ConfidentialCase.in(world);
        String root = base.toString() + "workspace/cases/" + s.caseId();
        ChromeDriver d = Browser.signIn(base.toString(), s.marker());
        d.get(root + "/restrictions");
        Browser.clickAndWait(d, By.id("restrict-button"));
        assertTrue(d.findElement(By.id("item-error")).isDisplayed());
        Browser.assertAccessible(d, "restrict with errors");
        Browser.screenshots(d, "restrictions-errors");
        new Select(d.findElement(By.id("item"))).selectByValue("statement:" + s.visit().noteId() + ":1");
        d.findElement(By.cssSelector("label[for='reason-police']")).click();
        d.findElement(By.id("explanation")).sendKeys("Shared by the police on condition the family is not told.");
        Browser.clickAndWait(d, By.id("restrict-button"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText().contains("restricted"));
        Browser.assertAccessible(d, "restrictions");
        Browser.screenshots(d, "restrictions");

        ChromeDriver other = Browser.signIn(base.toString(), s.other());
        other.get(base + "workspace/visits/" + s.visit().noteId());
        assertFalse(other.getPageSource().contains("arrested"));
        Browser.assertAccessible(other, "visit with a withheld statement");
        Browser.screenshots(other, "visit-withheld-statement");

        // A restricted value of the basic record and a restricted file, as a supervisor without access sees the record.
        String record = "/workspace/cases/" + s.caseId();
        org.doorstep.server.workspace.WebSession marker = ConfidentialCase.web(s.marker());
        marker.post(record, record + "/basic-record/facts", java.util.Map.of("kind", "placement", "value",
                "With prospective adopters at a confidential address", "from", "2026-01-05", "reason", "Placed for adoption."))
                .then().statusCode(303);
        s.restrict("fact:" + world.lastId("case_facts", s.caseId()), "adoption");
        other.get(root);
        assertTrue(other.findElement(By.id("fact-placement")).getText().contains("Withheld: restricted (Adoption)"));
        assertFalse(other.getPageSource().contains("prospective adopters"));
        Browser.assertAccessible(other, "case record with a withheld fact");
        Browser.screenshots(other, "case-record-withheld-fact");

        ChromeDriver manager = Browser.signIn(base.toString(), s.manager());
        manager.get(root + "/sharing");
        Browser.assertAccessible(manager, "consent and sharing");
        manager.findElement(By.id("givenBy")).sendKeys("Jade Smith (mother)");
        manager.findElement(By.id("purpose")).sendKeys("Attendance and how Amelia is doing at school");
        manager.findElement(By.id("sharedWith")).sendKeys("Northfield Primary");
        manager.findElement(By.id("how")).sendKeys("Signed form at the visit");
        manager.findElement(By.id("givenOn")).sendKeys("2026-12-01");
        Browser.clickAndWait(manager, By.id("consent-button"));
        manager.findElement(By.id("to")).sendKeys("Northfield Primary, Ms Ellis (safeguarding lead)");
        manager.findElement(By.id("what")).sendKeys("That Amelia is on a child protection plan, and its review date");
        manager.findElement(By.id("why")).sendKeys("So the school can support her attendance");
        new Select(manager.findElement(By.id("basis"))).selectByValue("consent");
        new Select(manager.findElement(By.id("consent"))).selectByIndex(1);
        manager.findElement(By.id("on")).sendKeys("2026-12-02");
        Browser.clickAndWait(manager, By.id("disclose-button"));
        Browser.assertAccessible(manager, "consent and sharing, one disclosure");
        Browser.screenshots(manager, "sharing");

        manager.get(root + "/access-requests");
        manager.findElement(By.id("requestedBy")).sendKeys("Jade Smith");
        manager.findElement(By.id("relationship")).sendKeys("Mother");
        manager.findElement(By.id("receivedOn")).sendKeys("2026-01-31");
        Browser.clickAndWait(manager, By.id("log-button"));
        Browser.assertAccessible(manager, "requests to see the record");
        Browser.screenshots(manager, "access-requests");
        Browser.clickAndWait(manager, By.linkText("Jade Smith (Mother)"));
        assertTrue(manager.findElement(By.id("redaction-list")).getText().contains("Third-party information"));
        Browser.assertAccessible(manager, "a request to see the record");
        Browser.screenshots(manager, "access-request");

        // R8-access: the originator's consultation, a step of its own; release waits for the answer.
        Browser.clickAndWait(manager, By.id("release-button"));
        assertTrue(manager.findElement(By.id("without-error")).getText().contains("Record whom you consulted"));
        Browser.assertAccessible(manager, "release refused before consulting");
        new Select(manager.findElement(By.id("originator"))).selectByIndex(1);
        manager.findElement(By.id("askedOn")).sendKeys("2026-02-02");
        Browser.clickAndWait(manager, By.id("consult-button"));
        assertTrue(manager.findElement(By.id("consultation-list")).getText().contains("Waiting for an answer"));
        Browser.clickAndWait(manager, By.id("release-button"));
        assertTrue(manager.findElement(By.id("without-error")).getText().contains("not answered yet"));
        Browser.assertAccessible(manager, "release refused while an answer is awaited");
        Browser.screenshots(manager, "access-request-waiting");
        manager.findElement(By.cssSelector("label[for^='answer-']")).click();
        Browser.clickAndWait(manager, By.cssSelector("form[id^='answer-form-'] button"));
        Browser.clickAndWait(manager, By.id("release-button"));
        assertTrue(manager.findElement(By.id("consultation-list")).getText().contains("Agrees to the release"));
        Browser.assertAccessible(manager, "a released request with its consultation");
        Browser.screenshots(manager, "access-request-released");

        manager.get(root);
        assertTrue(manager.findElement(By.id("disclosures")).getText().contains("Northfield Primary"));
        Browser.assertAccessible(manager, "case record with its sharing log");
    }
}
