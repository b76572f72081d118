package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ChronologyRecorderTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R5.5-chronology: a line typed on a tablet with a source that imitates a visit note's shows who typed it, on the page and in the court PDF")
    void typedLineShowsWhoRecordedIt() throws Exception {
        String team = TestWorld.unique("Chronology team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Chronology Child");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String imitation = "Visit note " + visit.noteId() + " by Test Supervisor";
        given().contentType("application/json").header("Authorization", "Bearer " + tablet.token)
                .body(Json.write(new ChronologyLine(LocalDate.now().minusDays(2), "Police attended the family home.", imitation)))
                .post("/api/v1/cases/" + caseId + "/chronology").then().statusCode(201);

        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String html = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(rowOf(html, "Police attended the family home.").contains("Typed by"), "the typed line names who typed it");
        assertTrue(rowOf(html, "Police attended the family home.").contains(practitioner));
        assertTrue(rowOf(html, "Home visit").contains("Doorstep, from the signed visit note"), "the visit's line is the system's");

        byte[] pdf = web.get("/workspace/cases/" + caseId + "/chronology.pdf").then().statusCode(200).extract().asByteArray();
        String flat = PdfText.of(pdf);
        assertTrue(flat.contains("Recorded by"), flat);
        assertTrue(flat.contains("Typed by"), flat);
        assertTrue(flat.contains("Doorstep, from the signed visit note"), flat);
    }

    /** The table row holding this text. */
    private static String rowOf(String html, String text) {
        Matcher m = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*" + Pattern.quote(text) + "(?:(?!</tr>).)*)</tr>", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : "";
    }
}
