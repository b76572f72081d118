package org.doorstep.server.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The case service as an import calls it: a dry run that stores nothing, then the opening and the allocation. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseOpeningsTest {

    @Inject
    TestWorld world;

    @Inject
    CaseOpenings openings;

    private static CaseOpenings.Opening opening(String caseId, String team) {
        return new CaseOpenings.Opening(caseId, team, "Noah Williams", "2 9 2012", "Flat 4, 88 Station Street", "",
                "4/11/2024", "Dr Hughes, Station Street Surgery");
    }

    @Test
    @DisplayName("R14-transfer R1-contemporaneous: an admin's import names the team; an unknown team, a taken case id and a "
            + "practitioner of another team are refused field by field, and nothing is stored")
    void importedCase() {
        String team = TestWorld.unique("Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        Staff admin = Staff.named(world.staff(Staff.ADMIN, null));
        String caseId = TestWorld.unique("C-IMPORT");

        List<FieldError> unknown = openings.check(opening(caseId, "No Such Team"), admin);
        assertEquals(List.of("team"), unknown.stream().map(FieldError::field).toList());
        assertTrue(unknown.get(0).message().contains("No Such Team is not one"), unknown.toString());
        assertEquals(0, world.casesOf("No Such Team"));
        assertEquals(List.of(), openings.check(opening(caseId, team), admin), "the dry run stores nothing");
        assertEquals(0, world.casesOf(team));

        CaseOutcome opened = openings.open(opening(caseId, team), admin);
        assertTrue(opened.done(), opened.errors().toString());
        assertEquals(List.of("caseId"), openings.check(opening(caseId, team), admin).stream().map(FieldError::field).toList());
        assertEquals(1, world.casesOf(team));

        Staff manager = Staff.named(world.staff(Staff.MANAGER, team));
        String elsewhere = world.staff(Staff.PRACTITIONER, TestWorld.unique("Elsewhere"));
        assertEquals("practitioner", openings.allocate(opened.childCase(), manager, elsewhere, "Import").errors().get(0).field());
        assertTrue(openings.allocate(opened.childCase(), manager, practitioner, "Allocated in the old system").done());
        assertEquals(practitioner, world.caseRow(caseId)[3]);
    }
}
