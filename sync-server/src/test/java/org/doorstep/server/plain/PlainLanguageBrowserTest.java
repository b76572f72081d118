package org.doorstep.server.plain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The plain-language advice appearing under a workspace text box as a supervisor types, in a real browser (R10-plain). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PlainLanguageBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R10-plain: typing a summary and a decision on the case record shows the tablet's advice under the box, judgemental wording included; the page passes axe WCAG 2.2 A/AA with the advice showing; screenshot")
    void adviceAsYouType() {
        String team = TestWorld.unique("Browser Plain Team");
        String caseId = world.childCase(world.person(Staff.PRACTITIONER, team, "Amara Okafor"), "Amelia Smith");
        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, team, "Priya Shah"));
        d.get(base + "workspace/cases/" + caseId + "/summaries");
        d.findElement(By.id("summary-text")).sendKeys("Amelia is settled. The LAC review is in March.");
        d.findElement(By.id("summary-concerns")).sendKeys("Mum was aggressive when I arrived and the flat was filthy.");
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(10));
        wait.until(x -> x.findElement(By.id("summary-concerns-plain")).getText().contains("'aggressive' may read as a judgement"));
        assertTrue(d.findElement(By.id("summary-text-plain")).getText().contains("'LAC' is not explained"));
        assertTrue(d.findElement(By.id("summary-strengths-plain")).getText().isEmpty(), "nothing typed, no advice");
        Browser.assertAccessible(d, "the summaries page with advice showing");
        Browser.screenshots(d, "plain-language-summary");

        d.get(base + "workspace/cases/" + caseId);
        d.findElement(By.id("reasons")).sendKeys("Threshold met for s47 enquiries.");
        wait.until(x -> x.findElement(By.id("reasons-plain")).getText().contains("professional language"));
        Browser.assertAccessible(d, "the case record with advice under the decision's reasons");
    }
}
