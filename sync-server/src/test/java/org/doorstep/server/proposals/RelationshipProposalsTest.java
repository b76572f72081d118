package org.doorstep.server.proposals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.RecordProbe;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Relationships on the genogram travel the household's path (R5.6-genogram, issue 15): proposed from
 * a tablet over the API, listed for the supervisor, confirmed into the genogram or rejected, each a
 * management decision.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RelationshipProposalsTest {

    @Inject
    TestWorld world;

    @Inject
    RecordProbe probe;

    private static Response send(Tablet t, String caseId, FactProposal p) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + t.token).body(Json.write(p))
                .post("/api/v1/cases/" + caseId + "/proposals");
    }

    private static FactProposal relationship(String from, String kind, String to, LocalDate since, LocalDate until) {
        return FactProposal.relationship(UUID.randomUUID().toString(), from, kind, to, since, until,
                "Mia told me at the visit; her mother agreed.");
    }

    private static Response decide(WebSession web, String caseId, FactProposal p, String how, String comment) {
        return web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/proposals/" + p.proposalId() + "/" + how,
                Map.of("comment", comment));
    }

    private static io.restassured.response.ValidatableResponse caseload(Tablet t) {
        return given().header("Authorization", "Bearer " + t.token).get("/api/v1/caseload").then().statusCode(200);
    }

    @Test
    @DisplayName("R5.6-genogram: a relationship proposed from the tablet is listed readably for the supervisor; confirmed, it is on the genogram and the decision is on the record")
    void confirmedIntoTheGenogram() {
        String team = TestWorld.unique("Relationship Team");
        String practitioner = world.person(Staff.PRACTITIONER, team, "Amara Okafor");
        String caseId = world.childCase(practitioner, "Mia Test");
        long mother = world.basicRecord(caseId)[0];
        Tablet tablet = Tablet.enrolled(practitioner);
        FactProposal p = relationship("m" + mother, "parent-of", "child", LocalDate.of(2016, 4, 12), null);
        send(tablet, caseId, p).then().statusCode(201).body("kind", equalTo("relationship")).body("status", equalTo("pending"));
        send(tablet, caseId, p).then().statusCode(200); // a resend is recognised, not doubled
        String c = "cases.find { it.caseId == '" + caseId + "' }.family.";
        caseload(tablet).body(c + "relationships", hasSize(0));

        WebSession web = WebSession.signIn(world.person(Staff.SUPERVISOR, team, "Priya Shah"), TestWorld.PASSWORD);
        String page = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h3 class=\"govuk-heading-s\">Amara Okafor proposes: Jade Test is parent of Mia Test since 12 April 2016</h3>"),
                page.substring(page.indexOf("id=\"proposals\"")));
        decide(web, caseId, p, "confirm", "Birth certificate seen").then().statusCode(303);

        caseload(tablet).body(c + "relationships", hasSize(1)).body(c + "relationships[0].kind", equalTo("PARENT_OF"))
                .body(c + "relationships[0].from", equalTo("m" + mother)).body(c + "relationships[0].to", equalTo("child"))
                .body(c + "relationships[0].since", equalTo("2016-04-12"));
        String genogram = web.get("/workspace/cases/" + caseId + "/genogram").then().statusCode(200).extract().asString();
        assertTrue(genogram.contains("Jade Test is parent of Mia Test, since 2016-04-12"), "the genogram lists it");
        assertEquals("confirmed", probe.proposalStatus(p.proposalId()));
        List<String> rows = probe.decisionRows(caseId);
        assertEquals(1, rows.size(), "one decision: the confirmation");
        assertTrue(rows.get(0).startsWith("proposal-confirmed|Confirmed: Genogram: Jade Test is parent of Mia Test, since 2016-04-12|"
                + "Comment: Birth certificate seen\nProposed by Amara Okafor on "), rows.get(0));
        assertTrue(rows.get(0).endsWith("|" + p.proposalId()));
    }

    @Test
    @DisplayName("R5.6-genogram: a rejected relationship leaves the genogram unchanged and the rejection is a decision with its reason")
    void rejectedLeavesTheGenogram() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Mia Test");
        long mother = world.basicRecord(caseId)[0];
        Tablet tablet = Tablet.enrolled(practitioner);
        FactProposal p = relationship("child", "sibling-of", "m" + mother, null, null);
        send(tablet, caseId, p).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);

        decide(web, caseId, p, "reject", "Jade is Mia's mother, not her sister").then().statusCode(303);

        caseload(tablet).body("cases.find { it.caseId == '" + caseId + "' }.family.relationships", hasSize(0));
        assertEquals("rejected", probe.proposalStatus(p.proposalId()));
        assertTrue(probe.decisionRows(caseId).get(0).startsWith("proposal-rejected|Rejected: Genogram: Mia Test is sibling of Jade Test|"
                + "Reason: Jade is Mia&#39;s mother".replace("&#39;", "'")), probe.decisionRows(caseId).get(0));
        String page = web.get("/workspace/cases/" + caseId).then().extract().asString();
        assertTrue(page.contains("No proposals are waiting."));
        assertTrue(page.contains("Relationship: Mia Test is sibling of Jade Test · <strong>rejected</strong>"), "in the decided proposals");
    }

    @Test
    @DisplayName("R5.6-genogram: a relationship with someone not on the case, with the same person twice, an unknown kind, an end before its start, or one the genogram already holds is refused 422 with the fields named, and nothing is stored")
    void badInputIsRefused() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Mia Test");
        long[] household = world.basicRecord(caseId);
        Tablet tablet = Tablet.enrolled(practitioner);

        send(tablet, caseId, relationship("m999999999", "cousin-of", "child", null, null)).then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", contains("relationFrom", "relationKind"));
        send(tablet, caseId, relationship("child", "sibling-of", "child", null, null)).then().statusCode(422)
                .body("violations.field", contains("relationTo")).body("detail", equalTo("Choose two different people."));
        send(tablet, caseId, relationship("m" + household[0], "divorced", "m" + household[1], LocalDate.of(2020, 1, 1),
                LocalDate.of(2010, 1, 1))).then().statusCode(422).body("violations.field", contains("until"));
        send(tablet, caseId, new FactProposal(UUID.randomUUID().toString(), "relationship", null, null, null, null, " ", null,
                null, null, null, null, null)).then().statusCode(422)
                .body("violations.field", containsInAnyOrder("reason", "relationFrom", "relationKind", "relationTo"));
        assertEquals(0, world.rows("fact_proposals", caseId), "nothing stored");

        // One already on the genogram is not proposed again; two offline tablets may still both propose it: the second is refused at confirmation
        FactProposal first = relationship("m" + household[0], "divorced", "m" + household[1], LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1));
        FactProposal second = relationship("m" + household[1], "married", "m" + household[0], null, null);
        send(tablet, caseId, first).then().statusCode(201);
        send(tablet, caseId, second).then().statusCode(201);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        decide(web, caseId, first, "confirm", "").then().statusCode(303);
        String refused = decide(web, caseId, second, "confirm", "").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("These two people already have a relationship on the record.; reject this proposal instead")
                || refused.contains("These two people already have a relationship on the record"), "says why");
        assertEquals("pending", probe.proposalStatus(second.proposalId()));
        send(tablet, caseId, relationship("m" + household[0], "married", "m" + household[1], null, null)).then().statusCode(422)
                .body("violations.field", contains("relationTo"))
                .body("detail", equalTo("These two people already have a relationship on the record."));
        assertEquals(2, world.rows("fact_proposals", caseId));
        assertEquals(1, probe.decisions(caseId));
    }
}
