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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.doorstep.model.cases.TransferCheck;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.BatchOutcome;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.model.wire.NoteOutcome;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.cases.CaseTransfer;
import org.doorstep.server.cases.Transfers;
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

    @Inject
    Transfers transfers;

    @Test
    @DisplayName("R12-oversight, R11-rectify: after ingests, corrections (of a signed-off and of an unsigned visit) and "
            + "sign-offs, the awaiting counts per practitioner and per team and the newest receipt equal a full recount, "
            + "and counting again at start-up changes nothing")
    void talliesEqualARecount() {
        Crew crew = crew("Tally Team");
        String team = crew.team(), amara = crew.amara(), tom = crew.tom(), supervisor = crew.supervisor();
        String amarasCase = crew.amarasCase(), tomsCase = crew.tomsCase();
        Tablet a = crew.a(), t = crew.t();
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

    @Test
    @DisplayName("R12-oversight, R9-timely, R5.2-failed, R5.4-balance, R14-transfer: after ingests (late, failed, one-sided, "
            + "some on the window's first day and some just before it), a correction, a sign-off and a case moving team, "
            + "the dashboard's windowed counts read from day tallies equal a count of the visits themselves, "
            + "and counting again at start-up changes nothing")
    void dayTalliesEqualARecount() {
        Crew crew = crew("Day Tally Team");
        String team = crew.team(), supervisor = crew.supervisor(), amarasCase = crew.amarasCase(), tomsCase = crew.tomsCase();
        Tablet a = crew.a(), t = crew.t();
        String manager = world.staff(Staff.MANAGER, team);
        String other = TestWorld.unique("Day Tally Other Team");
        String otherManager = world.staff(Staff.MANAGER, other);
        String zoe = world.staff(Staff.PRACTITIONER, other);
        String movingCase = world.childCase(crew.tom());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant edge = now.minus(TeamOverview.RECENT_DAYS, ChronoUnit.DAYS);

        // Late Entries: visits weeks ago signed now; one just inside the 90 days, one just outside.
        VisitNote late = post(a, a.visit(amarasCase, "Late write-up.", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS)));
        post(a, a.visit(amarasCase, "Inside the window.", edge.plus(3, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS)));
        post(a, a.visit(amarasCase, "Outside the window.", edge.minus(1, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS)));
        post(a, a.noResponse(amarasCase));
        post(t, Tablet.with(t.noResponse(tomsCase), n -> {
            n.put("visitStart", edge.plus(10, ChronoUnit.MINUTES).toString());
            n.put("visitEnd", edge.plus(40, ChronoUnit.MINUTES).toString());
        }));
        post(t, Tablet.with(t.noResponse(tomsCase), n -> {
            n.put("visitStart", edge.minus(3, ChronoUnit.HOURS).toString());
            n.put("visitEnd", edge.minus(2, ChronoUnit.HOURS).toString());
        }));
        post(t, t.visit(tomsCase).withBalance("Gran walks her to school.", null));
        VisitNote concerns = post(t, t.visit(tomsCase).withBalance(null, "Rent arrears."));
        post(t, t.visit(movingCase).withBalance(null, "No food in the cupboards."));
        post(t, t.noResponse(movingCase));
        post(t, t.visit(movingCase, "Late on the moving case.", now.minus(10, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS)));
        signOff(late, supervisor);
        post(t, t.correction(concerns, "Both sides now", n -> n.put("strengths", "Mum asked the school for help.")));
        Windowed before = windowed(team);
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> recount(team)), "before the move");
        assertEquals(List.of(6L, 3L, 2L), List.of(before.late(), before.failed(), before.oneSided()),
                "the team's Late Entries (received now, whenever the visit was), failed visits (the one just inside the "
                        + "90 days counted, the one just before not) and one-sided visits (not the one corrected to both sides)");

        QuarkusTransaction.requiringNew().run(() -> {
            ChildCase c = ChildCase.findById(movingCase);
            assertTrue(transfers.audit(c, Staff.findById(manager), other, zoe,
                    Arrays.stream(TransferCheck.values()).map(TransferCheck::wire).toList(), "All in order.").errors().isEmpty());
        });
        QuarkusTransaction.requiringNew().run(() -> {
            CaseTransfer pending = CaseTransfer.find("caseId", movingCase).firstResult();
            assertTrue(transfers.receive(pending, Staff.findById(otherManager), zoe, "Arrived complete.").errors().isEmpty());
        });
        Windowed after = windowed(team);
        assertEquals(after, QuarkusTransaction.requiringNew().call(() -> recount(team)), "after the move, the team left behind");
        assertEquals(windowed(other), QuarkusTransaction.requiringNew().call(() -> recount(other)), "and the team it joined");
        assertEquals(List.of(5L, 2L, 1L), List.of(after.late(), after.failed(), after.oneSided()), "the moving case's visits left");

        tallies.recount();
        assertEquals(after, windowed(team), "counted again at start-up");
    }

    @Test
    @DisplayName("R12-oversight, R11-rectify, R1-contemporaneous: batches whose tallies and chain heads are written once at the "
            + "end of their transaction (several notes per case, a note and its correction in one batch, the correction of a "
            + "signed-off visit, late, failed and one-sided visits) leave the tallies equal to a recount from the notes, "
            + "a receipt per note, and every chain intact against its signed end")
    void batchTalliesEqualARecount() {
        Crew crew = crew("Batch Tally Team");
        Tablet a = crew.a(), t = crew.t();
        String amarasOther = world.childCase(crew.amara());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VisitNote signedOff = post(a, a.visit(crew.amarasCase()));
        signOff(signedOff, crew.supervisor());
        VisitNote inBatch = a.visit(amarasOther);
        List<VisitNote> amaras = List.of(
                a.visit(amarasOther), inBatch, a.noResponse(crew.amarasCase()),
                a.visit(crew.amarasCase(), "Late write-up.", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS)),
                a.visit(crew.amarasCase()).withBalance(null, "Rent arrears."),
                a.correction(inBatch, "Typo", n -> n.put("narrative", "Visited at home; all well.")),
                a.correction(signedOff, "A name was misspelt", n -> n.put("narrative", "Visited at home. Amelia in bed.")),
                a.visit(amarasOther));
        List<VisitNote> toms = List.of(t.visit(crew.tomsCase()), t.noResponse(crew.tomsCase()), t.visit(crew.tomsCase()));
        postBatch(a, amaras);
        postBatch(t, toms);

        List<String> users = List.of(crew.amara(), crew.tom());
        List<String> cases = List.of(crew.amarasCase(), amarasOther, crew.tomsCase());
        Map<String, List<String>> kept = QuarkusTransaction.requiringNew().call(() -> tallyRows(crew.team(), users, cases));
        assertEquals(java.util.Set.of(crew.amara() + " 7 7", crew.tom() + " 3 3"), java.util.Set.copyOf(kept.get("authors")),
                "current visits and awaiting per practitioner: Amara's 9 notes less the 2 versions corrected, the signed-off "
                        + "one among them (its correction awaits)");
        tallies.recount();
        assertEquals(kept, QuarkusTransaction.requiringNew().call(() -> tallyRows(crew.team(), users, cases)),
                "what was kept at ingest equals a recount from the visits");
        for (String caseId : cases) {
            Tablet tablet = caseId.equals(crew.tomsCase()) ? t : a;
            assertTrue(tablet.record(caseId).jsonPath().getBoolean("chainIntact"), caseId);
        }
    }

    /** The crew's rows of every tally table, as text, in key order. */
    private Map<String, List<String>> tallyRows(String team, List<String> users, List<String> cases) {
        Map<String, List<String>> rows = new TreeMap<>();
        rows.put("authors", rows("select author, visits, awaiting from visit_tallies_by_author where author in ?1 "
                + "order by author", users));
        rows.put("cases", rows("select case_id, awaiting, latest_received_at from visit_tallies_by_case where case_id in ?1 "
                + "order by case_id", cases));
        rows.put("author days", rows("select author, day, received, late from visit_days_by_author where author in ?1 "
                + "order by author, day", users));
        rows.put("team days", rows("select team, day, late_received, failed, strengths_only, concerns_only "
                + "from visit_days_by_team where team in ?1 order by day", List.of(team)));
        return rows;
    }

    private List<String> rows(String sql, List<String> keys) {
        return em.createNativeQuery(sql).setParameter(1, keys).getResultList().stream()
                .map(r -> Arrays.stream((Object[]) r).map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }

    private static void postBatch(Tablet tablet, List<VisitNote> notes) {
        BatchOutcome outcome = Json.read(tablet.postBatch(new NoteBatch(notes.stream().map(tablet::sign).toList()))
                .then().statusCode(200).extract().asString(), BatchOutcome.class);
        assertEquals(notes.size(), outcome.outcomes().size());
        for (int i = 0; i < notes.size(); i++) {
            NoteOutcome o = outcome.outcomes().get(i);
            assertEquals(notes.get(i).noteId(), o.noteId());
            assertTrue(o.receipt() != null, "a receipt for " + o.noteId() + ", not " + o.problem());
        }
    }

    /** The dashboard's windowed counts as the page shows them. */
    private Windowed windowed(String team) {
        TeamOverview.Dashboard board = QuarkusTransaction.requiringNew().call(() -> overview.dashboard(team));
        Map<String, List<Long>> people = new TreeMap<>();
        board.practitioners().forEach(p -> people.put(p.name(), List.of(p.visits30(), p.late())));
        return new Windowed(board.late(), board.failed(), board.oneSided(), people);
    }

    /** The same counts from every visit of the team, as the dashboard counted them before the day tallies. */
    private Windowed recount(String team) {
        Instant now = Instant.now();
        Instant recent = now.minus(TeamOverview.RECENT_DAYS, ChronoUnit.DAYS);
        String teamVisits = "select count(*) from visit_facts f join cases c on c.case_id = f.case_id where c.team = ?1 and ";
        long late = count(teamVisits + "f.late_entry and f.received_at >= ?2", team, recent);
        long failed = count(teamVisits + "f.outcome is not null and f.outcome <> 'COMPLETED' and f.visit_start >= ?2", team, recent);
        long oneSided = count(teamVisits + "f.balance in ('CONCERNS_ONLY', 'STRENGTHS_ONLY') and f.visit_start >= ?2", team, recent);
        Map<String, List<Long>> people = new TreeMap<>();
        for (Object o : em.createNativeQuery("select s.display_name, "
                        + "(select count(*) from visit_facts f where f.author = s.username and f.received_at >= ?2), "
                        + "(select count(*) from visit_facts f where f.author = s.username and f.late_entry and f.received_at >= ?3) "
                        + "from staff s where s.team = ?1 and s.role = 'practitioner'")
                .setParameter(1, team).setParameter(2, now.minus(30, ChronoUnit.DAYS)).setParameter(3, recent).getResultList()) {
            Object[] r = (Object[]) o;
            people.put((String) r[0], List.of(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return new Windowed(late, failed, oneSided, people);
    }

    private long count(String sql, String team, Instant since) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, team).setParameter(2, since).getSingleResult()).longValue();
    }

    /** A team of two practitioners with a case and a tablet each, and their supervisor. */
    record Crew(String team, String amara, String tom, String supervisor, String amarasCase, String tomsCase, Tablet a, Tablet t) {
    }

    private Crew crew(String name) {
        String team = TestWorld.unique(name);
        String amara = world.staff(Staff.PRACTITIONER, team);
        String tom = world.staff(Staff.PRACTITIONER, team);
        return new Crew(team, amara, tom, world.staff(Staff.SUPERVISOR, team), world.childCase(amara), world.childCase(tom),
                Tablet.enrolled(amara), Tablet.enrolled(tom));
    }

    record Windowed(long late, long failed, long oneSided, Map<String, List<Long>> practitioners) {
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
