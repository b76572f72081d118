package org.doorstep.server.plain;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.RecordRows;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plain-language advice on the workspace over HTTP (R10-plain). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PlainLanguageWebTest {

    @Inject
    TestWorld world;

    @Inject
    RecordRows rows;

    @Test
    @DisplayName("R10-plain: the workspace asks for the tablet's advice as a supervisor types (jargon, unexplained acronyms, judgemental wording), behind sign-in and the form's CSRF token; it keeps nothing")
    void adviceWhileTyping() {
        String team = TestWorld.unique("Plain Team");
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER, team), "Amelia Smith");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String page = "/workspace/cases/" + caseId + "/summaries";
        web.get(page).then().body(containsString("data-plain-language")).body(containsString("/js/plain-language.js"));

        web.form(page).formParam("text", "Mum was aggressive at the LAC review. Amelia presenting as settled.")
                .post("/workspace/plain-language").then().statusCode(200)
                .body("term", hasItems("aggressive", "LAC", "presenting as"))
                .body("kind", hasItems("judgemental", "acronym", "jargon"));
        web.form(page).formParam("text", "Amelia showed me her room.").post("/workspace/plain-language").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        web.request().formParam("text", "LAC").post("/workspace/plain-language").then()
                .statusCode(org.hamcrest.Matchers.not(200));
        io.restassured.RestAssured.given().redirects().follow(false).formParam("text", "LAC")
                .post("/workspace/plain-language").then().statusCode(org.hamcrest.Matchers.not(200));
        assertEquals(0, rows.count("case_summaries", caseId), "advice writes nothing");
    }

    @Test
    @DisplayName("R10-plain: a summary saved with jargon and judgemental wording is saved as written and the page says which words could be plainer; a plain one gets no advice")
    void adviceAfterSubmit() {
        String team = TestWorld.unique("Plain Team");
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER, team), "Amelia Smith");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String page = "/workspace/cases/" + caseId + "/summaries";
        web.post(page, page, Map.of("summary", "The LAC review is in March.", "strengths", "",
                "concerns", "Mum was hostile at the door.")).then().statusCode(303);
        web.get(page + "?written=1").then().statusCode(200)
                .body(containsString("id=\"plain-advice\""))
                .body(containsString("&#39;LAC&#39; is not explained"))
                .body(containsString("&#39;hostile&#39; may read as a judgement of the person"));
        assertEquals(1, rows.count("case_summaries", caseId), "saved as written: advice only");
        web.post(page, page, Map.of("summary", "Amelia goes to school every day.", "strengths", "She reads to her brother.",
                "concerns", "")).then().statusCode(303);
        web.get(page + "?written=1").then().statusCode(200).body(not(containsString("id=\"plain-advice\"")));
    }
}
