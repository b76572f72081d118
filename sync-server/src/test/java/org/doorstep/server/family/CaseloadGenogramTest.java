package org.doorstep.server.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.Tablet;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The genogram the tablet keeps offline (R5.6-genogram), within what the caseload already names. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseloadGenogramTest {

    @Inject
    TestWorld world;

    @Inject
    FamilyRecord family;

    @Test
    @DisplayName("R5.6-genogram: the caseload carries the genogram of the child and the current household; a grandparent and a parent who left stay on the server")
    void genogramInCaseload() {
        String team = TestWorld.unique("Genogram Caseload Team");
        String practitioner = world.person(Staff.PRACTITIONER, team, "Tom Price");
        String supervisor = world.person(Staff.SUPERVISOR, team, "Priya Shah");
        String caseId = world.childCase(practitioner, "Mia Test");
        long[] household = world.basicRecord(caseId); // mother current, father left
        add(caseId, supervisor, "m" + household[0], "", "female", "3 11 1987");
        add(caseId, supervisor, "", "Ada Test", "female", "9 7 1951");
        relate(caseId, supervisor, "m" + household[0], "parent-of", "child");
        relate(caseId, supervisor, "m" + household[1], "parent-of", "child");
        relate(caseId, supervisor, "f" + firstRelative(caseId, "Ada Test"), "parent-of", "m" + household[0]);

        String c = "cases.find { it.caseId == '" + caseId + "' }.family.";
        given().header("Authorization", "Bearer " + Tablet.enrolled(practitioner).token).get("/api/v1/caseload").then().statusCode(200)
                .body(c + "people.name", containsInAnyOrder("Mia Test", "Jade Test"))
                .body(c + "people.find { it.id == 'm" + household[0] + "' }.sex", equalTo("FEMALE"))
                .body(c + "people.find { it.id == 'm" + household[0] + "' }.born", equalTo("1987-11-03"))
                .body(c + "people.name", not(hasItem("Ada Test")))
                .body(c + "relationships", hasSize(1))
                .body(c + "relationships[0].kind", equalTo("PARENT_OF"));
    }

    void add(String caseId, String by, String member, String name, String sex, String born) {
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> family.addPerson(ChildCase.findById(caseId), Staff.named(by),
                member, name, sex, born, "", false, "Told at the visit")));
    }

    void relate(String caseId, String by, String from, String kind, String to) {
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> family.addRelationship(ChildCase.findById(caseId),
                Staff.named(by), from, kind, to, "", "", "Told at the visit")));
    }

    long firstRelative(String caseId, String name) {
        return Relative.<Relative>find("caseId = ?1 and name = ?2", caseId, name).firstResult().id;
    }
}
