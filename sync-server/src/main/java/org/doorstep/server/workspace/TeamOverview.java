package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.record.Balance;
import org.doorstep.model.record.SummaryRules;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.server.rectification.CorrectionRequests;

/**
 * The team's visits as the dashboard and the review queue show them. Every query starts from the
 * team's practitioners (index on staff.team) and reaches visits through indexed columns, so the
 * cost follows the team's size, not the whole database's.
 */
@ApplicationScoped
public class TeamOverview {

    /** How far back the dashboard looks for late entries and children not seen. */
    public static final int RECENT_DAYS = 90;
    public static final int QUEUE_PAGE = 50;

    /** One visit in a list, already in words. */
    public record VisitLine(String noteId, String caseId, String childName, String practitioner, String visitDate,
                            String receivedAt, String waited, String childSeen, boolean lateEntry, String failedOutcome,
                            boolean correction, String recordedAs, String oneSided) {

        /** True when the visit did not go ahead (R5.2-failed). */
        public boolean failed() {
            return failedOutcome != null;
        }
    }

    public record PractitionerLoad(String name, long cases, long visits30, long awaiting, long late) {
    }

    /** A case whose 3-monthly summary is overdue: due since, and the latest summary's date (null with none). */
    public record SummaryDue(String caseId, String childName, String practitioner, String dueSince, String latestSummary) {
    }

    public record Dashboard(long awaiting, List<VisitLine> oldestAwaiting, long late, List<VisitLine> recentLate,
                            long notSeen, List<VisitLine> recentNotSeen, long failed, List<VisitLine> recentFailed,
                            List<SummaryDue> summariesDue, long oneSided, List<VisitLine> recentOneSided,
                            List<PractitionerLoad> practitioners, String latest,
                            List<CorrectionRequests.Line> corrections) {

        /** R11-rectify: unanswered requests past their due date. */
        public long correctionsOverdue() {
            return corrections.stream().filter(CorrectionRequests.Line::overdue).count();
        }
    }

    /**
     * A team's visits are those of its cases, allocated or not (R14-cover: a duty visit to an
     * unallocated case is the team's to read too): through the case's own team, never its practitioner's.
     */
    private static final String TEAM_VISITS = "from ChildCase c join VisitFact f on f.caseId = c.caseId ";
    /**
     * The latest failed visits through (case_id, outcome, visit_start), two short ranges per team
     * case: left to itself MariaDB took the (case_id, late_entry, ...) index by its case prefix and
     * read every visit of the team.
     */
    private static final String FAILED_VISITS = "select f.note_id, f.case_id, c.child_name, a.display_name, f.visit_start, "
            + "f.received_at, f.child_seen, f.late_entry, f.outcome, f.balance from cases c "
            + "join visit_facts f force index (ix_visit_facts_case_outcome) on f.case_id = c.case_id "
            + "join staff a on a.username = f.author where c.team = ?1 and f.outcome is not null "
            + "and f.outcome <> 'COMPLETED' and f.visit_start >= ?2 order by f.visit_start desc, f.note_id desc";
    /**
     * The dashboard's short lists of rare visits (awaiting sign-off, child not seen), read newest or
     * oldest first from an index on the flag and stopped at the page's end, each row checked for the
     * team through its case (primary key) and the case's own team, allocated or not (R14-cover).
     * STRAIGHT_JOIN keeps MariaDB from starting at the team's 500 cases and sorting all their visits.
     */
    private static final String RECENT_VISITS = "select straight_join f.note_id, f.case_id, c.child_name, a.display_name, "
            + "f.visit_start, f.received_at, f.child_seen, f.late_entry, f.outcome, f.balance from visit_facts f "
            + "join cases c on c.case_id = f.case_id "
            + "join staff a on a.username = f.author where c.team = ?1 and ";

    /**
     * The newest Late Entries received in the window (R9-timely), read newest first from the
     * (late_entry, received_at) index and stopped at the fifth of the team, as {@link #RECENT_VISITS} does.
     */
    private static final String LATE_VISITS = "select straight_join f.note_id, f.case_id, c.child_name, a.display_name, "
            + "f.visit_start, f.received_at, f.child_seen, f.late_entry, f.outcome, f.balance "
            + "from visit_facts f force index (ix_visit_facts_late_received) join cases c on c.case_id = f.case_id "
            + "join staff a on a.username = f.author where c.team = ?1 and f.late_entry = true and f.received_at >= ?2 "
            + "order by f.received_at desc";

    /** The latest one-sided visits through (case_id, balance, visit_start), as {@link #FAILED_VISITS} does. */
    private static final String ONE_SIDED_VISITS = "select f.note_id, f.case_id, c.child_name, a.display_name, f.visit_start, "
            + "f.received_at, f.child_seen, f.late_entry, f.outcome, f.balance from cases c "
            + "join visit_facts f force index (ix_visit_facts_case_balance) on f.case_id = c.case_id "
            + "join staff a on a.username = f.author where c.team = ?1 "
            + "and f.balance in ('CONCERNS_ONLY', 'STRENGTHS_ONLY') and f.visit_start >= ?2 "
            + "order by f.visit_start desc, f.note_id desc";

    private final EntityManager em;
    private final Clock clock;
    private final Words words;
    private final CorrectionRequests corrections;
    private final WindowCounts windows;

    TeamOverview(EntityManager em, Clock clock, Words words, CorrectionRequests corrections, WindowCounts windows) {
        this.em = em;
        this.clock = clock;
        this.words = words;
        this.corrections = corrections;
        this.windows = windows;
    }

    public Dashboard dashboard(String team) {
        Instant now = clock.instant();
        Instant recent = now.minus(RECENT_DAYS, ChronoUnit.DAYS);
        // Issue 14: the windowed counts are sums of day tallies (WindowCounts); the short lists stay index reads.
        DayWindow window = DayWindow.since(recent);
        long late = windows.teamLate(team, window);
        long failed = windows.teamFailed(team, window);
        long oneSided = windows.teamOneSided(team, window);
        return new Dashboard(
                countAwaiting(team), awaiting(team, 5, 0),
                late, late == 0 ? List.of() : lines(em.createNativeQuery(LATE_VISITS).setParameter(1, team)
                        .setParameter(2, recent).setMaxResults(5).getResultList()),
                count("f.childSeen = false and f.visitStart >= ?2", team, recent),
                lines(em.createNativeQuery(RECENT_VISITS + "f.child_seen = false and f.visit_start >= ?2 "
                        + "order by f.visit_start desc, f.note_id desc").setParameter(1, team).setParameter(2, recent)
                        .setMaxResults(5).getResultList()),
                // A list whose count is nought is not read: its per-case index ranges cost 40 to 70 ms at 200,000 visits.
                failed, failed == 0 ? List.of() : lines(em.createNativeQuery(FAILED_VISITS).setParameter(1, team)
                        .setParameter(2, recent).setMaxResults(5).getResultList()),
                summariesDue(team, now),
                oneSided, oneSided == 0 ? List.of() : lines(em.createNativeQuery(ONE_SIDED_VISITS).setParameter(1, team)
                        .setParameter(2, recent).setMaxResults(5).getResultList()),
                practitioners(team, now), latest(team), corrections.openIn(team));
    }

    /** Visits not yet signed off, oldest first (the order they should be read in). */
    public List<VisitLine> awaiting(String team, int limit, int offset) {
        List<?> rows = em.createNativeQuery(RECENT_VISITS + "f.signed_off_at is null order by f.received_at, f.note_id")
                .setParameter(1, team).setMaxResults(limit).setFirstResult(offset).getResultList();
        return lines(rows);
    }

    /** Issue 14: summed over the team's cases from their tallies (VisitTallies), not counted over every visit. */
    public long countAwaiting(String team) {
        Number n = (Number) em.createNativeQuery("select coalesce(sum(t.awaiting), 0) from cases c "
                + "join visit_tallies_by_case t on t.case_id = c.case_id where c.team = ?1").setParameter(1, team).getSingleResult();
        return n.longValue();
    }

    /** The newest receipt time of the team's visits: what the page's live script watches (the cases' tallies). */
    public String latest(String team) {
        Object v = em.createNativeQuery("select max(t.latest_received_at) from cases c "
                + "join visit_tallies_by_case t on t.case_id = c.case_id where c.team = ?1").setParameter(1, team).getSingleResult();
        Instant i = instant(v);
        return i == null ? "none" : i.toString();
    }

    private long count(String where, String team, Instant since) {
        return ((Number) em.createQuery("select count(*) " + TEAM_VISITS + "where c.team = ?1 and " + where)
                .setParameter(1, team).setParameter(2, since).getSingleResult()).longValue();
    }

    /**
     * R5.7-summary: a case summary is due 3 months after the latest one, or after the first visit
     * when none is written ({@link SummaryRules}). Both dates are kept on the case row, so this
     * reads the team's cases only, compared with one bound from the rule.
     */
    private List<SummaryDue> summariesDue(String team, Instant now) {
        LocalDate bound = SummaryRules.overdueIfBefore(now.atZone(words.zone()).toLocalDate());
        List<?> rows = em.createQuery("select c.caseId, c.childName, s.displayName, c.lastSummaryAt, c.firstVisitAt "
                        + "from ChildCase c left join Staff s on s.username = c.allocatedTo where c.team = ?1 "
                        + "and coalesce(c.lastSummaryAt, c.firstVisitAt) < ?2 "
                        + "order by coalesce(c.lastSummaryAt, c.firstVisitAt), c.caseId", Object[].class)
                .setParameter(1, team)
                .setParameter(2, bound.atStartOfDay(words.zone()).toInstant())
                .setMaxResults(20).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> {
            Instant latest = instant(r[3]);
            LocalDate due = SummaryRules.dueOn(day(latest), day(instant(r[4]))).orElseThrow();
            // An unallocated case's summary is due all the same; the page says nobody holds it.
            return new SummaryDue((String) r[0], (String) r[1], r[2] == null ? "Not allocated" : (String) r[2], words.date(due),
                    latest == null ? null : words.date(latest));
        }).toList();
    }

    private LocalDate day(Instant t) {
        return t == null ? null : t.atZone(words.zone()).toLocalDate();
    }

    /**
     * Each practitioner's load: cases from the team's cases, "awaiting" from their tally row (kept at
     * ingest, correction and sign-off), and the windowed counts from index ranges of recent visits.
     */
    private List<PractitionerLoad> practitioners(String team, Instant now) {
        List<Object[]> people = em.createQuery("select s.username, s.displayName from Staff s "
                        + "where s.team = ?1 and s.role = 'practitioner' order by s.displayName", Object[].class)
                .setParameter(1, team).getResultList();
        Map<String, Long> cases = byAuthor(em.createQuery("select c.allocatedTo, count(*) from ChildCase c "
                + "join Staff s on s.username = c.allocatedTo where s.team = ?1 group by c.allocatedTo", Object[].class)
                .setParameter(1, team).getResultList(), 1);
        // Issue 14: "awaiting" from each practitioner's tally row; the 30- and 90-day counts from day tallies.
        List<Object[]> tallyRows = ((List<?>) em.createNativeQuery("select t.author, t.visits, t.awaiting from visit_tallies_by_author t "
                + "join staff s on s.username = t.author where s.team = ?1 and s.role = 'practitioner'")
                .setParameter(1, team).getResultList()).stream().map(o -> (Object[]) o).toList();
        Map<String, long[]> windowed = windows.practitioners(people.stream().map(p -> (String) p[0]).toList(),
                DayWindow.since(now.minus(30, ChronoUnit.DAYS)),
                DayWindow.since(now.minus(RECENT_DAYS, ChronoUnit.DAYS)));
        Map<String, Long> awaiting = byAuthor(tallyRows, 2);
        return people.stream().map(p -> {
            String u = (String) p[0];
            long[] w = windowed.getOrDefault(u, new long[2]);
            return new PractitionerLoad((String) p[1], cases.getOrDefault(u, 0L), w[0], awaiting.getOrDefault(u, 0L), w[1]);
        }).toList();
    }

    private static Map<String, Long> byAuthor(List<Object[]> rows, int column) {
        Map<String, Long> m = new HashMap<>();
        for (Object[] r : rows) {
            m.put((String) r[0], r[column] == null ? 0L : n(r[column]));
        }
        return m;
    }

    private List<VisitLine> lines(List<?> rows) {
        Instant now = clock.instant();
        List<Object[]> visits = rows.stream().map(o -> (Object[]) o).toList();
        Map<String, Object[]> entries = entries(visits.stream().map(r -> (String) r[0]).toList());
        return visits.stream().map(r -> {
            Instant received = instant(r[5]);
            String failed = failedOutcome((String) r[8]);
            return new VisitLine((String) r[0], (String) r[1], (String) r[2], (String) r[3], words.dateTime(instant(r[4])),
                    words.dateTime(received), Words.waited(received, now), failed != null ? "No" : seen(r[6]),
                    Boolean.TRUE.equals(bool(r[7])), failed, entries.containsKey((String) r[0])
                    && entries.get((String) r[0])[1] != null, basisLabel(entries.get((String) r[0])), oneSided((String) r[9]));
        }).toList();
    }

    /**
     * R11-rectify and R14-cover: which of these visits correct an earlier note, and on which basis each
     * was recorded. Asked apart, by primary key for a page of rows, so the tuned list queries above stay
     * as they are. Each row: note id, the note it amends, its basis.
     */
    private Map<String, Object[]> entries(List<String> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object[]> out = new HashMap<>();
        em.createQuery("select e.noteId, e.amends, e.recordedAs from CaseEntryRow e where e.noteId in :ids", Object[].class)
                .setParameter("ids", noteIds).getResultList().forEach(r -> out.put((String) r[0], r));
        return out;
    }

    /** R5.4-balance: which side is missing, in the tag's words, for a one-sided visit; else null. */
    static String oneSided(String balance) {
        if (balance == null) {
            return null;
        }
        return switch (Balance.valueOf(balance)) {
            case CONCERNS_ONLY -> "No strengths recorded";
            case STRENGTHS_ONLY -> "No concerns recorded";
            default -> null;
        };
    }

    /** "Covering" or "Duty visit" for a note not recorded by the allocated worker, else null. */
    private static String basisLabel(Object[] entry) {
        RecordedAs basis = entry == null ? RecordedAs.ALLOCATED : RecordedAs.of((String) entry[2]).orElse(RecordedAs.ALLOCATED);
        return basis == RecordedAs.ALLOCATED ? null : basis.label();
    }

    /** The outcome in words when the visit did not go ahead, else null. */
    static String failedOutcome(String outcome) {
        if (outcome == null) {
            return null;
        }
        try {
            VisitOutcome o = VisitOutcome.valueOf(outcome);
            return o.failed() ? o.label() : null;
        } catch (IllegalArgumentException unknown) {
            return "Outcome " + outcome;
        }
    }

    private static String seen(Object v) {
        Boolean b = bool(v);
        return b == null ? "Not recorded" : b ? "Yes" : "No";
    }

    private static Boolean bool(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return ((Number) v).intValue() != 0;
    }

    private static long n(Object v) {
        return ((Number) v).longValue();
    }

    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (v instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a time: " + v.getClass());
    }
}
