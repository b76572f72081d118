package org.doorstep.server.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.doorstep.server.workspace.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The genogram page in a real browser (R5.6-genogram): three generations built through its forms. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class GenogramBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.6-genogram: a supervisor adds relatives and relationships; the SVG shows three generations, downloads as image/svg+xml, wrong input says why beside the field and changes nothing; axe WCAG 2.2 A/AA; screenshots")
    void genogramPage() {
        String team = TestWorld.unique("Browser Genogram Team");
        String caseId = world.childCase(world.person(Staff.PRACTITIONER, team, "Tom Price"), "Mia Reed");
        long[] household = world.basicRecord(caseId);
        String supervisor = world.person(Staff.SUPERVISOR, team, "Priya Shah");
        ChromeDriver d = Browser.signIn(base.toString(), supervisor);
        d.get(base + "workspace/cases/" + caseId + "/genogram");
        Browser.assertAccessible(d, "the genogram page, household only");

        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Add the person']"));
        assertTrue(d.findElement(By.id("person-sex-error")).getText().contains("Choose male, female, or other or not known"));
        assertTrue(d.findElement(By.id("person-reason-error")).getText().contains("Enter the reason for the change"));
        assertEquals(0, world.rows("family_people", caseId), "refused input changes nothing");
        Browser.assertAccessible(d, "the person form with errors");

        person(d, "m" + household[0], "", "female", "3 11 1987", "");
        person(d, "m" + household[1], "", "male", "20 1 1984", "");
        person(d, "", "Ada Test", "female", "9 7 1951", "");
        person(d, "", "George Test", "male", "2 3 1948", "1 6 2019");
        relationship(d, "George Test", "married", "Ada Test");
        relationship(d, "Ada Test", "parent-of", "Dan Test");
        relationship(d, "George Test", "parent-of", "Dan Test");
        relationship(d, "Dan Test", "divorced", "Jade Test");
        relationship(d, "Jade Test", "parent-of", "Mia Reed");
        relationship(d, "Dan Test", "parent-of", "Mia Reed");

        // R5.6-genogram: the model refuses what cannot be, beside the field, and nothing is added
        long before = world.rows("family_relationships", caseId);
        relationship(d, "Mia Reed", "parent-of", "George Test");
        assertTrue(d.findElement(By.id("relationship-from-error")).getText()
                .contains("A person cannot be the parent of their own parent or grandparent."));
        assertEquals(before, world.rows("family_relationships", caseId));
        Browser.assertAccessible(d, "the relationship form with an error");

        d.get(base + "workspace/cases/" + caseId + "/genogram");
        String svg = d.findElement(By.cssSelector("#drawing svg")).getAttribute("outerHTML");
        assertTrue(svg.contains("died aged 71") && svg.contains("Mia Reed"), "the drawing shows the people and ages");
        long rows = d.findElements(By.cssSelector("#drawing svg text")).stream().map(t -> t.getAttribute("y")).distinct().count();
        assertTrue(rows >= 6, "names and ages on three generations' rows: " + rows);
        assertTrue(d.findElement(By.id("relationship-list")).getText().contains("Dan Test is divorced from Jade Test"));
        Browser.assertAccessible(d, "the genogram page with three generations");
        Browser.screenshots(d, "genogram");

        Object type = d.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/workspace/cases/" + caseId + "/genogram/genogram.svg').then(r => r.text().then(t => done(r.headers.get('content-type') + '|' + t.substring(0, 4))));");
        assertTrue(String.valueOf(type).startsWith("image/svg+xml"), "downloads as SVG: " + type);
        assertTrue(String.valueOf(type).endsWith("<svg"), "the download is the drawing: " + type);

        // R5.6-genogram: the court export carries the drawing (vector, same shapes) and the relationships in words
        byte[] pdf = WebSession.signIn(supervisor, TestWorld.PASSWORD).get("/workspace/cases/" + caseId + "/chronology.pdf")
                .then().statusCode(200).extract().asByteArray();
        String genogram = pdfGenogram(pdf);
        assertTrue(genogram.contains("(died aged 71)") && genogram.contains("Dan Test is divorced from Jade Test"),
                "the court export ends with the drawing and the relationships in words: " + genogram);

        d.get(base + "workspace/cases/" + caseId);
        assertTrue(d.findElement(By.cssSelector("#genogram-section svg")).getAttribute("outerHTML").contains("George Test"));
        Browser.assertAccessible(d, "the case record with the genogram section");
    }

    /**
     * The court export from its genogram page on: the drawing (a form XObject, whose text the PDF text
     * extractor does not read, so its drawn text is read from the stream) and then the words.
     */
    private static String pdfGenogram(byte[] pdf) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "court-export-genogram.pdf"), pdf);
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
                com.lowagie.text.pdf.PdfDictionary res = reader.getPageN(p).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES);
                com.lowagie.text.pdf.PdfDictionary xobjects = res == null ? null : res.getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT);
                if (xobjects != null) {
                    for (com.lowagie.text.pdf.PdfName key : xobjects.getKeys()) {
                        com.lowagie.text.pdf.PdfObject o = com.lowagie.text.pdf.PdfReader.getPdfObject(xobjects.get(key));
                        if (o instanceof com.lowagie.text.pdf.PRStream stream) {
                            text.append(new String(com.lowagie.text.pdf.PdfReader.getStreamBytes(stream),
                                    java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
                        }
                    }
                }
            }
            String all = text.toString().replaceAll("\\s+", " ");
            return all.substring(all.lastIndexOf("Genogram As recorded"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void person(ChromeDriver d, String member, String name, String sex, String born, String died) {
        new Select(d.findElement(By.id("person-member"))).selectByValue(member);
        type(d, "person-name", name);
        new Select(d.findElement(By.id("person-sex"))).selectByValue(sex);
        type(d, "person-born", born);
        type(d, "person-died", died);
        type(d, "person-reason", "Told by the mother at the visit");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Add the person']"));
        assertTrue(d.getPageSource().contains("Person added to the genogram."), "person added: " + name + member + ": "
                + d.findElements(By.className("govuk-error-summary")).stream().map(e -> e.getText()).toList());
    }

    private static void relationship(ChromeDriver d, String from, String kind, String to) {
        new Select(d.findElement(By.id("relationship-from"))).selectByVisibleText(from);
        new Select(d.findElement(By.id("relationship-kind"))).selectByValue(kind);
        new Select(d.findElement(By.id("relationship-to"))).selectByVisibleText(to);
        type(d, "relationship-reason", "Told by the mother at the visit");
        Browser.clickAndWait(d, By.xpath("//button[normalize-space()='Add the relationship']"));
        if (!from.equals("Mia Reed")) {
            assertTrue(d.getPageSource().contains("Relationship added."), "relationship added: " + from + " " + kind + " " + to + ": "
                    + d.findElements(By.className("govuk-error-summary")).stream().map(e -> e.getText()).toList());
        }
    }

    private static void type(ChromeDriver d, String id, String text) {
        d.findElement(By.id(id)).clear();
        d.findElement(By.id(id)).sendKeys(text);
    }
}
