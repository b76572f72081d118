package org.doorstep.server.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.model.cases.TransferCheck;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Opening, allocating, transferring, closing and reopening a case through the workspace's forms, against real MariaDB. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseMovesTest {

    static final String OPEN = "/workspace/allocations/open";

    @Inject
    TestWorld world;

    static Map<String, String> referral(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("legalName", name);
        form.put("dateOfBirth", "14 3 2017");
        form.put("address", "12 Elm Road, Northfield, NF2 4AB");
        form.put("nhsNumber", "943 476 5919");
        form.put("referralDate", LocalDate.now().minusDays(1).toString());
        form.put("referralSource", "Northfield Primary's designated safeguarding lead");
        return form;
    }

    /** Opens a case as the manager and returns its id (from where the form leads). */
    static String open(WebSession manager, String name) {
        String location = manager.post(OPEN, OPEN, referral(name)).then().statusCode(303).extract().header("Location");
        return location.replaceAll(".*/cases/([^/]+)/manage.*", "$1");
    }

    static void allocate(WebSession manager, String caseId, String practitioner) {
        String page = "/workspace/cases/" + caseId + "/manage/allocate";
        manager.post(page, page, Map.of("practitioner", practitioner, "reason", "Has room on her caseload"))
                .then().statusCode(303);
    }

    static Map<String, String> audit(String toTeam, String toPractitioner) {
        Map<String, String> form = new HashMap<>();
        form.put("toTeam", toTeam);
        form.put("toPractitioner", toPractitioner);
        form.put("findings", "Record complete. Review conference on 12 January.");
        return form;
    }

    /** Posts the transfer form with every check ticked (a repeated form field). */
    static io.restassured.response.Response transfer(WebSession manager, String caseId, Map<String, String> form,
                                                     List<TransferCheck> ticked) {
        String page = "/workspace/cases/" + caseId + "/manage/transfer";
        return manager.form(page).formParams(form).formParam("checks", ticked.stream().map(TransferCheck::wire).toArray())
                .post(page);
    }

    static List<String> caseload(Tablet t) {
        return Json.read(io.restassured.RestAssured.given().header("Authorization", "Bearer " + t.token).get("/api/v1/caseload").then().statusCode(200).extract().asString(), Caseload.class)
                .cases().stream().map(CaseSummary::caseId).toList();
    }

    @Test
    @DisplayName("R1-contemporaneous R14-transfer: a manager opens a case at referral (its first chain entry, signed by the server), "
            + "allocates it to a practitioner of the team, and it reaches her tablet")
    void openAndAllocate() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        String caseId = open(manager, "Amelia Jade Smith");

        assertEquals(1, world.entries(caseId), "opening is the record's first entry");
        manager.get("/workspace/cases/" + caseId + "/manage").then().statusCode(200)
                .body(containsString("Waiting for allocation"))
                .body(containsString("Case opened at referral: Amelia Jade Smith, born 14 March 2017"))
                .body(containsString("Northfield Primary&#39;s designated safeguarding lead"));
        manager.get("/workspace/cases/" + caseId).then().statusCode(200).body(containsString("Chain intact"));
        Tablet tablet = Tablet.enrolled(practitioner);
        assertTrue(caseload(tablet).isEmpty(), "an unallocated case is on nobody's tablet");

        allocate(manager, caseId, practitioner);
        assertEquals(List.of(caseId), caseload(tablet));
        assertEquals(2, world.entries(caseId));
        assertEquals(1, world.decisions(caseId, CaseEvent.OPENED));
        assertEquals(1, world.decisions(caseId, CaseEvent.ALLOCATED));
        String record = tablet.record(caseId).then().statusCode(200).extract().asString();
        assertTrue(record.contains("\"kind\":\"case-opened\"") && record.contains("\"chainIntact\":true"), record);
        assertTrue(record.contains("\"signatureVerified\":true"), "the server's own signature verifies: " + record);
    }

    @Test
    @DisplayName("R5.1-basic R14-transfer: a date of birth in the future, a bad NHS number, a practitioner of another team "
            + "and an unknown team each get a message beside their field, and nothing is stored")
    void badInputStoresNothing() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String elsewhere = world.staff(Staff.PRACTITIONER, TestWorld.unique("Other team"));
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);

        Map<String, String> bad = referral("Kept As Typed");
        bad.put("dateOfBirth", LocalDate.now().plusDays(3).toString());
        bad.put("nhsNumber", "943 476 5918");
        manager.post(OPEN, OPEN, bad).then().statusCode(400)
                .body(containsString("id=\"dateOfBirth-error\""))
                .body(containsString("The date of birth cannot be in the future"))
                .body(containsString("id=\"nhsNumber-error\""))
                .body(containsString("This is not a valid NHS number"))
                .body(containsString("href=\"#dateOfBirth\""))
                .body(containsString("value=\"Kept As Typed\""));
        Map<String, String> notADate = referral("Someone");
        notADate.put("referralDate", "31 2 2026");
        manager.post(OPEN, OPEN, notADate).then().statusCode(400).body(containsString("Enter a real date, for example 31 3 2026"));
        assertEquals(0, world.casesOf(team), "nothing stored");

        String caseId = open(manager, "Noah Williams");
        String page = "/workspace/cases/" + caseId + "/manage/allocate";
        manager.post(page, page, Map.of("practitioner", elsewhere, "reason", "Wrong team"))
                .then().statusCode(400).body(containsString("id=\"practitioner-error\""))
                .body(containsString("Choose a practitioner of " + team + " from the list"));
        manager.post(page, page, Map.of("practitioner", "nobody.here", "reason", "Unknown"))
                .then().statusCode(400).body(containsString("id=\"practitioner-error\""));
        assertNull(world.caseRow(caseId)[3], "still unallocated");

        allocate(manager, caseId, practitioner);
        transfer(manager, caseId, audit("No Such Team", ""), List.of(TransferCheck.values()))
                .then().statusCode(400).body(containsString("id=\"toTeam-error\""))
                .body(containsString("Choose the team the case moves to from the list"));
        transfer(manager, caseId, audit(team, ""), List.of(TransferCheck.VISITS_RECORDED))
                .then().statusCode(400).body(containsString("id=\"checks-error\""))
                .body(containsString("id=\"toPractitioner-error\""));
        assertEquals(0, world.decisions(caseId, ManagementDecision.TRANSFER_AUDITED), "no audit recorded");
        assertEquals(practitioner, world.caseRow(caseId)[3]);
    }

    @Test
    @DisplayName("R14-transfer: only a manager opens or moves a case; a supervisor reads the team's cases, and another team's "
            + "manager sees none of them")
    void whoMayMove() {
        String team = TestWorld.unique("Team");
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        String caseId = open(manager, "Zara Ahmed");
        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        supervisor.get(OPEN).then().statusCode(403);
        supervisor.get("/workspace/cases/" + caseId + "/manage/allocate").then().statusCode(403);
        supervisor.get("/workspace/cases/" + caseId + "/manage").then().statusCode(200)
                .body(containsString("Zara Ahmed")).body(not(containsString("manage/allocate")));
        supervisor.get("/workspace/allocations").then().statusCode(200).body(containsString(caseId))
                .body(not(containsString("Open a case at referral")));
        WebSession other = WebSession.signIn(world.staff(Staff.MANAGER, TestWorld.unique("Other")), TestWorld.PASSWORD);
        other.get("/workspace/cases/" + caseId + "/manage").then().statusCode(404);
        other.get("/workspace/allocations").then().statusCode(200).body(not(containsString(caseId)));
    }

    @Test
    @DisplayName("R14-transfer: the manager audits the case, the receiving team's manager confirms receipt and allocates; "
            + "the old practitioner's caseload drops it, each step a decision with its date")
    void transferToAnotherTeam() {
        String team = TestWorld.unique("Team");
        String receiving = TestWorld.unique("Receiving");
        String amara = world.staff(Staff.PRACTITIONER, team);
        String ben = world.staff(Staff.PRACTITIONER, receiving);
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        WebSession theirs = WebSession.signIn(world.staff(Staff.MANAGER, receiving), TestWorld.PASSWORD);
        String caseId = open(manager, "Ethan Clarke");
        allocate(manager, caseId, amara);
        Tablet tablet = Tablet.enrolled(amara);

        transfer(manager, caseId, audit(receiving, ""), List.of(TransferCheck.values())).then().statusCode(303);
        assertEquals(List.of(caseId), caseload(tablet), "the case stays with Amara until it is received");
        manager.get("/workspace/cases/" + caseId + "/manage").then().body(containsString("Transfer waiting"))
                .body(not(containsString("manage/close")));
        String list = theirs.get("/workspace/allocations").then().statusCode(200).extract().asString();
        String link = list.replaceAll("(?s).*href=\"(/workspace/allocations/transfers/[0-9]+)\".*", "$1");
        theirs.get(link).then().statusCode(200).body(containsString("Record complete. Review conference on 12 January."));
        theirs.post(link, link, Map.of("practitioner", "", "note", "")).then().statusCode(400)
                .body(containsString("id=\"practitioner-error\"")).body(containsString("id=\"note-error\""));
        theirs.post(link, link, Map.of("practitioner", ben, "note", "Arrived complete.")).then().statusCode(303);

        assertTrue(caseload(tablet).isEmpty(), "Amara's tablet drops the case");
        assertEquals(List.of(caseId), caseload(Tablet.enrolled(ben)));
        assertEquals(receiving, world.caseRow(caseId)[4]);
        assertEquals(1, world.decisions(caseId, ManagementDecision.TRANSFER_AUDITED));
        assertEquals(1, world.decisions(caseId, CaseEvent.TRANSFERRED));
        manager.get("/workspace/cases/" + caseId + "/manage").then().statusCode(404);
        theirs.get("/workspace/cases/" + caseId + "/manage").then().statusCode(200)
                .body(containsString("Transfer received: the case moves from"))
                .body(containsString("Audited for transfer from"));
        theirs.get(link).then().statusCode(404);
    }

    @Test
    @DisplayName("R1-contemporaneous: a case closes with a closing summary (it leaves the tablet) and reopens with a reason; "
            + "a blank summary or reason changes nothing")
    void closeAndReopen() {
        String team = TestWorld.unique("Team");
        String amara = world.staff(Staff.PRACTITIONER, team);
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        String caseId = open(manager, "Lily Evans");
        allocate(manager, caseId, amara);
        Tablet tablet = Tablet.enrolled(amara);
        String close = "/workspace/cases/" + caseId + "/manage/close";
        manager.post(close, close, Map.of("summary", " ")).then().statusCode(400).body(containsString("id=\"summary-error\""));
        assertNull(world.caseRow(caseId)[5]);
        manager.post(close, close, Map.of("summary", "The plan's aims are met; support continues from early help."))
                .then().statusCode(303);
        assertTrue(caseload(tablet).isEmpty());
        assertEquals(LocalDate.now(), (LocalDate) world.caseRow(caseId)[5]);
        manager.get(close).then().statusCode(200).body(not(containsString("id=\"close-button\""))).body(containsString("id=\"not-now\""));

        String reopen = "/workspace/cases/" + caseId + "/manage/reopen";
        manager.post(reopen, reopen, Map.of("reason", "")).then().statusCode(400).body(containsString("id=\"reason-error\""));
        manager.post(reopen, reopen, Map.of("reason", "New referral from the school nurse.")).then().statusCode(303);
        manager.get("/workspace/cases/" + caseId + "/manage").then().statusCode(200)
                .body(containsString("Waiting for allocation")).body(containsString("New referral from the school nurse."))
                .body(containsString("The plan&#39;s aims are met"));
        assertEquals(4, world.entries(caseId), "opened, allocated, closed, reopened: each in the chain");
    }

    @Test
    @DisplayName("R5.1-basic: the legal name, date of birth and address are corrected with the evidence seen, as decisions, "
            + "with the earlier value kept; a date of birth in the future is refused beside its field")
    void correctIdentity() {
        String team = TestWorld.unique("Team");
        WebSession manager = WebSession.signIn(world.staff(Staff.MANAGER, team), TestWorld.PASSWORD);
        String caseId = open(manager, "Amelia Smith");
        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String born = "/workspace/cases/" + caseId + "/manage/identity/date-of-birth";
        supervisor.post(born, born, Map.of("value", LocalDate.now().plusYears(1).toString(), "evidence", "Birth certificate"))
                .then().statusCode(400).body(containsString("id=\"value-error\""))
                .body(containsString("The date of birth cannot be in the future"));
        supervisor.post(born, born, Map.of("value", "15 3 2017", "evidence", "")).then().statusCode(400)
                .body(containsString("id=\"evidence-error\""));
        assertEquals(LocalDate.of(2017, 3, 14), (LocalDate) world.caseRow(caseId)[1]);
        supervisor.post(born, born, Map.of("value", "15 3 2017", "evidence", "Birth certificate, seen at the visit"))
                .then().statusCode(303);
        String name = "/workspace/cases/" + caseId + "/manage/identity/legal-name";
        supervisor.post(name, name, Map.of("value", "Amelia Rose Smith", "evidence", "Birth certificate")).then().statusCode(303);
        assertEquals("Amelia Rose Smith", world.caseRow(caseId)[0]);
        assertEquals(LocalDate.of(2017, 3, 15), (LocalDate) world.caseRow(caseId)[1]);
        assertEquals(2, world.decisions(caseId, ManagementDecision.IDENTITY_CORRECTED));
        supervisor.get("/workspace/cases/" + caseId + "/manage").then().statusCode(200)
                .body(containsString("Date of birth corrected to 15 March 2017 (was 14 March 2017)"))
                .body(containsString("Evidence seen: Birth certificate, seen at the visit"))
                .body(containsString("Amelia Smith, recorded by"));
    }
}
