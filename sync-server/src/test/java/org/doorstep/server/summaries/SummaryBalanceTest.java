package org.doorstep.server.summaries;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.RecordRows;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Strengths and concerns recorded apart in the 3-monthly summary, over HTTP (R5.4-balance). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SummaryBalanceTest {

    private static final String CONCERNS_ONLY = "Concerns are recorded but no strengths";

    @Inject
    TestWorld world;

    @Inject
    RecordRows rows;

    @Test
    @DisplayName("R5.4-balance: a summary with concerns and no strengths is saved and flagged for the supervisor (on the case record and the dashboard), not refused; with both it is not flagged; strengths and concerns show apart; too long changes nothing; an older summary without them is not flagged")
    void oneSidedIsFlagged() {
        String team = TestWorld.unique("Balance Team");
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER, team), "Amelia Smith");
        world.caseSummary(caseId, "An older summary, written before strengths and concerns were asked for.",
                Instant.now().minusSeconds(86_400));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String path = "/workspace/cases/" + caseId + "/summaries";
        web.get("/workspace/cases/" + caseId).then().statusCode(200).body(not(containsString("ds-balance-flag")));

        web.post(path, path, Map.of("summary", "Amelia is at school most days.", "strengths", "",
                "concerns", "x".repeat(4_001))).then().statusCode(400)
                .body(containsString("href=\"#summary-concerns\""))
                .body(containsString("id=\"summary-concerns-error\""))
                .body(containsString("Concerns must be 4000 characters or fewer"))
                .body(containsString("Amelia is at school most days.</textarea>"));
        assertEquals(1, rows.count("case_summaries", caseId), "nothing written");

        web.post(path, path, Map.of("summary", "Amelia is at school most days.", "strengths", "  ",
                "concerns", "A new partner has moved in and has not been checked.")).then().statusCode(303);
        assertEquals(2, rows.count("case_summaries", caseId), "one-sided is saved, not refused");
        String dashboard = web.get("/workspace").then().statusCode(200).extract().asString();
        String flagged = dashboard.substring(dashboard.indexOf("id=\"one-sided\""), dashboard.indexOf("id=\"corrections"));
        assertTrue(flagged.contains("/workspace/cases/" + caseId + "#summary") && flagged.contains(CONCERNS_ONLY),
                "flagged on the supervisor's dashboard: " + flagged);
        web.get("/workspace/cases/" + caseId).then().statusCode(200)
                .body(containsString(CONCERNS_ONLY))
                .body(containsString("A new partner has moved in and has not been checked."))
                .body(containsString("None recorded"));

        web.post(path, path, Map.of("summary", "A week on.", "strengths", "Ms Smith asked for the parenting course herself.",
                "concerns", "The partner's checks are still outstanding.")).then().statusCode(303);
        String latest = web.get(path).then().statusCode(200).extract().asString();
        int latestStart = latest.indexOf("<h3 class=\"govuk-heading-s\">Latest</h3>");
        int earlier = latest.indexOf("<li class=\"ds-decision\">", latestStart + 1);
        String latestItem = latest.substring(latestStart, earlier);
        assertFalse(latestItem.contains("ds-balance-flag"), "both recorded: no flag");
        assertTrue(latestItem.contains("Ms Smith asked for the parenting course herself."));
        assertTrue(latest.substring(earlier).contains(CONCERNS_ONLY), "the earlier stays flagged");
        web.get("/workspace").then().body(not(containsString("/workspace/cases/" + caseId + "#summary")));
    }
}
