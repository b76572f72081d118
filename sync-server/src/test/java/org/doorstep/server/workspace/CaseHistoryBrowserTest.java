package org.doorstep.server.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11, input bounds: every list of a case record that grows is shown in part with its total, and whole page by page. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseHistoryBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.1-decisions: a case with 120 decisions, summaries and correction requests shows the newest of each with a link, "
            + "and every one on history pages of 50; the oldest open request stays on the case record; each view is logged")
    void longCaseIsPaged() {
        String team = TestWorld.unique("History team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        String caseId = world.childCase(practitioner, "Long History");
        world.longHistory(caseId, supervisor, 120, LocalDate.of(2026, 11, 30));
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);

        String page = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(page.contains("The newest 50 of 120 decisions"), "decisions bounded with their total");
        assertTrue(page.contains("All 120 decisions, page by page"));
        assertTrue(page.contains("The newest 10 of 120 summaries"), "summaries bounded with their total");
        assertTrue(page.contains("Requester number 0") && !page.contains("Requester number 25 ("), "the newest requests");
        assertTrue(page.contains("Requester number 119"), "the oldest request is still open, so it stays in sight");
        assertTrue(page.contains("21 of 120"), "20 newest and the one open request");

        web.get("/workspace/cases/" + caseId + "/history/decisions").then().statusCode(200)
                .body(containsString("120 in all")).body(containsString("Decision number 0<"))
                .body(containsString("Decision number 49<")).body(not(containsString("Decision number 50<")));
        web.get("/workspace/cases/" + caseId + "/history/decisions?page=2").then().statusCode(200)
                .body(containsString("Decision number 100<")).body(containsString("Decision number 119<"))
                .body(not(containsString("Decision number 99<")));
        // A page past the end shows the last; a word shows the first.
        web.get("/workspace/cases/" + caseId + "/history/summaries?page=99").then().statusCode(200)
                .body(containsString("Summary number 119<"));
        web.get("/workspace/cases/" + caseId + "/history/corrections?page=x").then().statusCode(200)
                .body(containsString("Requester number 0"));
        web.get("/workspace/cases/" + caseId + "/history/nothing").then().statusCode(404);
        assertTrue(world.accessLogged(caseId, supervisor) >= 5, "each page view is in the case's access log");

        // Another team's supervisor sees none of it.
        WebSession other = WebSession.signIn(world.staff(Staff.SUPERVISOR, TestWorld.unique("Other team")), TestWorld.PASSWORD);
        assertEquals(404, other.get("/workspace/cases/" + caseId + "/history/decisions").statusCode());

        var d = Browser.signIn(base.toString(), supervisor);
        d.get(base + "workspace/cases/" + caseId + "/history/corrections?page=1");
        Browser.assertAccessible(d, "requests to correct the record, page 2");
        Browser.screenshots(d, "case-history-corrections");
    }
}
