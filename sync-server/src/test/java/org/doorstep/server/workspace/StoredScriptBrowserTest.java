package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.notes.SignedSketchTest;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** Issue 11: script stored in every text field a tablet sends is shown as text, never run, on the pages, in the SVG and in the PDF. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class StoredScriptBrowserTest {

    private static final String SCRIPT = "<script>window.hacked=1</script><img src=x onerror=\"window.hacked=2\">";

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    private static String hostile(String what) {
        return what + " " + SCRIPT;
    }

    @Test
    @DisplayName("R12-oversight: script stored in every text field renders as text in chromium, in the sketch SVG and in the court PDF")
    void storedScriptIsText() throws Exception {
        String team = TestWorld.unique("Script team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, hostile("Child"));
        Tablet tablet = Tablet.enrolled(practitioner);
        Sketch body = SignedSketchTest.bodyMap();
        Mark m = body.marks().get(0);
        Mark mark = new Mark(m.number(), m.x(), m.y(), m.regionId(), hostile("site"), m.sizeCm(), hostile("shape"),
                List.of(hostile("colour")), m.skinBroken(), m.swelling(), m.surface(), hostile("child said"),
                hostile("carer said"), m.basis(), hostile("first noticed"));
        Sketch sketch = Sketch.of(body.templateId(), hostile("caption"), body.width(), body.height(), body.strokes(),
                List.of(mark));
        VisitNote visit = Tablet.withSketches(Tablet.with(tablet.visit(caseId, hostile("narrative")), n -> {
            for (String f : List.of("venue", "purpose", "informationExchanged", "childViews", "childViewsSupport",
                    "carerViews", "relationshipQuality")) {
                n.put(f, hostile(f));
            }
            n.putArray("present").addObject().put("name", hostile("name")).put("role", hostile("role"));
            n.withArray("reportedByOthers").forEach(s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s)
                    .put("text", hostile("said")).put("saidBy", hostile("said by")));
            n.withArray("analysis").forEach(a -> ((com.fasterxml.jackson.databind.node.ObjectNode) a).put("text", hostile("analysis")));
            n.withArray("actions").forEach(a -> ((com.fasterxml.jackson.databind.node.ObjectNode) a).put("what", hostile("action")));
            n.putObject("privacyNotice").put("given", true).put("languageOrFormat", hostile("leaflet"));
        }), sketch);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        given().contentType("application/json").header("Authorization", "Bearer " + tablet.token)
                .body(Json.write(new ChronologyLine(LocalDate.now().minusDays(1), hostile("fact"), hostile("source"))))
                .post("/api/v1/cases/" + caseId + "/chronology").then().statusCode(201);
        given().contentType("application/json").header("Authorization", "Bearer " + tablet.token)
                .body(Json.write(new FactProposal(UUID.randomUUID().toString(), "communication-needs", hostile("needs"),
                        null, null, null, hostile("reason"), null)))
                .post("/api/v1/cases/" + caseId + "/proposals").then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR, team);

        ChromeDriver d = Browser.signIn(base.toString(), supervisor);
        for (String page : List.of("workspace", "workspace/queue", "workspace/visits/" + visit.noteId(),
                "workspace/cases/" + caseId, "workspace/cases/" + caseId + "/access-log")) {
            d.get(base + page);
            Object hacked = ((JavascriptExecutor) d).executeScript("return window.hacked === undefined ? null : window.hacked;");
            assertEquals(null, hacked, "stored script ran on " + page);
            String text = d.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("<script>window.hacked=1</script>"), "the script shows as text on " + page);
        }
        d.get(base + "workspace/visits/" + visit.noteId());
        String shown = d.findElement(By.tagName("body")).getText();
        for (String field : List.of("venue", "purpose", "narrative", "childViews", "carerViews", "relationshipQuality",
                "name", "said", "analysis", "action", "caption", "site", "child said", "leaflet")) {
            assertTrue(shown.contains(field + " <script>window.hacked=1</script>"), field + " shows as text");
        }

        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        String svg = web.get(VisitPage.sketchPath(visit.noteId(), 1)).then().statusCode(200).extract().asString();
        assertFalse(svg.contains("<script"), "no script element in the SVG");
        assertFalse(svg.contains("<img"), "no img element in the SVG");
        assertTrue(svg.contains("&lt;script&gt;"), "the caption is escaped text in the SVG");

        byte[] pdf = web.get("/workspace/cases/" + caseId + "/chronology.pdf").then().statusCode(200).extract().asByteArray();
        String flat = PdfText.of(pdf);
        assertTrue(flat.contains("fact <script>window.hacked=1</script>"), "the PDF shows the script as text: " + flat);
    }
}
