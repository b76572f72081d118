package org.doorstep.server.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.PlanRecommendation;
import org.doorstep.model.wire.PlanTask;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The child's plan recorded on the case record (R5.2-analysis, R5.4) over real HTTP on real MariaDB:
 * a supervisor records it with tasks through the workspace form, the practitioner's tablet (its own
 * sync client) receives it at sync, a visit's analysis links to it; changed and retired, it keeps its
 * history and a visit signed against the old plan still lands. A case with no plan yet takes a visit
 * whose analysis says so.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PlanOnTheRecordTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URI base;

    private static Map<String, String> recommendation(String text, String... task) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("text", text);
        for (int i = 0; i < task.length / 3; i++) {
            form.put("task-" + (i + 1) + "-what", task[3 * i]);
            form.put("task-" + (i + 1) + "-owner", task[3 * i + 1]);
            form.put("task-" + (i + 1) + "-due", task[3 * i + 2]);
        }
        return form;
    }

    private static String plan(String caseId) {
        return "/workspace/cases/" + caseId + "/plan";
    }

    private CaseSummary synced(ServerApi api, String caseId) throws Exception {
        return api.caseload().cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("R5.2-analysis R5.4: a plan recorded with tasks reaches the practitioner's tablet at sync; a visit's analysis "
            + "links to it; changed, the tablet gets the new wording and the history keeps the old; retired, it leaves "
            + "the tablet and a visit signed against it still lands")
    void planReachesTheTablet() throws Exception {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Planned Child");
        world.noPlan(caseId);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        web.post(plan(caseId), plan(caseId), recommendation("Amelia attends school every day",
                "Walk Amelia to school", "Jade Smith, mother", "2026-12-18",
                "Report attendance weekly", "Mr Jones, head teacher", "2027-01-08")).then().statusCode(303);

        ServerApi api = Tablet.client(base, practitioner);
        List<PlanRecommendation> plan = synced(api, caseId).planRecommendations();
        assertEquals(1, plan.size());
        PlanRecommendation r = plan.get(0);
        assertEquals("Amelia attends school every day", r.text());
        assertEquals(List.of(new PlanTask("Walk Amelia to school", "Jade Smith, mother", LocalDate.of(2026, 12, 18)),
                new PlanTask("Report attendance weekly", "Mr Jones, head teacher", LocalDate.of(2027, 1, 8))), r.tasks());

        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote against = Tablet.with(tablet.visit(caseId), n -> n.set("analysis",
                org.doorstep.model.json.Json.tree(List.of(new PlanAnalysis(r.id(), "She was at school all week.")))));
        tablet.post(tablet.sign(against)).then().statusCode(201);

        web.post(plan(caseId) + "/" + r.id(), plan(caseId) + "/" + r.id() + "/change",
                Map.of("text", "Amelia attends school every day and on time", "task-1-what", "Walk Amelia to school",
                        "task-1-owner", "Jade Smith, mother", "task-1-due", "2026-12-18", "reason", "Agreed at the review"))
                .then().statusCode(303);
        assertEquals("Amelia attends school every day and on time", synced(api, caseId).planRecommendations().get(0).text());
        String page = web.get(plan(caseId)).then().statusCode(200).extract().asString();
        assertTrue(page.contains("History (2)"), "recorded, then changed");
        assertTrue(page.contains("Agreed at the review"));

        // Signed offline against the plan as it was, before the retirement reaches the tablet.
        VisitNote beforeRetirement = Tablet.with(tablet.visit(caseId), n -> n.set("analysis",
                org.doorstep.model.json.Json.tree(List.of(new PlanAnalysis(r.id(), "On time every day.")))));
        web.post(plan(caseId) + "/" + r.id(), plan(caseId) + "/" + r.id() + "/retire",
                Map.of("retireReason", "Achieved: full attendance since September")).then().statusCode(303);
        assertEquals(List.of(), synced(api, caseId).planRecommendations(), "a retired recommendation leaves the tablet");
        tablet.post(tablet.sign(beforeRetirement)).then().statusCode(201);
        String record = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(record.contains("Plan recommendation retired: Amelia attends school every day and on time"),
                "the retirement is a management decision");
    }

    @Test
    @DisplayName("R5.2-analysis: a case with no plan yet takes a completed visit whose analysis says so")
    void noPlanYet() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "New Case Child");
        world.noPlan(caseId);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote note = Tablet.with(tablet.visit(caseId), n -> n.set("analysis", org.doorstep.model.json.Json.tree(
                List.of(PlanAnalysis.withoutPlan("No plan yet. Against the referral's concern about school: she went all week.")))));
        tablet.post(tablet.sign(note)).then().statusCode(201);
        assertEquals(1, world.entries(caseId));
    }

    @Test
    @DisplayName("R5.2-analysis: a task with no owner and a due date that is not a date get a message beside each field; "
            + "nothing is stored and what was typed is kept")
    void badTask() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Bad Plan Child");
        world.noPlan(caseId);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String html = web.post(plan(caseId), plan(caseId), recommendation("Amelia attends school every day",
                        "Walk Amelia to school", "", "2026-12-18",
                        "Report attendance weekly", "Mr Jones, head teacher", "after christmas"))
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"task-1-owner-error\""), "beside the first task's owner");
        assertTrue(html.contains("Say who owns task 1"));
        assertTrue(html.contains("id=\"task-2-due-error\""), "beside the second task's due date");
        assertTrue(html.contains("Enter a real date, for example 2026-03-31"));
        assertTrue(html.contains("href=\"#task-1-owner\""), "the error summary links to the field");
        assertTrue(html.contains("value=\"after christmas\""), "what was typed is kept");
        assertEquals(0, world.rows("plan_recommendations", caseId));
        assertEquals(0, world.rows("plan_history", caseId));
    }
}
