package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.notes.VisitFact;
import org.doorstep.server.notes.VisitTallies;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the dashboard reads tallies kept at ingest, correction and sign-off instead of counting every
 * visit of the team; after any mix of these they must say what a full count of the visits says.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class VisitTalliesTest {

    @Inject
    TestWorld world;

    @Inject
    TeamOverview overview;

    @Inject
    Decisions decisions;

    @Inject
    VisitTallies tallies;

    @Inject
    EntityManager em;

    @Test
    @DisplayName("R12-oversight, R11-rectify: after ingests, corrections (of a signed-off and of an unsigned visit) and "
            + "sign-offs, the awaiting counts per practitioner and per team and the newest receipt equal a full recount, "
            + "and counting again at start-up changes nothing")
    void talliesEqualARecount() {
        String team = TestWorld.unique("Tally Team");
        String amara = world.staff(Staff.PRACTITIONER, team);
        String tom = world.staff(Staff.PRACTITIONER, team);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        String amarasCase = world.childCase(amara);
        String tomsCase = world.childCase(tom);
        Tablet a = Tablet.enrolled(amara);
        Tablet t = Tablet.enrolled(tom);
        VisitNote a1 = post(a, a.visit(amarasCase));
        VisitNote a2 = post(a, a.visit(amarasCase));
        post(a, a.noResponse(amarasCase));
        VisitNote t1 = post(t, t.visit(tomsCase));
        VisitNote t2 = post(t, t.visit(tomsCase));

        signOff(a1, supervisor);
        signOff(t2, supervisor);
        post(a, a.correction(a1, "A name was misspelt", n -> n.put("narrative", "Visited at home. Amelia showed me her room.")));
        VisitNote t1b = post(t, t.correction(t1, "Typo in the narrative", n -> n.put("narrative", "Visited at home; all well.")));
        signOff(a2, supervisor);
        post(t, t.correction(t1b, "And once more", n -> n.put("narrative", "Visited at home; all well, Amelia in bed.")));

        TeamOverview.Dashboard board = QuarkusTransaction.requiringNew().call(() -> overview.dashboard(team));
        Map<String, Long> recount = QuarkusTransaction.requiringNew().call(() -> awaitingByAuthor(team));
        // Amara: a1's correction and the no-response await (a1 signed off then replaced, a2 signed off); Tom: t1's latest correction.
        assertEquals(Map.of(amara, 2L, tom, 1L), recount, "what the visits themselves say");
        assertEquals(3, board.awaiting(), "the team's awaiting count");
        assertEquals(recount.values().stream().mapToLong(Long::longValue).sum(), board.awaiting());
        assertEquals(List.of(2L, 1L), loads(board, amara, tom), "each practitioner's awaiting");
        String newest = QuarkusTransaction.requiringNew().call(() -> String.valueOf(TeamOverview.instant(em.createNativeQuery(
                "select max(f.received_at) from visit_facts f join cases c on c.case_id = f.case_id where c.team = ?1")
                .setParameter(1, team).getSingleResult())));
        assertEquals(newest, board.latest(), "the live script's newest receipt");

        tallies.recount();
        TeamOverview.Dashboard again = QuarkusTransaction.requiringNew().call(() -> overview.dashboard(team));
        assertEquals(board.awaiting(), again.awaiting());
        assertEquals(board.latest(), again.latest());
        assertEquals(loads(board, amara, tom), loads(again, amara, tom));
    }

    private static VisitNote post(Tablet tablet, VisitNote note) {
        tablet.post(tablet.sign(note)).then().statusCode(201);
        return note;
    }

    private void signOff(VisitNote note, String supervisor) {
        QuarkusTransaction.requiringNew().run(() -> assertTrue(decisions.signOff(VisitFact.byNoteId(note.noteId()),
                Staff.findById(supervisor), "Read it; fine.").errors().isEmpty()));
    }

    private Map<String, Long> awaitingByAuthor(String team) {
        Map<String, Long> out = new TreeMap<>();
        for (Object o : em.createNativeQuery("select f.author, count(*) from visit_facts f join staff s on s.username = f.author "
                + "where s.team = ?1 and f.signed_off_at is null group by f.author").setParameter(1, team).getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    private static List<Long> loads(TeamOverview.Dashboard board, String... usernames) {
        return Arrays.stream(usernames).map(u -> board.practitioners().stream()
                .filter(p -> p.name().equals(displayName(u))).findFirst()
                .orElseThrow().awaiting()).toList();
    }

    private static String displayName(String username) {
        return QuarkusTransaction.requiringNew().call(() -> ((Staff) Staff.findById(username)).displayName);
    }
}
