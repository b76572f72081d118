package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's windowed counts (issue 14, R12-oversight) from the day tallies ({@code VisitDayTallies},
 * V79): a sum over at most a window's days of rows, plus the window's first, partial day counted from
 * {@code visit_facts} through a one-day index range. Each count is what a scan of the window's visits
 * gives, without reading them all (at 200,000 visits the scans took 19 to 67 ms each).
 */
@ApplicationScoped
class WindowCounts {

    /** The team's visits in a partial day: read from the day's range first, each checked for the team by its case. */
    private static final String PARTIAL_TEAM = "select straight_join count(*) from visit_facts f force index (%s) "
            + "join cases c on c.case_id = f.case_id where c.team = ?1 and f.%s >= ?2 and f.%s < ?3 and ";

    private final EntityManager em;

    WindowCounts(EntityManager em) {
        this.em = em;
    }

    /** Late Entries received in the window, of the team's cases (R9-timely). */
    long teamLate(String team, DayWindow w) {
        return teamSum("late_received", team, w)
                + partial("ix_visit_facts_late_received", "received_at", "f.late_entry", team, w);
    }

    /** Visits that did not go ahead, started in the window (R5.2-failed; a note with no outcome is not counted). */
    long teamFailed(String team, DayWindow w) {
        return teamSum("failed", team, w) + partial("ix_visit_facts_start", "visit_start",
                "f.outcome is not null and f.outcome <> 'COMPLETED'", team, w);
    }

    /** One-sided visits started in the window (R5.4-balance). */
    long teamOneSided(String team, DayWindow w) {
        return teamSum("strengths_only + concerns_only", team, w) + partial("ix_visit_facts_start", "visit_start",
                "f.balance in ('CONCERNS_ONLY', 'STRENGTHS_ONLY')", team, w);
    }

    private long teamSum(String column, String team, DayWindow w) {
        return n(em.createNativeQuery("select coalesce(sum(" + column + "), 0) from visit_days_by_team "
                + "where team = ?1 and day >= ?2").setParameter(1, team).setParameter(2, w.firstWholeDay()).getSingleResult());
    }

    private long partial(String index, String column, String where, String team, DayWindow w) {
        return n(em.createNativeQuery(String.format(PARTIAL_TEAM, index, column, column) + where)
                .setParameter(1, team).setParameter(2, w.since()).setParameter(3, w.partialEnd()).getSingleResult());
    }

    /**
     * Per practitioner (the team's, by username): visits received in {@code visits} and Late Entries
     * received in {@code late}, as {username: [visits, late]}. The usernames are listed, not joined from
     * {@code staff}: through a join MariaDB reads (author, ...) indexes by the author alone, every visit of
     * each, where a list gives it one short range per author.
     */
    Map<String, long[]> practitioners(List<String> usernames, DayWindow visits, DayWindow late) {
        Map<String, long[]> out = new HashMap<>();
        if (usernames.isEmpty()) {
            return out;
        }
        List<?> sums = em.createNativeQuery("select d.author, sum(case when d.day >= :visits then d.received else 0 end), "
                        + "sum(case when d.day >= :late then d.late else 0 end) from visit_days_by_author d "
                        + "where d.author in (:authors) and d.day >= least(:visits, :late) group by d.author")
                .setParameter("authors", usernames).setParameter("visits", visits.firstWholeDay())
                .setParameter("late", late.firstWholeDay()).getResultList();
        for (Object o : sums) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], new long[] {n(r[1]), n(r[2])});
        }
        addPartial(out, 0, "", usernames, visits);
        addPartial(out, 1, "and f.late_entry ", usernames, late);
        return out;
    }

    /** Each practitioner's visits in the window's partial day, by (author, received_at) or (author, late_entry, received_at). */
    private void addPartial(Map<String, long[]> out, int slot, String where, List<String> usernames, DayWindow w) {
        List<?> rows = em.createNativeQuery("select f.author, count(*) from visit_facts f where f.author in (:authors) " + where
                        + "and f.received_at >= :since and f.received_at < :end group by f.author")
                .setParameter("authors", usernames).setParameter("since", w.since()).setParameter("end", w.partialEnd())
                .getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.computeIfAbsent((String) r[0], k -> new long[2])[slot] += n(r[1]);
        }
    }

    private static long n(Object v) {
        return v == null ? 0L : ((Number) v).longValue();
    }
}
