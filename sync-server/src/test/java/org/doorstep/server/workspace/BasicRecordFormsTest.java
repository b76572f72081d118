package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The basic-record forms on the case record page over real HTTP: each change becomes current with the
 * old value as history, is a management decision with its reason, and is access-logged; refused
 * input changes nothing and says why beside the field.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class BasicRecordFormsTest {

    @Inject
    TestWorld world;

    @Inject
    RecordProbe probe;

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    private static Response change(WebSession web, String caseId, String form, Map<String, String> fields) {
        return web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/basic-record/" + form, fields);
    }

    private static String page(WebSession web, String caseId) {
        return web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
    }

    private static String displayName(String username) {
        return "Test " + username.substring(0, username.indexOf('-')) + " " + username.substring(username.length() - 4);
    }

    @Test
    @DisplayName("R5.1-basic R5.4-current-historical R5.1-decisions: a supervisor sets a new NHS number; it is current, the old one is history, the change is a decision with who, when and why, and access-logged")
    void nhsNumberChanged() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Nia Test");
        world.basicRecord(caseId);
        String supervisor = world.staff(Staff.SUPERVISOR);
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);

        String to = change(web, caseId, "nhs-number", Map.of("value", "401 023 2137", "reason", "Letter from the GP, 3 March 2026"))
                .then().statusCode(303).extract().header("Location");
        assertTrue(to.endsWith("/workspace/cases/" + caseId + "?changed=nhs"), to);

        String html = web.get(to).then().statusCode(200).extract().asString();
        assertTrue(html.contains("NHS number changed."), "success banner");
        assertTrue(html.matches("(?s).*id=\"fact-nhs\"><strong class=\"govuk-tag govuk-tag--green ds-tag-s\">Current</strong> 401 023 2137\\s*<p class=\"govuk-body-s ds-past\"><del>943 476 5919</del>.*"),
                "the new number is current, the old one struck beneath it");
        assertTrue(html.contains("Changed on the record: NHS number becomes 401 023 2137 (was 943 476 5919)"),
                "the decision says what changed");
        assertTrue(html.contains(displayName(supervisor) + ", "), "who decided");
        assertTrue(html.contains("Letter from the GP, 3 March 2026"), "the reason");
        assertEquals("4010232137", probe.nhsNumber(caseId));
        assertEquals(1, probe.accessLogged(caseId, supervisor, "Case record: change to the basic record (NHS number)"));
        assertTrue(probe.decisionRows(caseId).get(0).startsWith("basic-record-change|"));
    }

    @Test
    @DisplayName("R5.1-basic: a wrong NHS check digit changes nothing; the message is beside the field and in the error summary, what was typed is kept")
    void invalidNhsNumberChangesNothing() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Nia Test");
        world.basicRecord(caseId);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        long facts = probe.facts(caseId);

        String html = change(web, caseId, "nhs-number", Map.of("value", "401 023 2138", "reason", "GP letter"))
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("<title>Error: "), "the title says there is an error");
        assertTrue(html.contains("<a href=\"#change-nhs-value\">This is not a valid NHS number"), "error summary links to the field");
        assertTrue(html.matches("(?s).*<p id=\"change-nhs-value-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> This is not a valid NHS number.*"),
                "message beside the field");
        assertTrue(html.contains("value=\"401 023 2138\""), "what was typed is kept");
        assertTrue(html.contains("id=\"change-nhs\" open"), "the form is open");

        assertTrue(change(web, caseId, "nhs-number", Map.of("value", "401 023 2137", "reason", " ")).then().statusCode(400)
                .extract().asString().contains("id=\"change-nhs-reason-error\""), "a reason is needed");
        change(web, caseId, "nhs-number", Map.of("value", "9434765919", "reason", "Again")).then().statusCode(400);

        assertEquals("9434765919", probe.nhsNumber(caseId));
        assertEquals(facts, probe.facts(caseId));
        assertEquals(0, probe.decisions(caseId));
        assertTrue(page(web, caseId).contains("id=\"fact-nhs\">943 476 5919"));
    }

    @Test
    @DisplayName("R5.1-basic R5.4-current-historical: placement, legal status and communication needs change from a date with a reason; the old value is history; a future date, no reason or no change is refused")
    void factsChanged() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Ola Test");
        world.basicRecord(caseId);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        change(web, caseId, "facts", Map.of("kind", "placement", "value", "Foster care with Linda Hart",
                "from", "2026-03-05", "reason", "Emergency placement agreed by the duty manager")).then().statusCode(303);
        change(web, caseId, "facts", Map.of("kind", "legal-status", "value", "Looked after (section 20)",
                "from", "2026-03-05", "reason", "Mother agreed to section 20")).then().statusCode(303);
        change(web, caseId, "facts", Map.of("kind", "communication-needs", "value", "Uses Makaton signs",
                "from", TODAY, "reason", "Speech and language therapy report")).then().statusCode(303);

        String html = page(web, caseId);
        assertTrue(html.contains("Current</strong> <span class=\"ds-long\">Foster care with Linda Hart</span> <span class=\"ds-muted\">since 5 March 2026</span>"));
        assertTrue(html.contains("<del>At home with mother</del> <span class=\"ds-muted\">20 January 2026 until 5 March 2026</span>"),
                "the old placement is history until the new one's date");
        assertTrue(html.contains("<del>With grandmother, 4 Hill Road</del>"), "older history stays too");
        assertTrue(html.contains("<span class=\"ds-long\">Looked after (section 20)</span>"));
        assertTrue(html.contains("Current</strong> <span class=\"ds-long\">Uses Makaton signs</span>") && html.contains("<del>None known</del>"));
        assertTrue(html.contains("Changed on the record: placement becomes &quot;Foster care with Linda Hart&quot; (was &quot;At home with mother&quot;)"));
        assertTrue(html.contains("Changed on the record: communication needs become &quot;Uses Makaton signs&quot; (was &quot;None known&quot;)"));
        assertEquals(3, probe.decisions(caseId));

        long facts = probe.facts(caseId);
        String refused = change(web, caseId, "facts", Map.of("kind", "placement", "value", "Somewhere else",
                "from", LocalDate.parse(TODAY).plusDays(2).toString(), "reason", "")).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("id=\"change-fact-from-error\"") && refused.contains("cannot be in the future"));
        assertTrue(refused.contains("id=\"change-fact-reason-error\""));
        assertTrue(refused.contains("<option value=\"placement\" selected>"), "the chosen fact is kept");
        change(web, caseId, "facts", Map.of("kind", "placement", "value", "Foster care with Linda Hart",
                "from", TODAY, "reason", "Same")).then().statusCode(400);
        change(web, caseId, "facts", Map.of("kind", "nhs-number", "value", "4010232137", "from", TODAY, "reason", "x"))
                .then().statusCode(400);
        assertTrue(change(web, caseId, "facts", Map.of("kind", "placement", "value", "Somewhere", "from", "31/02/2026", "reason", "x"))
                .then().statusCode(400).extract().asString().contains("Enter a real date"));
        assertEquals(facts, probe.facts(caseId));
        assertEquals(3, probe.decisions(caseId));
    }

    @Test
    @DisplayName("R5.1-gender R5.4-current-historical: the name and gender the child declares change on the record without a document; the earlier ones are history; no change is refused")
    void declaredIdentityChanged() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Ethan Test");
        world.declaredIdentity(caseId, "Ethan Test", "Boy");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        assertTrue(change(web, caseId, "identity", Map.of("name", "Ethan Test", "gender", "Boy", "from", TODAY, "reason", "x"))
                .then().statusCode(400).extract().asString().contains("Change the name or the gender the child declares, or both"));
        change(web, caseId, "identity", Map.of("name", "Eden Test", "gender", "Non-binary", "from", "2026-03-01",
                "reason", "Eden told me and their teacher on 1 March")).then().statusCode(303);

        String html = page(web, caseId);
        assertTrue(html.contains("<h1 class=\"govuk-heading-xl\">Eden Test</h1>"));
        assertTrue(html.contains("Non-binary <span class=\"ds-muted\">as the child declares it, since 1 March 2026"));
        assertTrue(html.contains("<del>Ethan Test</del>") && html.contains("<del>Boy</del>"), "earlier name and gender kept");
        assertTrue(html.contains("Changed on the record: the child&#39;s name becomes Eden Test (was Ethan Test); the child&#39;s gender becomes Non-binary (was Boy)"));
        Tablet tablet = Tablet.enrolled(practitioner);
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then()
                .body("cases.find { it.caseId == '" + caseId + "' }.childName", equalTo("Eden Test"))
                .body("cases.find { it.caseId == '" + caseId + "' }.declaredGender", equalTo("Non-binary"));
    }

    @Test
    @DisplayName("R5.1-basic R5.4-current-historical: someone joins the household with parental responsibility and a date, someone leaves with a date and reason; the tablet's caseload carries the household as data")
    void householdJoinsAndLeaves() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Lily Test");
        long[] members = world.basicRecord(caseId); // Jade Test, mother (current); Dan Test, father (left)
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        String missing = change(web, caseId, "household", Map.of("name", "Pat Test", "relationship", "grandmother",
                "joinedOn", "2026-03-02", "reason", "Seen at the visit")).then().statusCode(400).extract().asString();
        assertTrue(missing.contains("<a href=\"#change-joins-parentalResponsibility\">Say whether they hold parental responsibility"));
        assertTrue(missing.contains("id=\"change-joins-parentalResponsibility-error\""), "beside the question");
        assertTrue(missing.contains("value=\"Pat Test\""), "what was typed is kept");

        change(web, caseId, "household", Map.of("name", "Pat Test", "relationship", "grandmother", "parentalResponsibility", "yes",
                "joinedOn", "2026-03-02", "reason", "Special guardianship order, 2 March 2026")).then().statusCode(303);
        java.util.regex.Matcher pat = java.util.regex.Pattern.compile("<option value=\"(\\d+)\">Pat Test, grandmother</option>")
                .matcher(page(web, caseId));
        assertTrue(pat.find(), "a current member can be chosen as having left");
        String early = change(web, caseId, "household/left", Map.of("member", pat.group(1), "leftOn", "2026-03-01",
                "reason", "x")).then().statusCode(400).extract().asString();
        assertTrue(early.contains("id=\"change-leaves-leftOn-error\""), "cannot leave before joining");
        change(web, caseId, "household/left", Map.of("member", String.valueOf(members[1]), "leftOn", "2026-03-04", "reason", "Again"))
                .then().statusCode(400);
        change(web, caseId, "household/left", Map.of("member", String.valueOf(members[0]), "leftOn", "2026-03-04",
                "reason", "Moved to a flat in Hillbrook")).then().statusCode(303);

        String html = page(web, caseId);
        assertTrue(html.matches("(?s).*Pat Test, grandmother</td>\\s*<td class=\"govuk-table__cell\">Yes</td>\\s*<td class=\"govuk-table__cell\"><strong class=\"govuk-tag govuk-tag--green\">Current</strong> <span class=\"govuk-body-s ds-muted\">since 2 March 2026.*"));
        assertTrue(html.contains("<del>Jade Test, mother</del><br><span class=\"govuk-body-s ds-muted\">Moved to a flat in Hillbrook</span>"));
        assertTrue(html.contains("Until 4 March 2026"));
        assertTrue(html.contains("Changed on the record: Pat Test, grandmother joins the household on 2 March 2026, with parental responsibility"));
        assertTrue(html.contains("Changed on the record: Jade Test, mother leaves the household on 4 March 2026"));

        String c = "cases.find { it.caseId == '" + caseId + "' }.";
        Tablet tablet = Tablet.enrolled(practitioner);
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .body(c + "household", contains("Pat Test, grandmother (parental responsibility)"))
                .body(c + "householdMembers.name", contains("Pat Test"))
                .body(c + "householdMembers.relationship", contains("grandmother"))
                .body(c + "householdMembers.parentalResponsibility", contains(true))
                .body(c + "householdMembers.joinedOn", contains("2026-03-02"))
                .body(c + "householdMembers.memberId", not(hasItem(members[0])));
    }

    @Test
    @DisplayName("R12-oversight R5.1-basic: a supervisor of another team cannot change the record (404), and nothing changes")
    void otherTeamCannotChange() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Nia Test");
        world.basicRecord(caseId);
        WebSession other = WebSession.signIn(world.staff(Staff.SUPERVISOR, "Another Team"), TestWorld.PASSWORD);
        other.post("/workspace", "/workspace/cases/" + caseId + "/basic-record/nhs-number",
                Map.of("value", "4010232137", "reason", "x")).then().statusCode(404);
        assertEquals("9434765919", probe.nhsNumber(caseId));
        assertEquals(0, probe.decisions(caseId));
    }
}
