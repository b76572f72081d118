package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A supervisor's confirmation or rejection of a tablet's proposal is a management decision with its reasons (R5.1-decisions). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ProposalDecisionsTest {

    @Inject
    TestWorld world;

    @Inject
    RecordProbe probe;

    private static FactProposal propose(Tablet t, String caseId, FactProposal p) {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + t.token).body(Json.write(p))
                .post("/api/v1/cases/" + caseId + "/proposals").then().statusCode(201);
        return p;
    }

    private static FactProposal joins(String who, boolean pr, String reason) {
        return new FactProposal(UUID.randomUUID().toString(), "household-joins", who, pr, null, null, reason, null);
    }

    private static Response decide(WebSession web, String caseId, FactProposal p, String how, String comment) {
        return web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/proposals/" + p.proposalId() + "/" + how,
                comment == null ? Map.of() : Map.of("comment", comment));
    }

    @Test
    @DisplayName("R5.1-decisions R4-author: confirming a proposal is a decision listed on the case with who, when, what was decided, the comment or that none was given, and who proposed it on what basis")
    void confirmationsAreDecisions() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Test");
        Tablet tablet = Tablet.enrolled(practitioner);
        FactProposal kyle = propose(tablet, caseId, joins("Kyle Brown, mother's partner", false,
                "Amelia told me Kyle stays every night."));
        FactProposal needs = propose(tablet, caseId, new FactProposal(UUID.randomUUID().toString(), "communication-needs",
                "Uses Makaton signs at nursery", null, null, null, "Nursery key worker told me.", null));
        String supervisor = world.staff(Staff.SUPERVISOR);
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);

        decide(web, caseId, kyle, "confirm", "Checked with the police: no concerns known").then().statusCode(303);
        decide(web, caseId, needs, "confirm", null).then().statusCode(303);

        String html = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        String decisions = html.substring(html.indexOf("id=\"decisions\""));
        assertTrue(decisions.contains("Confirmed: Kyle Brown, mother&#39;s partner joins the household on "), decisions);
        assertTrue(decisions.contains(", without parental responsibility</h3>"));
        assertTrue(decisions.contains("Comment: Checked with the police: no concerns known\nProposed by Test practitioner "),
                "the comment, then who proposed it");
        assertTrue(decisions.contains("Amelia told me Kyle stays every night."), "the basis of the proposal");
        assertTrue(decisions.contains("Confirmed: communication needs become &quot;Uses Makaton signs at nursery&quot;"));
        assertTrue(decisions.contains("No comment was given when confirming."), "says that no comment was given");
        assertTrue(decisions.contains("Test supervisor " + supervisor.substring(supervisor.length() - 4) + ", "), "who decided");

        List<String> rows = probe.decisionRows(caseId);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("proposal-confirmed|") && rows.get(0).endsWith("|" + supervisor + "|" + needs.proposalId()));
        assertTrue(rows.get(1).endsWith("|" + kyle.proposalId()));
    }

    @Test
    @DisplayName("R5.1-decisions: rejecting needs a reason: without one nothing is decided and the message is beside the field; with one the rejection is a decision with the reason")
    void rejectionNeedsReason() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Test");
        Tablet tablet = Tablet.enrolled(practitioner);
        FactProposal p = propose(tablet, caseId, joins("Kyle Brown, mother's partner", false, "Seen at the house."));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        String refused = decide(web, caseId, p, "reject", "  ").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("<a href=\"#reason-" + p.proposalId() + "\">Enter the reason for rejecting the proposal</a>"));
        assertTrue(refused.contains("<p id=\"reason-" + p.proposalId() + "-error\" class=\"govuk-error-message\">"), "beside the field");
        assertEquals("pending", probe.proposalStatus(p.proposalId()));
        assertEquals(0, probe.decisions(caseId));

        decide(web, caseId, p, "reject", "Kyle was visiting; he lives with his mother").then().statusCode(303);
        String html = web.get("/workspace/cases/" + caseId).then().extract().asString();
        assertTrue(html.contains("Rejected: Kyle Brown, mother&#39;s partner joins the household, without parental responsibility"));
        assertTrue(html.contains("Reason: Kyle was visiting; he lives with his mother\nProposed by "));
        assertEquals("rejected", probe.proposalStatus(p.proposalId()));
        assertTrue(probe.decisionRows(caseId).get(0).startsWith("proposal-rejected|"));
        assertTrue(html.contains("No proposals are waiting."));
    }

    @Test
    @DisplayName("R5.1-decisions: a confirmation and its decision are kept together or not at all: a refused confirmation records no decision, a second decision on the same proposal is refused")
    void bothOrNeither() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Lily Test");
        long mark = world.householdMember(caseId, "Mark Test, mother's partner", false);
        Tablet tablet = Tablet.enrolled(practitioner);
        FactProposal first = propose(tablet, caseId, new FactProposal(UUID.randomUUID().toString(), "household-leaves", null,
                null, mark, null, "Mark has moved out.", null));
        FactProposal second = propose(tablet, caseId, new FactProposal(UUID.randomUUID().toString(), "household-leaves", null,
                null, mark, null, "Lily said Mark left.", null));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        decide(web, caseId, first, "confirm", "Confirmed with mother").then().statusCode(303);
        long facts = probe.facts(caseId);
        decide(web, caseId, second, "confirm", null).then().statusCode(400);
        decide(web, caseId, second, "confirm", "x".repeat(4001)).then().statusCode(400);
        decide(web, caseId, first, "reject", "Changed my mind").then().statusCode(400);
        assertEquals("pending", probe.proposalStatus(second.proposalId()));
        assertEquals("confirmed", probe.proposalStatus(first.proposalId()));
        assertEquals(facts, probe.facts(caseId));
        assertEquals(1, probe.decisions(caseId));
        assertTrue(probe.decisionRows(caseId).get(0).contains("Confirmed: Mark Test, mother's partner leaves the household on "));
    }

    @Test
    @DisplayName("R5.1-decisions R4-author: a confirmation with the longest comment allowed, on a proposal with the longest reason allowed, is recorded whole: the decision holds both, nothing is cut")
    void longestCommentAndReasonFit() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Lily Test");
        Tablet tablet = Tablet.enrolled(practitioner);
        String reason = "Lily told me Kyle moved in. ".repeat(200).substring(0, org.doorstep.model.record.RecordRules.MAX_TEXT);
        FactProposal kyle = propose(tablet, caseId, joins("Kyle Brown, mother's partner", false, reason));
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String comment = "Checked with the police and the school. ".repeat(120)
                .substring(0, org.doorstep.model.record.RecordRules.MAX_TEXT);

        decide(web, caseId, kyle, "confirm", comment).then().statusCode(303);
        assertEquals("confirmed", probe.proposalStatus(kyle.proposalId()));
        String decision = probe.decisionRows(caseId).get(0);
        assertTrue(decision.contains(comment.strip()), "the whole comment");
        assertTrue(decision.contains(reason.strip()), "the whole basis");
    }
}
