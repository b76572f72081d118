package org.doorstep.server.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The 3-monthly case summary over HTTP: written on the case record, due dates, the dashboard's overdue list. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseSummariesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    TestWorld world;

    @Inject
    RecordRows rows;

    /** A case whose only visit ended {@code daysAgo} days ago, synced now. */
    private String caseVisited(String practitioner, String child, int daysAgo) {
        String caseId = world.childCase(practitioner, child);
        Tablet tablet = Tablet.enrolled(practitioner);
        Instant end = Instant.now().minus(Duration.ofDays(daysAgo));
        tablet.post(tablet.sign(tablet.visit(caseId, "Visited at home.", end, end.plus(Duration.ofHours(2)))))
                .then().statusCode(201);
        return caseId;
    }

    private static String overdueList(WebSession web) {
        String html = web.get("/workspace").then().statusCode(200).extract().asString();
        int a = html.indexOf("id=\"summaries\"");
        int b = html.indexOf("id=\"corrections\"", a);
        assertTrue(a > 0 && b > a);
        return html.substring(a, b);
    }

    private static String day(Instant t) {
        return DAY.format(t.atZone(LONDON));
    }

    @Test
    @DisplayName("R5.7-summary: a case first visited more than 3 months ago with no summary is overdue; once a summary is written the dashboard no longer lists it and the case record shows it as the latest, with the next due 3 months on")
    void writingASummaryClearsOverdue() {
        String team = TestWorld.unique("Summary Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        Instant firstVisit = Instant.now().minus(Duration.ofDays(125));
        String caseId = caseVisited(practitioner, "Amelia Smith", 125);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);

        String overdue = overdueList(web);
        assertTrue(overdue.contains("/workspace/cases/" + caseId + "\""), "listed as overdue");
        assertTrue(overdue.contains("None written"));
        String record = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(record.contains("govuk-tag--red\">Overdue</strong> The next case summary was due by"), "overdue on the case record");
        assertTrue(record.contains("3 months after the first visit, " + day(firstVisit.minus(Duration.ofHours(1)))));
        assertTrue(record.contains("No case summary has been written yet."));

        String path = "/workspace/cases/" + caseId + "/summaries";
        web.post("/workspace/cases/" + caseId, path, Map.of("summary", "   ")).then().statusCode(400)
                .body(containsString("Enter the case summary"))
                .body(containsString("href=\"#summary-text\""))
                .body(containsString("id=\"summary-text-error\""));
        web.post(path, path, Map.of("summary", "x".repeat(10_001))).then().statusCode(400)
                .body(containsString("10000 characters or fewer"));
        assertEquals(0, rows.count("case_summaries", caseId), "nothing written");
        assertTrue(overdueList(web).contains("/workspace/cases/" + caseId + "\""), "still overdue");

        String text = "Amelia is settled at school and attends every day. Ms Smith goes to the parenting group. Next: review in March.";
        web.post("/workspace/cases/" + caseId, path, Map.of("summary", text)).then().statusCode(303)
                .header("Location", containsString(path + "?written=1"));
        String due = DAY.format(LocalDate.now(LONDON).plusMonths(3));
        web.get(path + "?written=1").then().statusCode(200)
                .body(containsString("Case summary saved. The next is due by " + due + "."))
                .body(containsString(text));

        assertFalse(overdueList(web).contains("/workspace/cases/" + caseId + "\""), "no longer overdue");
        record = web.get("/workspace/cases/" + caseId).then().extract().asString();
        assertTrue(record.contains("The next case summary is due by <strong>" + due + "</strong>"));
        assertTrue(record.contains(text) && record.contains("Latest summary, written by Test supervisor"));

        web.post(path, path, Map.of("summary", "A second summary, a week on: nothing has changed.")).then().statusCode(303);
        record = web.get("/workspace/cases/" + caseId).then().extract().asString();
        int newest = record.indexOf("A second summary, a week on");
        assertTrue(newest >= 0 && newest < record.indexOf(text), "the newest is the latest");
        assertTrue(record.contains("Earlier summaries (1)"), "the earlier one is kept");
        assertEquals(2, rows.count("case_summaries", caseId));
        web.post(path, path, Map.of("summary", "ü".repeat(10_000))).then().statusCode(303);
        assertEquals(3, rows.count("case_summaries", caseId), "a summary of the full length is taken, whatever its characters");
        web.get("/workspace/cases/" + caseId + "/access-log").then().body(containsString("Case summary written"));
    }

    @Test
    @DisplayName("R5.7-summary: a latest summary older than 3 months makes the case overdue again, due 3 months after it was written; a case first visited 2 months ago is not due yet, and a case with no visit has nothing due")
    void overdueWhenOlderThanThreeMonths() {
        String team = TestWorld.unique("Summary Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String old = caseVisited(practitioner, "Noah Williams", 200);
        String recent = caseVisited(practitioner, "Zara Ahmed", 60);
        String unvisited = world.childCase(practitioner, "Lily Evans");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String path = "/workspace/cases/" + old + "/summaries";
        web.post(path, path, Map.of("summary", "Noah is waiting for CAMHS.")).then().statusCode(303);
        Instant written = Instant.now().minus(Duration.ofDays(100));
        rows.summariesWrittenAt(old, written);

        String overdue = overdueList(web);
        assertTrue(overdue.contains("/workspace/cases/" + old + "\""), "overdue 3 months after the latest summary");
        LocalDate writtenOn = written.atZone(LONDON).toLocalDate();
        assertTrue(overdue.contains(DAY.format(writtenOn.plusMonths(3)) + "</td><td class=\"govuk-table__cell\">"
                + DAY.format(writtenOn) + "</td>"), "due date and latest summary: " + overdue);
        assertFalse(overdue.contains("/workspace/cases/" + recent + "\""), "a first visit 2 months ago is not overdue");
        assertFalse(overdue.contains("/workspace/cases/" + unvisited + "\""));

        web.get("/workspace/cases/" + old).then().body(containsString("govuk-tag--red\">Overdue</strong>"))
                .body(containsString("3 months after the latest summary"));
        LocalDate firstVisit = Instant.now().minus(Duration.ofDays(60)).minus(Duration.ofHours(1)).atZone(LONDON).toLocalDate();
        web.get("/workspace/cases/" + recent).then()
                .body(containsString("The next case summary is due by <strong>" + DAY.format(firstVisit.plusMonths(3)) + "</strong>"));
        web.get("/workspace/cases/" + unvisited).then().body(containsString("No case summary is due yet"));
    }
}
