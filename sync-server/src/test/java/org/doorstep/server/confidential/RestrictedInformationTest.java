package org.doorstep.server.confidential;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RestrictedInformationTest {

    static final String POLICE = ConfidentialCase.POLICE;
    static final String SCHOOL = ConfidentialCase.SCHOOL;

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    static WebSession web(String username) {
        return ConfidentialCase.web(username);
    }

    @Test
    @DisplayName("R7-restricted: a restricted statement is absent from the caseload and the case record sent to the tablet "
            + "and from the visit page of a supervisor without access, which says something is withheld; present for who "
            + "marked it and for the manager; each view logged as such; a manager confirms and lifts it, each a decision")
    void restrictedStatement() {
        ConfidentialCase s = ConfidentialCase.in(world).policeRestricted();

        String record = s.tablet().record(s.caseId()).then().statusCode(200).extract().asString();
        assertFalse(record.contains("arrested"), "no tablet receives a restricted statement, its author's included");
        assertTrue(record.contains(SCHOOL), "the rest of the note still reaches the tablet");
        String caseload = given().header("Authorization", "Bearer " + s.tablet().token).get("/api/v1/caseload")
                .then().statusCode(200).extract().asString();
        assertFalse(caseload.contains("arrested"));

        String withheld = web(s.other()).get("/workspace/visits/" + s.visit().noteId()).then().statusCode(200).extract().asString();
        assertFalse(withheld.contains("arrested"), "a supervisor without access does not see it");
        assertFalse(withheld.contains("DC Patel"), "nor who said it");
        assertTrue(withheld.contains("Withheld") && withheld.contains("Police information"));
        assertTrue(withheld.contains(SCHOOL));
        String list = web(s.other()).get("/workspace/cases/" + s.caseId() + "/restrictions").then().statusCode(200).extract().asString();
        assertFalse(list.contains("on condition the family"), "the list does not explain a withheld item to them either");

        assertTrue(web(s.marker()).get("/workspace/visits/" + s.visit().noteId()).asString().contains("arrested"));
        assertTrue(web(s.manager()).get("/workspace/visits/" + s.visit().noteId()).asString().contains("arrested"));
        assertEquals(1, logged(s.caseId(), s.marker(), "Restricted item viewed: Statement 2"));
        assertEquals(1, logged(s.caseId(), s.manager(), "Restricted item viewed: Statement 2"));
        assertEquals(1, logged(s.caseId(), s.other(), "Restricted item withheld: Statement 2"));

        long id = restrictionIds(s.caseId())[0];
        WebSession manager = web(s.manager());
        String page = "/workspace/cases/" + s.caseId() + "/restrictions";
        manager.post(page, page + "/" + id + "/confirm", Map.of()).then().statusCode(303);
        assertEquals(1, world.decisions(s.caseId(), Restrictions.CONFIRMED));
        web(s.marker()).post(page, page + "/" + id + "/lift", Map.of("why", "x")).then().statusCode(403);

        manager.post(page, page + "/" + id + "/lift", Map.of("why", " ")).then().statusCode(400);
        assertEquals(0, world.decisions(s.caseId(), Restrictions.LIFTED), "a lift without a reason changes nothing");
        manager.post(page, page + "/" + id + "/lift", Map.of("why", "The criminal case is over; the police agree.")).then().statusCode(303);
        assertEquals(1, world.decisions(s.caseId(), Restrictions.LIFTED));
        assertTrue(s.tablet().record(s.caseId()).asString().contains("arrested"), "lifted, it reaches the tablet again");
    }

    @Test
    @DisplayName("R7-restricted: a restricted visit is left out of the tablet's case record and chronology whole, and a "
            + "supervisor without access gets a page saying it is withheld; a form without a reason changes nothing")
    void restrictedVisit() {
        ConfidentialCase s = ConfidentialCase.in(world);
        String page = "/workspace/cases/" + s.caseId() + "/restrictions";
        String refused = web(s.marker()).post(page, page, Map.of("item", "entry:" + s.visit().noteId(), "explanation", ""))
                .then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Choose why it is restricted") && refused.contains("Explain why it must be withheld"));
        assertEquals(0, restrictionIds(s.caseId()).length, "nothing stored");

        s.restrict("entry:" + s.visit().noteId(), "adoption");
        String record = s.tablet().record(s.caseId()).then().statusCode(200).extract().asString();
        assertFalse(record.contains(s.visit().noteId()));
        assertFalse(record.contains("Home visit at Family home"), "nor its chronology line");
        String caseload = given().header("Authorization", "Bearer " + s.tablet().token).get("/api/v1/caseload").asString();
        assertFalse(caseload.contains("Home visit at Family home"));
        String withheld = web(s.other()).get("/workspace/visits/" + s.visit().noteId()).then().statusCode(200).extract().asString();
        assertTrue(withheld.contains("Visit withheld") && withheld.contains("Adoption"));
        assertFalse(withheld.contains(SCHOOL) || withheld.contains("arrested"));
        web(s.other()).get("/workspace/visits/" + s.visit().noteId() + "/sketches/1.svg").then().statusCode(404);
        assertEquals(1, logged(s.caseId(), s.other(), "Restricted item withheld: Visit note"));
    }

    @Transactional
    long logged(String caseId, String username, String what) {
        return ((Number) em.createNativeQuery("select count(*) from case_access_log where case_id = ?1 and username = ?2 and what like ?3")
                .setParameter(1, caseId).setParameter(2, username).setParameter(3, what + "%").getSingleResult()).longValue();
    }

    @Transactional
    long[] restrictionIds(String caseId) {
        return em.createNativeQuery("select id from restrictions where case_id = ?1 order by id").setParameter(1, caseId)
                .getResultList().stream().mapToLong(o -> ((Number) o).longValue()).toArray();
    }
}
