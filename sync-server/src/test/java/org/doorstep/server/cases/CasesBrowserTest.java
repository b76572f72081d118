package org.doorstep.server.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The case pages in a real browser (chromium), each state checked with axe (WCAG 2.2 A/AA) and
 * screenshotted: open a case at referral (after its errors), allocate, transfer and confirm receipt
 * in another team, close and reopen, correct the child's date of birth.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CasesBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    private static void type(ChromeDriver d, String id, String text) {
        WebElement e = d.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static String text(ChromeDriver d, String css) {
        return d.findElement(By.cssSelector(css)).getText();
    }

    @Test
    @DisplayName("R1-contemporaneous R14-transfer R5.1-basic: a manager opens a case at referral after the errors for a future "
            + "date of birth and a bad NHS number, allocates it, audits it for a transfer; the other team's manager confirms it; "
            + "every page passes axe")
    void openAllocateTransfer() {
        String team = TestWorld.unique("North Locality Team");
        String receiving = TestWorld.unique("South Locality Team");
        String amara = world.person(Staff.PRACTITIONER, team, "Amara Okafor");
        world.person(Staff.PRACTITIONER, team, "Tom Price");
        String ben = world.person(Staff.PRACTITIONER, receiving, "Ben Carter");
        String daniel = world.person(Staff.MANAGER, team, "Daniel Reed");
        String grace = world.person(Staff.MANAGER, receiving, "Grace Mensah");

        ChromeDriver d = Browser.signIn(base.toString(), daniel);
        Browser.clickAndWait(d, By.linkText("Cases"));
        assertEquals("Cases and allocations", d.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(d, "cases and allocations");
        Browser.clickAndWait(d, By.id("open-case"));
        Browser.assertAccessible(d, "open a case");
        type(d, "legalName", "Amelia Jade Smith");
        type(d, "dateOfBirth", LocalDate.now().plusDays(2).toString());
        type(d, "address", "12 Elm Road, Northfield, NF2 4AB");
        type(d, "nhsNumber", "943 476 5918");
        type(d, "referralDate", LocalDate.now().toString());
        type(d, "referralSource", "Northfield Primary's designated safeguarding lead");
        Browser.clickAndWait(d, By.id("open-button"));
        String summary = text(d, ".govuk-error-summary");
        assertTrue(summary.contains("The date of birth cannot be in the future") && summary.contains("This is not a valid NHS number"),
                summary);
        assertTrue(d.findElement(By.id("dateOfBirth-error")).isDisplayed());
        assertTrue(d.findElement(By.id("nhsNumber-error")).isDisplayed());
        assertEquals("Amelia Jade Smith", d.findElement(By.id("legalName")).getAttribute("value"), "what was typed stays");
        Browser.assertAccessible(d, "open a case with errors");
        Browser.screenshots(d, "case-open-errors");
        assertEquals(0, world.casesOf(team), "nothing stored");

        type(d, "dateOfBirth", "14 3 2017");
        type(d, "nhsNumber", "943 476 5919");
        Browser.clickAndWait(d, By.id("open-button"));
        assertTrue(text(d, ".govuk-notification-banner--success").contains("Case opened at referral"));
        assertTrue(text(d, "#case-state").contains("Waiting for allocation"));
        assertTrue(text(d, "#moves").contains("Case opened at referral: Amelia Jade Smith, born 14 March 2017"));
        Browser.assertAccessible(d, "a case just opened");
        Browser.screenshots(d, "case-opened");
        String caseId = d.getCurrentUrl().replaceAll(".*/cases/([^/]+)/manage.*", "$1");

        Browser.clickAndWait(d, By.id("allocate"));
        Browser.clickAndWait(d, By.id("allocate-button"));
        assertTrue(d.findElement(By.id("practitioner-error")).isDisplayed());
        assertTrue(d.findElement(By.id("reason-error")).isDisplayed());
        Browser.assertAccessible(d, "allocate with errors");
        new Select(d.findElement(By.id("practitioner"))).selectByVisibleText("Amara Okafor");
        type(d, "reason", "Amara knows the school and has room on her caseload.");
        Browser.screenshots(d, "case-allocate");
        Browser.clickAndWait(d, By.id("allocate-button"));
        assertEquals("Amara Okafor", d.findElement(By.id("allocated-to")).getText());
        assertEquals(amara, world.caseRow(caseId)[3]);

        Browser.clickAndWait(d, By.id("transfer"));
        Browser.assertAccessible(d, "transfer");
        new Select(d.findElement(By.id("toTeam"))).selectByVisibleText(receiving);
        Browser.clickAndWait(d, By.id("transfer-button"));
        assertTrue(d.findElement(By.id("checks-error")).isDisplayed());
        assertTrue(d.findElement(By.id("findings-error")).isDisplayed());
        Browser.assertAccessible(d, "transfer with errors");
        Browser.screenshots(d, "case-transfer-errors");
        for (WebElement box : d.findElements(By.cssSelector("input[name='checks']"))) {
            if (!box.isSelected()) {
                d.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
            }
        }
        type(d, "findings", "Record complete and signed off. Review conference on 12 January.");
        Browser.clickAndWait(d, By.id("transfer-button"));
        assertTrue(text(d, "#pending-transfer").contains(receiving));
        assertTrue(d.findElements(By.id("close")).isEmpty(), "no closing mid-transfer");
        Browser.assertAccessible(d, "a case waiting for transfer");
        Browser.screenshots(d, "case-transfer-waiting");

        Browser.signIn(base.toString(), grace);
        Browser.clickAndWait(d, By.linkText("Cases"));
        assertTrue(text(d, "#incoming").contains("Amelia Jade Smith"));
        Browser.screenshots(d, "cases-incoming");
        Browser.clickAndWait(d, By.partialLinkText("Amelia Jade Smith"));
        assertTrue(text(d, "#audit").contains("Review conference on 12 January."));
        Browser.assertAccessible(d, "confirm a transfer");
        new Select(d.findElement(By.id("practitioner"))).selectByVisibleText("Ben Carter");
        type(d, "note", "Arrived complete; Ben visits this week.");
        Browser.screenshots(d, "case-receive");
        Browser.clickAndWait(d, By.id("receive-button"));
        assertTrue(text(d, ".govuk-notification-banner--success").contains("Case " + caseId + " received"));
        assertTrue(text(d, "#open-cases").contains("Ben Carter"));
        Browser.assertAccessible(d, "cases after a transfer in");
        assertEquals(ben, world.caseRow(caseId)[3]);
        assertEquals(receiving, world.caseRow(caseId)[4]);
    }

    @Test
    @DisplayName("R1-contemporaneous R5.1-basic: a manager closes a case with a summary and reopens it with a reason; a supervisor "
            + "corrects the date of birth with the evidence seen after the error for a future date; every page passes axe")
    void closeReopenAndCorrect() {
        String team = TestWorld.unique("North Locality Team");
        String amara = world.person(Staff.PRACTITIONER, team, "Amara Okafor");
        String daniel = world.person(Staff.MANAGER, team, "Daniel Reed");
        String priya = world.person(Staff.SUPERVISOR, team, "Priya Shah");
        io.restassured.RestAssured.baseURI = base.toString().replaceAll("/$", "");
        org.doorstep.server.workspace.WebSession manager = org.doorstep.server.workspace.WebSession.signIn(daniel, TestWorld.PASSWORD);
        String caseId = CaseMovesTest.open(manager, "Lily Evans");
        CaseMovesTest.allocate(manager, caseId, amara);

        ChromeDriver d = Browser.signIn(base.toString(), daniel);
        d.get(base + "workspace/cases/" + caseId);
        Browser.clickAndWait(d, By.id("manage-case"));
        Browser.clickAndWait(d, By.id("close"));
        Browser.clickAndWait(d, By.id("close-button"));
        assertTrue(d.findElement(By.id("summary-error")).isDisplayed());
        Browser.assertAccessible(d, "close with an error");
        type(d, "summary", "The plan's aims are met. Support continues from the early help team.");
        Browser.screenshots(d, "case-close");
        Browser.clickAndWait(d, By.id("close-button"));
        assertTrue(text(d, "#case-state").contains("Closed"));
        assertNull(world.caseRow(caseId)[3], "no longer allocated");
        Browser.assertAccessible(d, "a closed case");
        Browser.clickAndWait(d, By.id("reopen"));
        type(d, "reason", "New referral from the school nurse on " + LocalDate.now() + ".");
        Browser.assertAccessible(d, "reopen");
        Browser.clickAndWait(d, By.id("reopen-button"));
        assertTrue(text(d, "#case-state").contains("Waiting for allocation"));
        assertTrue(text(d, "#moves").contains("Case reopened") && text(d, "#moves").contains("Case closed on"));

        Browser.signIn(base.toString(), priya);
        d.get(base + "workspace/cases/" + caseId + "/manage");
        assertTrue(d.findElements(By.id("reopen")).isEmpty() && d.findElements(By.id("allocate")).isEmpty(),
                "a supervisor does not move cases");
        Browser.clickAndWait(d, By.cssSelector("a[href$='/identity/date-of-birth']"));
        type(d, "value", LocalDate.now().plusYears(1).toString());
        type(d, "evidence", "Birth certificate");
        Browser.clickAndWait(d, By.id("correct-button"));
        assertTrue(d.findElement(By.id("value-error")).getText().contains("cannot be in the future"));
        Browser.assertAccessible(d, "correct the date of birth with an error");
        Browser.screenshots(d, "case-identity-error");
        type(d, "value", "15 3 2017");
        type(d, "evidence", "Birth certificate, seen at the home visit");
        Browser.clickAndWait(d, By.id("correct-button"));
        assertTrue(text(d, "#identity").contains("15 March 2017"));
        assertTrue(text(d, "#moves").contains("Date of birth corrected to 15 March 2017 (was 14 March 2017)"));
        Browser.assertAccessible(d, "the case after a correction");
        Browser.screenshots(d, "case-manage");
    }
}
