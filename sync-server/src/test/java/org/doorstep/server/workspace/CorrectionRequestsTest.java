package org.doorstep.server.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.model.record.RectificationDeadline;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Requests to correct the record over HTTP: logged, listed, answered once, recorded as a decision. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CorrectionRequestsTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    TestWorld world;

    @Inject
    RecordRows rows;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static Map<String, String> request(LocalDate received, String noteId) {
        Map<String, String> form = new HashMap<>();
        form.put("receivedDay", String.valueOf(received.getDayOfMonth()));
        form.put("receivedMonth", String.valueOf(received.getMonthValue()));
        form.put("receivedYear", String.valueOf(received.getYear()));
        form.put("requesterName", "Jade Smith");
        form.put("relationship", "Mother");
        form.put("whatIsWrong", "The note says I was shouting at Amelia. I was calling her in from the garden.");
        form.put("askedFor", "Take out the word 'shouting'.");
        form.put("concernsNoteId", noteId == null ? "" : noteId);
        return form;
    }

    /** Logs a request through the form and returns its id. */
    private static long log(WebSession web, String caseId, Map<String, String> form) {
        String location = web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/corrections", form)
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/workspace/cases/" + caseId + "/corrections/[0-9]+\\?done=logged"), location);
        return Long.parseLong(location.replaceAll(".*/corrections/([0-9]+).*", "$1"));
    }

    private static String section(String html, String from, String to) {
        int a = html.indexOf("id=\"" + from + "\"");
        int b = html.indexOf("id=\"" + to + "\"", a);
        assertTrue(a > 0 && b > a, "sections " + from + " and " + to + " on the page");
        return html.substring(a, b);
    }

    @Test
    @DisplayName("R11-rectify: a request to correct the record is logged with its answer due one calendar month later (next working day), listed on the case record and the team dashboard, and access-logged")
    void logARequest() {
        String team = TestWorld.unique("Rectify Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote visit = tablet.visit(caseId);
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);

        String before = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(section(before, "corrections", "decisions").contains("No requests to correct the record."));
        assertTrue(before.contains("<option value=\"" + visit.noteId() + "\">"), "the case's visit can be chosen");

        LocalDate received = today().minusDays(3);
        long id = log(web, caseId, request(received, visit.noteId()));
        String due = DAY.format(RectificationDeadline.englandAndWales().dueOn(received));
        web.get("/workspace/cases/" + caseId + "/corrections/" + id + "?done=logged").then().statusCode(200)
                .body(containsString("Request logged. The answer is due by " + due + "."))
                .body(containsString("I was calling her in from the garden."))
                .body(containsString("Take out the word &#39;shouting&#39;."))
                .body(containsString("href=\"/workspace/visits/" + visit.noteId() + "\""))
                .body(containsString("Jade Smith<br><span class=\"ds-muted\">Mother</span>"));

        String listed = section(web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString(),
                "corrections", "decisions");
        assertTrue(listed.contains(DAY.format(received)) && listed.contains(due), "received and due dates listed");
        assertTrue(listed.contains("Jade Smith (Mother)"));
        assertTrue(listed.contains("govuk-tag--blue\">Open</strong>") || listed.contains("govuk-tag--yellow\">Due soon</strong>"));
        String board = section(web.get("/workspace").then().statusCode(200).extract().asString(), "corrections", "practitioners");
        assertTrue(board.contains("/workspace/cases/" + caseId + "/corrections/" + id) && board.contains(due), "on the dashboard");
        web.get("/workspace/cases/" + caseId + "/access-log").then()
                .body(containsString("Request to correct the record: logged"))
                .body(containsString("Request to correct the record " + id));
    }

    @Test
    @DisplayName("R11-rectify: a request missing what the log needs, with a date that is not real or in the future, or naming another case's visit is shown with errors beside the fields and nothing is logged")
    void badRequests() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        String otherCase = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote elsewhere = tablet.visit(otherCase);
        tablet.post(tablet.sign(elsewhere)).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String path = "/workspace/cases/" + caseId + "/corrections";

        Map<String, String> blank = new HashMap<>();
        for (String f : List.of("receivedDay", "receivedMonth", "receivedYear", "requesterName", "relationship",
                "whatIsWrong", "askedFor", "concernsNoteId")) {
            blank.put(f, " ");
        }
        String html = web.post(path + "/new", path, blank).then().statusCode(400).extract().asString();
        for (String message : List.of("Enter the date the request was received", "Enter the name of the person who asked",
                "Enter how the person who asked is related to the child", "Enter what they say is wrong in the record",
                "Enter what they ask to be changed")) {
            assertTrue(html.contains(message), message);
        }
        assertTrue(html.contains("<title>Error: Log a request"), "the title says there is an error");
        assertTrue(html.contains("href=\"#correction-received-day\"") && html.contains("id=\"correction-requester-error\""),
                "the summary links to the fields, each message sits beside its field");

        Map<String, String> notReal = request(LocalDate.of(2026, 2, 1), null);
        notReal.put("receivedDay", "31");
        notReal.put("requesterName", "Kept as typed");
        web.post(path + "/new", path, notReal).then().statusCode(400)
                .body(containsString("Enter a real date, for example 31 3 2026"))
                .body(containsString("value=\"Kept as typed\""));
        Map<String, String> partial = request(today(), null);
        partial.put("receivedMonth", "");
        web.post(path + "/new", path, partial).then().statusCode(400).body(containsString("must include a month"));
        web.post(path + "/new", path, request(today().plusDays(1), null)).then().statusCode(400)
                .body(containsString("must be today or in the past"));
        web.post(path + "/new", path, request(today(), elsewhere.noteId())).then().statusCode(400)
                .body(containsString("Choose one of this case&#39;s visits"));
        web.post(path + "/new", path, request(today(), "not-a-note")).then().statusCode(400)
                .body(containsString("Choose the visit note the request concerns"));

        assertEquals(0, rows.count("correction_requests", caseId), "nothing was logged");
    }

    @Test
    @DisplayName("R11-rectify R5.1-decisions: a request is answered once with an outcome and reasons, naming the correcting note; the answer is a management decision on the case; a second answer is refused and changes nothing")
    void answerOnce() {
        String team = TestWorld.unique("Rectify Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        String otherCase = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote first = tablet.visit(caseId, "Ms Smith was shouting at Amelia in the garden.");
        tablet.post(tablet.sign(first)).then().statusCode(201);
        VisitNote correction = tablet.correction(first, "Ms Smith called Amelia in from the garden; she was not shouting.",
                n -> n.put("narrative", "Ms Smith called Amelia in from the garden."));
        tablet.post(tablet.sign(correction)).then().statusCode(201);
        VisitNote elsewhere = tablet.visit(otherCase);
        tablet.post(tablet.sign(elsewhere)).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        LocalDate received = today().minusDays(5);
        long id = log(web, caseId, request(received, null));
        String page = "/workspace/cases/" + caseId + "/corrections/" + id;
        long decisions = rows.count("management_decisions", caseId);

        web.post(page, page + "/answer", Map.of("outcome", "", "reasons", "  ")).then().statusCode(400)
                .body(containsString("Choose whether the record was corrected, partly corrected or the request refused"))
                .body(containsString("Enter the reasons for the answer"))
                .body(containsString("id=\"answer-reasons-error\""));
        web.post(page, page + "/answer", Map.of("outcome", "refused", "reasons", "No.", "correctionNoteId", correction.noteId()))
                .then().statusCode(400).body(containsString("A refused request has no correcting note"));
        web.post(page, page + "/answer", Map.of("outcome", "corrected", "reasons", "Yes.", "correctionNoteId", elsewhere.noteId()))
                .then().statusCode(400).body(containsString("That note belongs to another case"));
        web.post(page, page + "/answer", Map.of("outcome", "corrected", "reasons", "Yes.", "correctionNoteId", first.noteId()))
                .then().statusCode(400).body(containsString("That note is a first record, not a correction"));
        web.get(page).then().statusCode(200).body(containsString("<option value=\"" + correction.noteId() + "\">Correction signed"));
        assertEquals(0, rows.count("correction_answers", caseId), "no answer after refused forms");
        assertEquals(decisions, rows.count("management_decisions", caseId), "no decision after refused forms");

        String reasons = "The practitioner agrees the word was wrong; the correcting note says what happened. "
                + "The first note stays in the record, marked as corrected.";
        web.post(page, page + "/answer", Map.of("outcome", "partly-corrected", "reasons", reasons,
                "correctionNoteId", correction.noteId().toUpperCase(Locale.ROOT)))
                .then().statusCode(303).header("Location", containsString(page + "?done=answered"));
        web.get(page + "?done=answered").then().statusCode(200)
                .body(containsString("Answer recorded."))
                .body(containsString("Partly corrected"))
                .body(containsString("href=\"/workspace/visits/" + correction.noteId() + "\""))
                .body(not(containsString("Record the answer")));

        String record = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(record.contains("Request to correct the record, received " + DAY.format(received)
                + " from Jade Smith (Mother): partly corrected"), "listed with the case's decisions");
        assertTrue(record.substring(record.indexOf("id=\"decisions\"")).contains("The practitioner agrees the word was wrong"),
                "with its reasons");
        assertTrue(section(record, "corrections", "decisions").contains("govuk-tag--green\">Answered</strong>"));
        assertEquals(decisions + 1, rows.count("management_decisions", caseId));

        web.post(page, page + "/answer", Map.of("outcome", "refused", "reasons", "Changed my mind."))
                .then().statusCode(400).body(containsString("an answer is given once and not changed"));
        assertEquals("partly-corrected", rows.answerOutcome(id), "the first answer stands");
        assertEquals(1, rows.count("correction_answers", caseId));
        assertEquals(decisions + 1, rows.count("management_decisions", caseId), "no second decision");
        String board = section(web.get("/workspace").then().extract().asString(), "corrections", "practitioners");
        assertFalse(board.contains(page), "an answered request leaves the dashboard");
    }

    @Test
    @DisplayName("R11-rectify: an unanswered request past its due date is overdue, in red on the case record and flagged on the team dashboard")
    void overdue() {
        String team = TestWorld.unique("Rectify Team");
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER, team), "Noah Williams");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        LocalDate received = today().minusDays(45);
        long id = log(web, caseId, request(received, null));

        String listed = section(web.get("/workspace/cases/" + caseId).then().extract().asString(), "corrections", "decisions");
        assertTrue(listed.contains("govuk-tag--red\">Overdue</strong>"), listed);
        assertTrue(listed.contains("1 open, <strong class=\"ds-overdue\">1 overdue</strong>"));
        String html = web.get("/workspace").then().extract().asString();
        assertTrue(html.contains("<span class=\"ds-card__number\">1</span> <span class=\"ds-card__label\">request to correct the record open, 1 overdue</span>"));
        assertTrue(html.contains("ds-card--overdue"));
        String board = section(html, "corrections", "practitioners");
        assertTrue(board.contains("/corrections/" + id) && board.contains("<strong class=\"ds-overdue\">"
                + DAY.format(RectificationDeadline.englandAndWales().dueOn(received)) + "</strong>"));
    }

    @Test
    @DisplayName("R11-rectify R12-oversight: another team's supervisor cannot see, log or answer a request (404); a practitioner gets 403; a form without its CSRF token changes nothing")
    void onlyTheTeam() {
        String team = TestWorld.unique("Rectify Team");
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER, team));
        String anotherCase = world.childCase(world.staff(Staff.PRACTITIONER, team));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        long id = log(web, caseId, request(today(), null));
        String page = "/workspace/cases/" + caseId + "/corrections/" + id;

        WebSession other = WebSession.signIn(world.staff(Staff.SUPERVISOR, TestWorld.unique("South Team")), TestWorld.PASSWORD);
        other.get(page).then().statusCode(404);
        other.get("/workspace/cases/" + caseId + "/corrections/new").then().statusCode(404);
        other.post("/workspace", page + "/answer", Map.of("outcome", "refused", "reasons", "Not ours.")).then().statusCode(404);
        other.post("/workspace", "/workspace/cases/" + caseId + "/corrections", request(today(), null)).then().statusCode(404);
        web.get("/workspace/cases/" + anotherCase + "/corrections/" + id).then().statusCode(404);
        WebSession.signIn(world.staff(Staff.PRACTITIONER, team), TestWorld.PASSWORD).get(page).then().statusCode(403);
        web.request().contentType("application/x-www-form-urlencoded").formParam("outcome", "refused")
                .formParam("reasons", "forged").post(page + "/answer").then().statusCode(400);

        assertEquals(1, rows.count("correction_requests", caseId));
        assertEquals(0, rows.count("correction_answers", caseId));
    }
}
