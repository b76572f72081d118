package org.doorstep.server.proposals;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** A relationship proposed from the tablet, decided in the workspace in a real browser (R5.6-genogram). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RelationshipProposalBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.6-genogram: the supervisor reads 'Amara Okafor proposes: Jade Test is partner of Dan Test since 1 March 2010' "
            + "among the proposals, confirms it with the same button as a household change, and the genogram section shows it; axe WCAG 2.2 A/AA; screenshot")
    void decidedInTheWorkspace() throws Exception {
        String team = TestWorld.unique("Browser Relationship Team");
        String practitioner = world.person(Staff.PRACTITIONER, team, "Amara Okafor");
        String caseId = world.childCase(practitioner, "Mia Test");
        long[] household = world.basicRecord(caseId);
        Tablet tablet = Tablet.enrolled(practitioner);
        FactProposal partners = FactProposal.relationship(UUID.randomUUID().toString(), "m" + household[0], "partnered",
                "m" + household[1], LocalDate.of(2010, 3, 1), null, "Jade told me she and Dan were together from March 2010.");
        FactProposal parent = FactProposal.relationship(UUID.randomUUID().toString(), "m" + household[0], "parent-of", "child",
                null, null, "Mia calls Jade mum; the birth certificate names her.");
        for (FactProposal p : new FactProposal[] {partners, parent}) {
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + tablet.token).body(Json.write(p))
                    .post("/api/v1/cases/" + caseId + "/proposals").then().statusCode(201);
        }

        ChromeDriver d = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, team, "Priya Shah"));
        d.get(base + "workspace/cases/" + caseId);
        String heading = d.findElement(By.cssSelector("#proposal-" + partners.proposalId() + " h3")).getText();
        assertEquals("Amara Okafor proposes: Jade Test is partner of Dan Test since 1 March 2010", heading);
        Browser.assertAccessible(d, "the case record with relationship proposals");
        d.executeScript("document.getElementById('proposals').scrollIntoView(); window.scrollBy(0, -16);");
        Optional<Path> dir = Browser.screenshotDir();
        if (dir.isPresent()) {
            Files.write(dir.get().resolve("web-relationship-proposal.png"), d.getScreenshotAs(OutputType.BYTES));
        }

        Browser.clickAndWait(d, By.xpath("//div[@id='proposal-" + partners.proposalId() + "']//button[starts-with(normalize-space(), 'Confirm')]"));
        assertTrue(d.getPageSource().contains("Proposal confirmed") || d.getPageSource().contains("confirmed"), "says it was done");
        assertEquals(1, world.rows("family_relationships", caseId), "on the genogram");
        d.get(base + "workspace/cases/" + caseId);
        assertTrue(d.findElement(By.cssSelector("#genogram-section")).getText().contains("Jade Test is partner of Dan Test, since 2010-03-01")
                || d.findElement(By.cssSelector("#genogram-section svg")).getAttribute("outerHTML").contains("Jade Test is partner of Dan Test"),
                "the genogram section shows the relationship");
        String page = d.getPageSource();
        String decisions = page.substring(page.indexOf("id=\"decisions\""));
        assertTrue(decisions.contains("Confirmed: Genogram: Jade Test is partner of Dan Test, since 2010-03-01"), decisions);
        assertEquals(1, d.findElements(By.cssSelector(".ds-proposal")).size(), "the other one still waits");
        Browser.assertAccessible(d, "the case record after confirming a relationship");
    }
}
