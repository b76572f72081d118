package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Requests to correct the record and case summaries in a real browser: the forms, axe on every page, screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CorrectionsAndSummariesBrowserTest {

    @Inject
    TestWorld world;

    @Inject
    RecordRows rows;

    @TestHTTPResource("/")
    URL base;

    /**
     * With {@code -Dscreenshots=DIR}, one part of the page at desktop width as DIR/web-NAME.png
     * (docs/screenshots/ holds the published ones); without it, nothing. Cut from a shot of the whole page, with a margin: Chrome's own element shots came out
     * cut short on these long pages.
     */
    private static void shot(ChromeDriver d, String elementId, String name) {
        Optional<Path> dir = Browser.screenshotDir();
        if (dir.isEmpty()) {
            return;
        }
        try {
            long height = ((Number) d.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
            d.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 12000)));
            Thread.sleep(500);
            List<?> r = (List<?>) d.executeScript("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                    + "return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];", elementId);
            BufferedImage page = ImageIO.read(new ByteArrayInputStream(d.getScreenshotAs(OutputType.BYTES)));
            int pad = 20;
            int x = Math.max(0, ((Number) r.get(0)).intValue() - pad);
            int y = Math.max(0, ((Number) r.get(1)).intValue() - pad);
            int w = Math.min(page.getWidth() - x, ((Number) r.get(2)).intValue() + 2 * pad);
            int h = Math.min(page.getHeight() - y, ((Number) r.get(3)).intValue() + 2 * pad);
            ImageIO.write(page.getSubimage(x, y, w, h), "png", dir.get().resolve("web-" + name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            d.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void type(ChromeDriver d, String id, String text) {
        d.findElement(By.id(id)).clear();
        d.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    @DisplayName("R11-rectify R5.7-summary: the case record's summary and correction sections, the request, answer and summary pages, and the dashboard pass axe; a request is logged and answered and a summary written through the forms; screenshots")
    void correctionsAndSummaries() {
        String team = TestWorld.unique("Browser Rectify Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String amelia = world.childCase(practitioner, "Amelia Smith");
        String noah = world.childCase(practitioner, "Noah Williams");
        world.basicRecord(amelia);
        Tablet tablet = Tablet.enrolled(practitioner);
        Instant end = Instant.now().minus(Duration.ofDays(130));
        VisitNote first = tablet.visit(amelia, "Visited at home.", end, end.plus(Duration.ofHours(2)));
        tablet.post(tablet.sign(first)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        // An older request on another case, so the dashboard has an overdue one to flag.
        LocalDate old = LocalDate.now(ZoneId.of("Europe/London")).minusDays(40);
        Map<String, String> form = new HashMap<>(Map.of("receivedDay", "" + old.getDayOfMonth(), "receivedMonth",
                "" + old.getMonthValue(), "receivedYear", "" + old.getYear(), "requesterName", "Karen Williams",
                "relationship", "Mother", "whatIsWrong", "My date of birth is wrong on the household list.",
                "askedFor", "Correct it to 4 May 1985.", "concernsNoteId", ""));
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        web.post("/workspace/cases/" + noah, "/workspace/cases/" + noah + "/corrections", form).then().statusCode(303);
        // Amelia's last summary is four months old; Zara, first visited 100 days ago, has none: both overdue.
        web.post("/workspace/cases/" + amelia, "/workspace/cases/" + amelia + "/summaries", Map.of("summary",
                "Amelia (8) lives with her mother Jade and brother Leo. School attendance has risen from 81% to 93% since "
                        + "breakfast club started. Next: keep the weekly attendance check.")).then().statusCode(303);
        rows.summariesWrittenAt(amelia, Instant.now().minus(Duration.ofDays(120)));
        String zara = world.childCase(practitioner, "Zara Ahmed");
        Instant zaraVisit = Instant.now().minus(Duration.ofDays(100));
        tablet.post(tablet.sign(tablet.visit(zara, "Visited at home.", zaraVisit, zaraVisit.plus(Duration.ofHours(1)))))
                .then().statusCode(201);

        ChromeDriver d = Browser.signIn(base.toString(), supervisor);

        d.get(base + "workspace/cases/" + amelia);
        assertTrue(d.findElement(By.id("summary-section")).getText().contains("Overdue"));
        Browser.assertAccessible(d, "the case record with an overdue summary");
        shot(d, "summary-section", "case-record-summary-overdue");
        d.findElement(By.cssSelector("#log-correction summary")).click();
        Browser.assertAccessible(d, "the case record with the request form open");
        type(d, "correction-received-day", "" + LocalDate.now(ZoneId.of("Europe/London")).getDayOfMonth());
        type(d, "correction-received-month", "" + LocalDate.now(ZoneId.of("Europe/London")).getMonthValue());
        type(d, "correction-received-year", "" + LocalDate.now(ZoneId.of("Europe/London")).getYear());
        type(d, "correction-requester", "Jade Smith");
        type(d, "correction-relationship", "Mother, with parental responsibility");
        type(d, "correction-wrong", "The note of the visit says I was shouting at Amelia. I was calling her in from the garden.");
        type(d, "correction-asked", "Take out the word 'shouting' and say what happened.");
        new Select(d.findElement(By.id("correction-note"))).selectByValue(first.noteId());
        Browser.clickAndWait(d, By.cssSelector("#log-correction button[type=submit]"));
        assertTrue(d.getPageSource().contains("Request logged. The answer is due by"), d.getCurrentUrl());
        Browser.assertAccessible(d, "the request just logged");
        Browser.screenshots(d, "correction-request");

        // The practitioner corrects the note on the tablet (R11-rectify); once synced it is offered as the answer's note.
        VisitNote correction = tablet.correction(first, "Ms Smith was calling Amelia in from the garden, not shouting at her.",
                n -> n.put("narrative", "Visited at home. Ms Smith called Amelia in from the garden."));
        tablet.post(tablet.sign(correction)).then().statusCode(201);
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Record the answer']"));
        assertTrue(d.findElement(By.className("govuk-error-summary")).getText().contains("Enter the reasons for the answer"));
        Browser.assertAccessible(d, "the answer form with errors");
        Browser.screenshots(d, "correction-answer-error");

        d.findElement(By.id("answer-outcome-2")).click();
        type(d, "answer-reasons", "The practitioner agrees 'shouting' was wrong; a correcting note records what happened. "
                + "The first note stays in the record, with the correction pointing at it.");
        new Select(d.findElement(By.id("answer-note"))).selectByValue(correction.noteId());
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Record the answer']"));
        assertTrue(d.getPageSource().contains("Answer recorded."));
        Browser.assertAccessible(d, "the answered request");
        Browser.screenshots(d, "correction-answered");

        d.get(base + "workspace/cases/" + amelia);
        type(d, "summary-text", " ");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Save the case summary']"));
        assertTrue(d.findElement(By.className("govuk-error-summary")).getText().contains("Enter the case summary"));
        Browser.assertAccessible(d, "the summary form with an error");
        type(d, "summary-text", "Amelia (8) lives with her mother and brother. Attendance is 97% this term and she has "
                + "breakfast at school every day. Ms Smith goes to the parenting group. Worry: a new partner has moved in; "
                + "checks are requested. Next: the review conference in March.");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Save the case summary']"));
        assertTrue(d.getPageSource().contains("Case summary saved."));
        Browser.assertAccessible(d, "the summaries page");
        Browser.screenshots(d, "case-summaries");

        d.get(base + "workspace/cases/" + amelia);
        Browser.assertAccessible(d, "the case record with a summary and an answered request");
        shot(d, "summary-section", "case-record-summary");
        shot(d, "corrections-section", "case-record-corrections");

        d.get(base + "workspace/cases/" + noah);
        assertTrue(d.findElement(By.id("corrections-section")).getText().contains("Overdue"));
        Browser.assertAccessible(d, "a case record with an overdue request");
        shot(d, "corrections-section", "case-record-corrections-overdue");

        d.get(base + "workspace");
        assertTrue(d.findElement(By.id("summaries")).findElement(By.xpath("following-sibling::table")).getText()
                .contains("Zara Ahmed"), "Zara's summary is overdue");
        String board = d.findElement(By.id("corrections-dashboard")).getText();
        assertTrue(board.contains("Noah Williams") && board.contains("Overdue"), board);
        Browser.assertAccessible(d, "the dashboard");
        shot(d, "corrections-dashboard", "dashboard-corrections");
        Browser.screenshots(d, "dashboard-corrections-summaries");
    }
}
