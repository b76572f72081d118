package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** The basic-record forms on the case record page in a real browser: axe on the open forms, an error, a change; screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class BasicRecordFormsBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.1-basic R5.1-gender R5.4-current-historical R5.1-decisions: the case record's change forms pass axe open, with an NHS error beside its field, and after a change and a confirmed proposal; screenshots")
    void formsInBrowser() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        world.basicRecord(caseId);
        world.declaredIdentity(caseId, "Amelia Smith", "Girl");
        Tablet tablet = Tablet.enrolled(practitioner);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + tablet.token)
                .body(Json.write(new FactProposal(UUID.randomUUID().toString(), "household-joins", "Kyle Brown, mother's partner",
                        false, null, null, "Amelia said Kyle stays every night; Ms Smith confirmed.", null)))
                .post("/api/v1/cases/" + caseId + "/proposals").then().statusCode(201);
        ChromeDriver d = Browser.signIn(base.toString(), world.staff(Staff.SUPERVISOR));
        Browser.waitForUrl(d, "/workspace");

        d.get(base + "workspace/cases/" + caseId + "#change");
        ((JavascriptExecutor) d).executeScript("document.querySelectorAll('details.ds-change').forEach(x => x.open = true)");
        Browser.assertAccessible(d, "the case record with every change form open");
        ((JavascriptExecutor) d).executeScript("document.querySelectorAll('details.ds-change:not(#change-joins)')"
                + ".forEach(x => x.open = false)");
        screenshots(d, "case-record-forms");

        d.findElement(By.cssSelector("#change-nhs summary")).click();
        d.findElement(By.id("change-nhs-value")).sendKeys("401 023 2138");
        d.findElement(By.id("change-nhs-reason")).sendKeys("Letter from the GP");
        Browser.clickAndWait(d, By.cssSelector("#change-nhs button[type=submit]"));
        assertTrue(d.findElement(By.id("change-nhs-value-error")).getText().contains("This is not a valid NHS number"));
        Browser.assertAccessible(d, "the case record with an error beside the NHS number");
        screenshots(d, "case-record-forms-error");

        d.findElement(By.id("change-nhs-value")).clear();
        d.findElement(By.id("change-nhs-value")).sendKeys("401 023 2137");
        Browser.clickAndWait(d, By.cssSelector("#change-nhs button[type=submit]"));
        assertTrue(d.getPageSource().contains("NHS number changed."));
        d.findElement(By.id("comment-" + proposalOn(d))).sendKeys("Police check: nothing known");
        Browser.clickAndWait(d, By.cssSelector(".ds-proposal form button.govuk-button:not(.govuk-button--warning)"));
        assertTrue(d.getPageSource().contains("Proposal confirmed."));
        assertTrue(d.findElement(By.id("decisions")).isDisplayed());
        Browser.assertAccessible(d, "the case record after a change and a confirmation");
        screenshots(d, "case-record-decisions");
    }

    /** From the top of the page: a page reached at an anchor would otherwise be pictured from there. */
    private static void screenshots(ChromeDriver d, String name) {
        ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
        Browser.screenshots(d, name);
    }

    private static String proposalOn(ChromeDriver d) {
        return d.findElement(By.cssSelector(".ds-proposal")).getAttribute("id").substring("proposal-".length());
    }
}
