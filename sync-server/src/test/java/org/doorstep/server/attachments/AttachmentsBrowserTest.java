package org.doorstep.server.attachments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Documents and photos in chromium, each page checked with axe (WCAG 2.2 A/AA) and screenshotted:
 * the files page after a refused upload and after a court order is attached, a visit whose photo
 * is verified and whose second photo is still waiting, and the case record's section.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AttachmentsBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R1-media: the files page, its form errors, a visit's verified and waiting files and the case record pass axe")
    void pages() throws IOException {
        String team = TestWorld.unique("Files Team");
        String practitioner = world.person(Staff.PRACTITIONER, team, "Priya Shah");
        String supervisor = world.person(Staff.SUPERVISOR, team, "Tom Okafor");
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        byte[] arrived = AttachmentsTest.photo("the bedroom");
        byte[] waiting = AttachmentsTest.photo("the garden");
        VisitNote visit = tablet.visit(caseId).withAttachments(List.of(
                AttachmentsTest.ref("Bedroom, bunk beds.jpg", arrived), AttachmentsTest.ref("Garden, broken fence.jpg", waiting)));
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        Attachment first = visit.attachments().get(0);
        AttachmentsTest.put(tablet, first.sha256(), arrived).then().statusCode(201);

        ChromeDriver d = Browser.signIn(base.toString(), supervisor);
        String files = base + "workspace/cases/" + caseId + "/files";
        d.get(files);
        Browser.clickAndWait(d, By.id("attach"));
        assertTrue(d.findElement(By.id("file-error")).isDisplayed());
        Browser.assertAccessible(d, "files page with errors");
        Browser.screenshots(d, "files-errors");

        Path pdf = Files.createTempFile("interim-care-order", ".pdf");
        Files.write(pdf, "%PDF-1.4 Interim care order".getBytes(StandardCharsets.US_ASCII));
        d.findElement(By.cssSelector("label[for='kind']")).click();
        d.findElement(By.id("title")).sendKeys("Interim care order, 3 November 2026");
        d.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        Browser.clickAndWait(d, By.id("attach"));
        assertTrue(d.findElement(By.id("documents")).isDisplayed());
        assertTrue(d.getPageSource().contains("Interim care order, 3 November 2026"));
        Browser.assertAccessible(d, "files page");
        Browser.screenshots(d, "files");

        d.get(base + "workspace/visits/" + visit.noteId());
        String text = d.findElement(By.id("files")).findElement(By.xpath("following-sibling::table")).getText();
        assertTrue(text.contains("Verified") && text.contains("Waiting for the file"), text);
        Browser.assertAccessible(d, "visit with files");
        Browser.screenshots(d, "visit-files");

        d.get(base + "workspace/cases/" + caseId);
        Browser.assertAccessible(d, "case record with documents and photos");
        Browser.screenshots(d, "case-record-files");

        // R7-restricted: restricted, the visit and its files are withheld from another supervisor of the team.
        String restrictions = "/workspace/cases/" + caseId + "/restrictions";
        org.doorstep.server.workspace.WebSession.signIn(supervisor, TestWorld.PASSWORD).post(restrictions, restrictions,
                java.util.Map.of("item", "entry:" + visit.noteId(), "reason", "adoption",
                        "explanation", "Adoption details the family must not see.")).then().statusCode(303);
        ChromeDriver other = Browser.signIn(base.toString(), world.person(Staff.SUPERVISOR, team, "Grace Mensah"));
        other.get(base + "workspace/cases/" + caseId);
        assertTrue(other.findElement(By.id("visits-withheld")).getText().contains("1 item is withheld"));
        assertTrue(other.findElement(By.id("files-withheld")).getText().contains("2 restricted files are not shown"));
        assertTrue(!other.getPageSource().contains("Bedroom, bunk beds.jpg"));
        Browser.assertAccessible(other, "case record with a restricted visit withheld");
        Browser.screenshots(other, "case-record-withheld");
    }
}
