package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The case's own facts over HTTP: basic record, proposals a supervisor confirms, chronology lines, other contacts. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseRecordFactsTest {

    @Inject
    TestWorld world;

    private static Response send(Tablet t, String caseId, String what, Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + t.token)
                .body(body instanceof String s ? s : Json.write(body)).post("/api/v1/cases/" + caseId + "/" + what);
    }

    private static FactProposal proposal(String kind, String value, String seen, String reason) {
        return new FactProposal(UUID.randomUUID().toString(), kind, value, null, null, seen, reason, null);
    }

    private static String confirm(WebSession web, String caseId, String proposalId) {
        return web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/proposals/" + proposalId + "/confirm",
                Map.of()).then().statusCode(303).extract().header("Location");
    }

    @Test
    @DisplayName("R5.1-basic R5.4-current-historical: identifiers, placement, needs and household with parental responsibility; past facts struck with their end date, current ones tagged")
    void basicRecordCurrentAndHistorical() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Test");
        world.basicRecord(caseId);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        String html = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(html.contains("943 476 5919"), "NHS number as people read it");
        assertTrue(html.contains("LOCAL-" + caseId));
        assertTrue(html.contains("Current</strong> <span class=\"ds-long\">At home with mother</span>"), "current placement tagged");
        assertTrue(html.contains("<del>With grandmother, 4 Hill Road</del> <span class=\"ds-muted\">15 September 2025 until 20 January 2026</span>"),
                "past placement struck, with its dates");
        assertTrue(html.contains("<del>Dan Test, father</del>"), "past household member struck");
        assertTrue(html.contains("Until 3 March 2026"), "past household member's end date");
        assertTrue(html.matches("(?s).*Jade Test, mother</td>\\s*<td class=\"govuk-table__cell\">Yes</td>.*"),
                "who holds parental responsibility");
    }

    @Test
    @DisplayName("R5.1-basic: an NHS number whose check digit is wrong never reaches the database")
    void nhsNumberChecked() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER));
        assertThrows(RuntimeException.class, () -> world.nhsNumber(caseId, "9434765918"));
        world.nhsNumber(caseId, "9434765919");
    }

    @Test
    @DisplayName("R5.1-gender: name and gender as the child declares them change by confirmed proposal; the current value is shown, the history on request; the tablet's caseload follows")
    void declaredNameAndGender() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Ethan Test");
        Tablet tablet = Tablet.enrolled(practitioner);
        FactProposal gender = proposal("declared-gender", "Non-binary", null, "Ethan told me they are non-binary.");
        FactProposal name = proposal("declared-name", "Eden Test", "Ethan Test", "Asked to be called Eden from now on.");
        send(tablet, caseId, "proposals", gender).then().statusCode(201).body("status", equalTo("pending"));
        send(tablet, caseId, "proposals", name).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        web.get("/workspace/cases/" + caseId).then().body(containsString("<h1 class=\"govuk-heading-xl\">Ethan Test</h1>"));

        confirm(web, caseId, gender.proposalId());
        assertTrue(confirm(web, caseId, name.proposalId()).endsWith("?proposal=confirmed#proposals"));

        String html = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h1 class=\"govuk-heading-xl\">Eden Test</h1>"), "the declared name is the one shown");
        assertTrue(html.contains("Non-binary <span class=\"ds-muted\">as the child declares it"));
        assertTrue(html.contains("Earlier names (1)") && html.contains("<del>Ethan Test</del>"), "earlier name kept, on request");
        assertTrue(html.contains("Case opened under the name Ethan Test"));
        assertTrue(html.contains("No proposals are waiting."));
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .body("cases.find { it.caseId == '" + caseId + "' }.childName", equalTo("Eden Test"));
    }

    @Test
    @DisplayName("R5.1-basic: two offline tablets' proposals never overwrite each other: both listed, the second marked as changed since, each confirmation applied to what is current then, the old value kept")
    void twoOfflineProposals() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Zara Test");
        world.basicRecord(caseId);
        Tablet a = Tablet.enrolled(practitioner);
        Tablet b = Tablet.enrolled(practitioner);
        FactProposal first = proposal("communication-needs", "Uses Makaton signs at nursery", "None known", "Nursery told me.");
        FactProposal second = proposal("communication-needs", "Needs a BSL interpreter", "None known", "Audiology letter.");
        send(a, caseId, "proposals", first).then().statusCode(201);
        send(b, caseId, "proposals", second).then().statusCode(201);
        send(b, caseId, "proposals", second).then().statusCode(200).body("proposalId", equalTo(second.proposalId()));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        String before = web.get("/workspace/cases/" + caseId).then().extract().asString();
        assertTrue(before.contains("Uses Makaton signs at nursery") && before.contains("Needs a BSL interpreter"), "both listed");
        assertTrue(!before.contains("Changed since proposed"), "nothing changed yet");

        confirm(web, caseId, first.proposalId());
        String between = web.get("/workspace/cases/" + caseId).then().extract().asString();
        assertTrue(between.contains("Current</strong> <span class=\"ds-long\">Uses Makaton signs at nursery</span>"));
        assertTrue(between.contains("Changed since proposed"), "the second proposal says the fact changed since");

        confirm(web, caseId, second.proposalId());
        String after = web.get("/workspace/cases/" + caseId).then().extract().asString();
        assertTrue(after.contains("Current</strong> <span class=\"ds-long\">Needs a BSL interpreter</span>"));
        assertTrue(after.contains("<del>Uses Makaton signs at nursery</del>") && after.contains("<del>None known</del>"),
                "each earlier value kept as history");
        assertTrue(after.contains("Decided proposals (2)"));
    }

    @Test
    @DisplayName("R5.1-basic R5.4-current-historical: a household member who left stays on the record, struck, until a date; a second tablet's 'left' for the same person cannot be confirmed twice, only rejected with a reason")
    void householdLeavesAndJoins() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Lily Test");
        long partner = world.householdMember(caseId, "Mark Test, mother's partner", false);
        Tablet a = Tablet.enrolled(practitioner);
        Tablet b = Tablet.enrolled(practitioner);
        FactProposal leftA = new FactProposal(UUID.randomUUID().toString(), "household-leaves", "Staying with his brother",
                null, partner, null, "Mother told me; his things were gone.", null);
        FactProposal leftB = new FactProposal(UUID.randomUUID().toString(), "household-leaves", null, null, partner, null,
                "Lily said Mark has moved out.", null);
        FactProposal joins = new FactProposal(UUID.randomUUID().toString(), "household-joins", "Pat Test, grandmother", true,
                null, null, "Moved in to help after Mark left.", null);
        send(a, caseId, "proposals", leftA).then().statusCode(201);
        send(b, caseId, "proposals", leftB).then().statusCode(201);
        send(b, caseId, "proposals", joins).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        confirm(web, caseId, leftA.proposalId());
        confirm(web, caseId, joins.proposalId());
        web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/proposals/" + leftB.proposalId() + "/confirm", Map.of())
                .then().statusCode(400).body(containsString("already recorded as having left"));
        web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/proposals/" + leftB.proposalId() + "/reject",
                Map.of("comment", " ")).then().statusCode(400).body(containsString("Enter the reason for rejecting"));
        web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/proposals/" + leftB.proposalId() + "/reject",
                Map.of("comment", "Already recorded from the other visit")).then().statusCode(303);

        String html = web.get("/workspace/cases/" + caseId).then().extract().asString();
        assertTrue(html.contains("<del>Mark Test, mother&#39;s partner</del>") || html.contains("<del>Mark Test, mother's partner</del>"), html);
        assertTrue(html.contains("Staying with his brother") && html.contains("govuk-tag--grey\">Until "));
        assertTrue(html.matches("(?s).*Pat Test, grandmother</td>\\s*<td class=\"govuk-table__cell\">Yes</td>\\s*<td class=\"govuk-table__cell\"><strong class=\"govuk-tag govuk-tag--green\">Current.*"));
        given().header("Authorization", "Bearer " + a.token).get("/api/v1/caseload").then()
                .body("cases.find { it.caseId == '" + caseId + "' }.household", hasItem("Pat Test, grandmother (parental responsibility)"))
                .body("cases.find { it.caseId == '" + caseId + "' }.household", not(hasItem(containsString("Mark Test"))));
    }

    @Test
    @DisplayName("R5.1-basic: a bad proposal is refused as problem+json: rule violations 422, a reused id with other content 409, another practitioner's case 403, no token 401")
    void badProposals() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        send(tablet, caseId, "proposals", new FactProposal("not-a-uuid", "eye-colour", null, null, null, null, " ", null))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/invalid-proposal"))
                .body("violations.field", hasItem("proposalId")).body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("reason"));
        send(tablet, caseId, "proposals", new FactProposal(UUID.randomUUID().toString(), "household-joins", "Someone, uncle",
                null, null, null, "Seen there", null)).then().statusCode(422)
                .body("violations.field", hasItem("parentalResponsibility"));
        send(tablet, caseId, "proposals", new FactProposal(UUID.randomUUID().toString(), "household-leaves", null, null,
                999_999_999L, null, "Gone", null)).then().statusCode(422).body("type", endsWith("/unknown-household-member"));
        FactProposal p = proposal("communication-needs", "Uses a tablet to type answers", null, "Seen at the visit");
        send(tablet, caseId, "proposals", p).then().statusCode(201);
        send(tablet, caseId, "proposals", new FactProposal(p.proposalId(), p.kind(), "Something else", null, null, null,
                p.reason(), null)).then().statusCode(409).body("type", endsWith("/proposal-conflict"));
        send(tablet, caseId, "proposals", "{not json").then().statusCode(400).contentType("application/problem+json");
        String otherCase = world.childCase(world.staff(Staff.PRACTITIONER));
        send(tablet, otherCase, "proposals", proposal("communication-needs", "x", null, "y")).then().statusCode(403)
                .body("type", endsWith("/case-not-allocated"));
        given().contentType(ContentType.JSON).body(Json.write(p)).post("/api/v1/cases/" + caseId + "/proposals")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("R5.5-chronology: a practitioner adds dated facts with their source, also from before the case opened; opinion, a missing source or a future date are refused; the page lists them in date order")
    void chronologyByHand() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        send(tablet, caseId, "chronology", new ChronologyLine(LocalDate.of(2024, 2, 1), "Police attended a domestic incident.",
                "Police notification PPN-1")).then().statusCode(201).body("source", equalTo("Police notification PPN-1"));
        send(tablet, caseId, "chronology", new ChronologyLine(LocalDate.of(2016, 5, 1), "Born at Northfield General.",
                "Birth notification")).then().statusCode(201);
        send(tablet, caseId, "chronology", new ChronologyLine(LocalDate.of(2024, 3, 1), "Mother probably drinks too much.", " "))
                .then().statusCode(422).contentType("application/problem+json").body("type", endsWith("/invalid-chronology-line"))
                .body("violations.field", hasItem("fact")).body("violations.field", hasItem("source"))
                .body("violations.requirement", hasItem("R5.5-chronology"));
        send(tablet, caseId, "chronology", new ChronologyLine(LocalDate.now().plusDays(3), "Review conference.", "Invitation"))
                .then().statusCode(422).body("violations[0].field", equalTo("date"));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String html = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        int born = html.indexOf("Born at Northfield General.");
        int police = html.indexOf("Police attended a domestic incident.");
        assertTrue(born > 0 && police > born, "in date order, earliest first");
        assertEquals(2, world.chronologyLines(caseId));
    }

    @Test
    @DisplayName("R5.3-contacts: a call, letter, email or meeting is recorded with who, what, the decisions and by whom, the reasons; shown on the record and as a chronology line")
    void otherContacts() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        send(tablet, caseId, "contacts", new ContactRecord(LocalDate.of(2026, 2, 18), "email", "CAMHS duty worker",
                "First appointment offered on 9 March.", "The social worker goes with the child.", "Priya Shah, supervisor",
                "The child has not been to new places alone.")).then().statusCode(201).body("method", equalTo("email"));
        send(tablet, caseId, "contacts", new ContactRecord(LocalDate.of(2026, 2, 19), "call", "Mrs Patel, class teacher",
                "Attendance is 97% this term.", null, null, null)).then().statusCode(201);
        send(tablet, caseId, "contacts", new ContactRecord(LocalDate.of(2026, 2, 19), "carrier pigeon", " ", "x", "Decided",
                null, null)).then().statusCode(422).body("type", endsWith("/invalid-contact"))
                .body("violations.field", hasItem("method")).body("violations.field", hasItem("withWhom"))
                .body("violations.field", hasItem("decidedBy")).body("violations.field", hasItem("reasons"));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String html = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Email with CAMHS duty worker"));
        assertTrue(html.contains("Decided by Priya Shah, supervisor:</strong> The social worker goes with the child."));
        assertTrue(html.contains("The child has not been to new places alone."));
        assertTrue(html.contains("Phone call with Mrs Patel, class teacher: Attendance is 97% this term."), "as a chronology line");
        assertEquals(2, world.chronologyLines(caseId));
    }
}
