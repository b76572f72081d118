package org.doorstep.server.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.RecordRows;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Audit sampling over HTTP against the real database (R12-audit). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuditSamplingTest {

    static final YearMonth LAST_MONTH = AuditRows.LAST_MONTH;
    private static final String AUDIT = "/workspace/audit";

    @Inject
    TestWorld world;

    @Inject
    AuditRows audit;

    @Inject
    RecordRows rows;

    static long drawn(WebSession web, String practitioner, String size, String seed) {
        String location = web.post(AUDIT, AUDIT, Map.of("practitioner", practitioner, "month", LAST_MONTH.toString(),
                "size", size, "seed", seed)).then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    @DisplayName("R12-audit: a manager's draw with a given seed picks the same visits twice; the seed of a draw without one is kept and repeats it; only the practitioner's completed visits of the month are drawn")
    void sameSeedSameVisits() {
        String team = TestWorld.unique("Audit Team");
        String amara = world.staff(Staff.PRACTITIONER, team);
        String tom = world.staff(Staff.PRACTITIONER, team);
        List<String> amaras = audit.visitsLastMonth(amara, 6);
        List<String> toms = audit.visitsLastMonth(tom, 2);
        WebSession web = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);

        List<String> first = audit.drawn(drawn(web, amara, "3", "20261203"));
        List<String> second = audit.drawn(drawn(web, amara, "3", "20261203"));
        assertEquals(3, first.size());
        assertEquals(first, second, "the same seed picks the same visits");
        assertTrue(amaras.containsAll(first), "only Amara's visits");

        long fresh = drawn(web, "", "8", "");
        List<String> team8 = audit.drawn(fresh);
        assertEquals(8, team8.size(), "the whole team's 8 visits, all of them");
        assertTrue(team8.containsAll(toms));
        assertEquals(team8, audit.drawn(drawn(web, "", "8", Long.toString(audit.seed(fresh)))), "the kept seed repeats the draw");
        List<String> other = audit.drawn(drawn(web, amara, "3", "7"));
        assertNotEquals(first, other, "another seed, another sample (for these two seeds)");

        web.get(AUDIT + "/samples/" + fresh).then().statusCode(200)
                .body(containsString(Long.toString(audit.seed(fresh))))
                .body(containsString("8 of 8 completed visits"));
        web.get(AUDIT).then().statusCode(200).body(containsString("Samples drawn"))
                .body(containsString(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(LAST_MONTH)));
    }

    @Test
    @DisplayName("R12-audit: a draw with a bad size, a seed that is not a number, a month with no visits or another team's practitioner gets an error beside the field and draws nothing; a supervisor cannot audit")
    void badDrawsChangeNothing() {
        String team = TestWorld.unique("Audit Team");
        String amara = world.staff(Staff.PRACTITIONER, team);
        audit.visitsLastMonth(amara, 1);
        String stranger = world.staff(Staff.PRACTITIONER, TestWorld.unique("Other Team"));
        WebSession web = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        Map<String, String> good = Map.of("practitioner", amara, "month", LAST_MONTH.toString(), "size", "3", "seed", "");

        web.post(AUDIT, AUDIT, with(good, "size", "0")).then().statusCode(400)
                .body(containsString("href=\"#audit-size\""))
                .body(containsString("id=\"audit-size-error\""))
                .body(containsString("a whole number from 1 to 20"));
        web.post(AUDIT, AUDIT, with(good, "seed", "12ab")).then().statusCode(400)
                .body(containsString("id=\"audit-seed-error\"")).body(containsString("value=\"12ab\""));
        web.post(AUDIT, AUDIT, with(good, "month", LAST_MONTH.minusMonths(2).toString())).then().statusCode(400)
                .body(containsString("There are no completed visits by"));
        web.post(AUDIT, AUDIT, with(good, "month", "2099-01")).then().statusCode(400)
                .body(containsString("Choose a month from the list"));
        web.post(AUDIT, AUDIT, with(good, "practitioner", stranger)).then().statusCode(400)
                .body(containsString("Choose a practitioner of your team"));
        assertEquals(0, audit.samples(team), "nothing drawn");

        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        supervisor.get(AUDIT).then().statusCode(403);
        supervisor.get("/workspace").then().body(not(containsString("href=\"/workspace/audit\"")));
        web.get("/workspace").then().body(containsString("href=\"/workspace/audit\""));
    }

    @Test
    @DisplayName("R12-audit R5.1-decisions: a grade against the checklist is a management decision on the case record, recorded once; an unanswered check or no comment changes nothing; results show per practitioner and month; another team's manager cannot see the sample")
    void gradeIsADecisionOnTheRecord() {
        String team = TestWorld.unique("Audit Team");
        String amara = world.person(Staff.PRACTITIONER, team, "Amara Okafor");
        String note = audit.visitsLastMonth(amara, 1).get(0);
        WebSession web = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        long sample = drawn(web, amara, "1", "1");
        String page = AUDIT + "/samples/" + sample;
        web.get(page).then().statusCode(200).body(containsString("Record the grade"))
                .body(containsString("/workspace/visits/" + note));
        String caseId = audit.caseOf(note);
        String grade = page + "/visits/" + note + "/grade";
        long decisions = rows.count("management_decisions", caseId);

        Map<String, String> answers = new HashMap<>(Map.of("child-seen-alone", "yes", "views-recorded", "yes",
                "analysis-against-plan", "yes", "plain-language", "yes", "comment", ""));
        web.post(page, grade, answers).then().statusCode(400)
                .body(containsString("href=\"#timely-1\""))
                .body(containsString("id=\"timely-1-error\""))
                .body(containsString("id=\"comment-1-error\""))
                .body(containsString("value=\"yes\" checked"));
        assertEquals(0, audit.grades(team));
        assertEquals(decisions, rows.count("management_decisions", caseId), "no decision");

        answers.put("timely", "no");
        answers.put("comment", "Clear and in Amara's own words; recorded three days after the visit.");
        web.post(page, grade, answers).then().statusCode(303).header("Location", containsString(page + "?graded=1"));
        web.get(page + "?graded=1").then().statusCode(200)
                .body(containsString("Grade recorded."))
                .body(containsString("Requires improvement</strong></p>\n<p class=\"govuk-body\">4 of 5 checks met"))
                .body(containsString("<strong>Not met</strong>: Timely"));
        assertEquals(1, audit.grades(team));
        assertEquals(decisions + 1, rows.count("management_decisions", caseId), "the grade is a decision on the case");
        web.get("/workspace/cases/" + caseId).then().statusCode(200)
                .body(containsString("Requires improvement, 4 of 5 checks met (not met: timely)"))
                .body(containsString("recorded three days after the visit"));

        web.post(page, grade, answers).then().statusCode(400).body(containsString("already graded"));
        assertEquals(1, audit.grades(team), "graded once");

        String results = web.get(AUDIT).then().statusCode(200).extract().asString();
        assertTrue(results.contains("Amara Okafor") && results.contains("4 of 5 (80%)"), results);

        WebSession stranger = WebSession.signIn(world.staff(Staff.MANAGER, TestWorld.unique("Other Team")), TestWorld.PASSWORD);
        stranger.get(page).then().statusCode(404);
        stranger.post(AUDIT, grade, answers).then().statusCode(404);
        assertEquals(1, audit.grades(team));
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> m = new HashMap<>(form);
        m.put(key, value);
        return m;
    }
}
