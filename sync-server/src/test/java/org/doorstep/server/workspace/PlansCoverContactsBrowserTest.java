package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Recording a plan, a contact and a chronology line, and granting cover, in a real browser on the
 * case record's pages: axe WCAG 2.2 A/AA on each form, with its errors and after it succeeds; screenshots.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PlansCoverContactsBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    /** A date input's value set as the browser's date picker sets it (typing depends on the browser's locale). */
    private static void date(ChromeDriver d, String id, LocalDate value) {
        ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]", d.findElement(By.id(id)), value.toString());
    }

    private static void type(ChromeDriver d, String id, String text) {
        d.findElement(By.id(id)).clear();
        d.findElement(By.id(id)).sendKeys(text);
    }

    private static void screenshots(ChromeDriver d, String name) {
        ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
        Browser.screenshots(d, name);
    }

    private String caseOf(String childName) {
        String caseId = world.childCase(world.person(Staff.PRACTITIONER, TestWorld.TEAM, "Amara Okafor"), childName);
        world.noPlan(caseId);
        return caseId;
    }

    @Test
    @DisplayName("R5.2-analysis R5.4: a supervisor records a plan recommendation with tasks (a task without an owner is "
            + "refused beside its field), then changes it; each page passes axe; screenshots")
    void recordAPlan() {
        String caseId = caseOf("Amelia Smith");
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, TestWorld.TEAM, "Priya Shah"));
        Browser.waitForUrl(d, "/workspace");
        d.get(base + "workspace/cases/" + caseId);
        assertTrue(d.findElement(By.id("plan-section")).getText().contains("No plan or review recommendations recorded yet"));
        Browser.clickAndWait(d, By.linkText("Record the plan"));
        Browser.assertAccessible(d, "the empty plan with its form");

        type(d, "text", "Amelia attends school every day");
        type(d, "task-1-what", "Walk Amelia to school");
        date(d, "task-1-due", TODAY.plusDays(14));
        type(d, "task-2-what", "Report attendance every Friday");
        type(d, "task-2-owner", "Mr Jones, head teacher");
        date(d, "task-2-due", TODAY.plusDays(28));
        Browser.clickAndWait(d, By.id("add-recommendation"));
        assertTrue(d.findElement(By.id("task-1-owner-error")).getText().contains("Say who owns task 1, for example: Jade Smith, mother."));
        assertEquals("Walk Amelia to school", d.findElement(By.id("task-1-what")).getAttribute("value"), "what was typed is kept");
        Browser.assertAccessible(d, "the plan form with an error beside a task's owner");
        screenshots(d, "plan-error");

        type(d, "task-1-owner", "Jade Smith, mother");
        Browser.clickAndWait(d, By.id("add-recommendation"));
        assertTrue(d.getPageSource().contains("Recommendation added to the plan."));
        String card = d.findElement(By.id("recommendation-1")).getText();
        assertTrue(card.contains("Amelia attends school every day"), card);
        assertTrue(card.contains("Walk Amelia to school") && card.contains("Jade Smith, mother"), card);
        assertTrue(card.contains("Report attendance every Friday") && card.contains("Mr Jones, head teacher"), card);
        Browser.assertAccessible(d, "the plan with a recommendation");
        screenshots(d, "plan");

        Browser.clickAndWait(d, By.partialLinkText("Change or retire"));
        type(d, "text", "Amelia attends school every day and on time");
        type(d, "reason", "Agreed at the review meeting");
        Browser.assertAccessible(d, "changing a recommendation");
        screenshots(d, "plan-change");
        Browser.clickAndWait(d, By.id("change-recommendation"));
        assertTrue(d.getPageSource().contains("Recommendation changed."));
        assertTrue(d.findElement(By.id("recommendation-1")).getText().contains("Amelia attends school every day and on time"));

        d.get(base + "workspace/cases/" + caseId + "#plan");
        assertTrue(d.findElement(By.id("plan-section")).getText().contains("Amelia attends school every day and on time"),
                "the case record shows the plan in force");
    }

    @Test
    @DisplayName("R5.3-contacts: a supervisor records a phone call with a decision; a decision without who made it and "
            + "why is refused beside the fields; the contact is on the record and in the chronology; axe; screenshots")
    void recordAContact() {
        String caseId = caseOf("Oliver Hughes");
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, TestWorld.TEAM, "Priya Shah"));
        Browser.waitForUrl(d, "/workspace");
        d.get(base + "workspace/cases/" + caseId + "/contacts/new");
        Browser.assertAccessible(d, "the contact form");
        d.findElement(By.id("method")).click();
        type(d, "withWhom", "Mr Patel, class teacher");
        type(d, "what", "Oliver was absent on Monday and Tuesday; his father phoned in sick both days.");
        type(d, "decisions", "School to phone the social worker after any second day of absence");
        Browser.clickAndWait(d, By.id("record-contact"));
        assertTrue(d.findElement(By.id("decidedBy-error")).getText().contains("Say who made the decisions."));
        assertTrue(d.findElement(By.id("reasons-error")).getText().contains("Give the reasons for the decisions."));
        Browser.assertAccessible(d, "the contact form with errors");
        screenshots(d, "contact-error");

        type(d, "decidedBy", "Priya Shah, team manager, with Mr Patel");
        type(d, "reasons", "Two absences in a week were the first sign last time.");
        Browser.clickAndWait(d, By.id("record-contact"));
        Browser.waitForUrl(d, "contact=recorded");
        assertTrue(d.getPageSource().contains("Contact recorded. It is also in the chronology."));
        String contacts = d.findElement(By.cssSelector("#contacts ~ ol.ds-decisions")).getText();
        assertTrue(contacts.contains("Phone call with Mr Patel, class teacher"), contacts);
        assertTrue(d.findElement(By.cssSelector("table.govuk-table")).isDisplayed());
        assertTrue(d.getPageSource().contains("Phone call recorded by Priya Shah"), "the chronology names who recorded it");
        Browser.assertAccessible(d, "the case record after a contact");
        screenshots(d, "contact-recorded");
    }

    @Test
    @DisplayName("R5.5-chronology: a supervisor adds a fact from before the case opened with its category and source "
            + "document; without a category it is refused beside the field; axe; screenshots")
    void addAChronologyLine() {
        String caseId = caseOf("Aisha Rahman");
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, TestWorld.TEAM, "Priya Shah"));
        Browser.waitForUrl(d, "/workspace");
        d.get(base + "workspace/cases/" + caseId);
        Browser.clickAndWait(d, By.id("add-line-link"));
        Browser.assertAccessible(d, "the chronology line form");
        date(d, "date", LocalDate.of(2019, 9, 4));
        type(d, "fact", "Started at Elm Road Primary School");
        type(d, "source", "School admission record, 4 September 2019");
        Browser.clickAndWait(d, By.id("add-line"));
        assertTrue(d.findElement(By.id("category-error")).getText().contains("Choose what the fact is about."));
        assertEquals("2019-09-04", d.findElement(By.id("date")).getAttribute("value"), "what was typed is kept");
        Browser.assertAccessible(d, "the chronology line form with an error");
        screenshots(d, "chronology-line-error");

        d.findElement(By.id("category-education")).click();
        Browser.clickAndWait(d, By.id("add-line"));
        Browser.waitForUrl(d, "line=added");
        assertTrue(d.getPageSource().contains("Fact added to the chronology."));
        String row = d.findElement(By.xpath("//td[contains(., 'Started at Elm Road Primary School')]/..")).getText();
        assertTrue(row.contains("Education") && row.contains("School admission record, 4 September 2019"), row);
        Browser.assertAccessible(d, "the case record after a chronology line");
    }

    @Test
    @DisplayName("R14-cover: a supervisor grants a practitioner of the team cover until a date and can end it; axe; screenshots")
    void grantCover() {
        String caseId = caseOf("Maya Thompson");
        String covering = world.person(Staff.PRACTITIONER, TestWorld.TEAM, "Tom Price");
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, TestWorld.TEAM, "Priya Shah"));
        Browser.waitForUrl(d, "/workspace");
        d.get(base + "workspace/cases/" + caseId);
        Browser.clickAndWait(d, By.linkText("Cover"));
        Browser.clickAndWait(d, By.id("grant-cover"));
        assertTrue(d.findElement(By.id("practitioner-error")).getText().contains("Choose the practitioner who covers the case."));
        Browser.assertAccessible(d, "the cover form with errors");
        screenshots(d, "cover-error");

        new Select(d.findElement(By.id("practitioner"))).selectByValue(covering);
        date(d, "until", TODAY.plusDays(10));
        type(d, "reason", "Amara Okafor is on leave for ten days");
        Browser.clickAndWait(d, By.id("grant-cover"));
        assertTrue(d.getPageSource().contains("Cover granted."));
        String row = d.findElement(By.cssSelector("tbody tr")).getText();
        assertTrue(row.contains("Tom Price") && row.contains("In force"), row);
        Browser.assertAccessible(d, "the cover page with cover in force");
        screenshots(d, "cover");

        Browser.clickAndWait(d, By.cssSelector("button[id^=end-cover-]"));
        assertTrue(d.getPageSource().contains("Cover ended."));
        assertTrue(d.findElement(By.cssSelector("tbody tr")).getText().contains("Ended"));
    }
}
