package org.doorstep.server.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.TeamOverview;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R5.4-balance for visits merged before the flag existed: the backfill reads it from their signed notes. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class VisitFactBalanceBackfillTest {

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Inject
    VisitFactBackfill backfill;

    @Inject
    TeamOverview overview;

    @Inject
    VisitTallies tallies;

    private TeamOverview.Dashboard board(String team) {
        return QuarkusTransaction.requiringNew().call(() -> overview.dashboard(team));
    }

    @Test
    @DisplayName("R5.4-balance: a visit indexed before V71 (no balance yet) is flagged on the dashboard once the backfill has run; "
            + "a balanced one and one recording neither are not")
    void oldRowsFlaggedByBackfill() {
        String team = TestWorld.unique("Backfill Balance Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote strengthsOnly = tablet.visit(caseId).withBalance("Gran walks her to school.", null);
        VisitNote balanced = tablet.visit(caseId).withBalance("Gran walks her to school.", "Rent arrears.");
        VisitNote neither = tablet.visit(caseId);
        for (VisitNote v : new VisitNote[] {strengthsOnly, balanced, neither}) {
            tablet.post(tablet.sign(v)).then().statusCode(201);
        }
        assertEquals(1, board(team).oneSided(), "flagged at ingest");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update visit_facts set balance = null where case_id = ?1")
                .setParameter(1, caseId).executeUpdate());
        // Rows from before V71 come with a server start-up, which counts the dashboard's tallies again.
        tallies.recount();
        assertEquals(0, board(team).oneSided(), "as an old row: not derived yet");

        backfill.backfill(null);
        tallies.recount();

        assertEquals(1, board(team).oneSided());
        assertEquals(strengthsOnly.noteId(), board(team).recentOneSided().get(0).noteId());
        assertEquals("No concerns recorded", board(team).recentOneSided().get(0).oneSided());
        assertEquals("BALANCED", QuarkusTransaction.requiringNew().call(() -> VisitFact.byNoteId(balanced.noteId()).balance));
        assertEquals("NOT_RECORDED", QuarkusTransaction.requiringNew().call(() -> VisitFact.byNoteId(neither.noteId()).balance));
    }
}
