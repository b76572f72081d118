package org.doorstep.server.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dashboard's windowed counts kept per day (issue 14, R12-oversight, V79): per practitioner the visits
 * and Late Entries received each day, per team (the case's own team, R14-cover) its Late Entries received
 * and its failed and one-sided visits by the day they started. Changed with {@link VisitTallies}, in the
 * same transaction as {@code visit_facts}, and counted again from it at start-up. The practitioners'
 * rows are written at the transaction's end, summed ({@link TallyChanges}); the teams' as each visit comes,
 * since they need the case's team and only flagged visits touch them. A day is a UTC date:
 * the windows are instants, and {@link DayWindow} sums the whole days and counts the first, partial one
 * from {@code visit_facts}, so the day's zone never changes a count.
 */
@ApplicationScoped
public class VisitDayTallies {

    /**
     * What each current visit adds to the day rows, as the dashboard's queries define it: a row per
     * visit and axis (the day received, the day the visit started), with the team of its case.
     */
    private static final String CONTRIBUTIONS = "select f.author, c.team, date(f.received_at) received_day, "
            + "date(f.visit_start) visit_day, f.late_entry, "
            + "case when f.outcome is not null and f.outcome <> 'COMPLETED' then 1 else 0 end failed, "
            + "case when f.balance = 'STRENGTHS_ONLY' then 1 else 0 end strengths_only, "
            + "case when f.balance = 'CONCERNS_ONLY' then 1 else 0 end concerns_only "
            + "from visit_facts f join cases c on c.case_id = f.case_id ";

    private final EntityManager em;

    VisitDayTallies(EntityManager em) {
        this.em = em;
    }

    /** The UTC date a time falls on: the day rows' key. */
    public static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    /** A flagged visit's team rows change now; its practitioner's day row with the transaction's others ({@link TallyChanges}). */
    void teamAdded(VisitFact f) {
        teamChange(f, 1);
    }

    void teamRemoved(VisitFact f) {
        teamChange(f, -1);
    }

    /** Practitioners' day rows as a transaction changed them, one statement, in (author, day) order. */
    void write(List<TallyChanges.AuthorDayRow> rows) {
        MultiRowUpsert.write(em, "visit_days_by_author", List.of("author", "day", "received", "late"),
                rows.stream().map(d -> List.<Object>of(d.author(), d.day(), d.received(), d.late())).toList(),
                "received = received + values(received), late = late + values(late)");
    }

    private void teamChange(VisitFact f, int sign) {
        int late = f.lateEntry ? sign : 0;
        // Only a flagged visit touches its team's rows, so ordinary visits of a team never wait on one hot row.
        if (late != 0) {
            team(f.caseId, day(f.receivedAt), late, 0, 0, 0);
        }
        int failed = f.outcome != null && !"COMPLETED".equals(f.outcome) ? sign : 0;
        int strengths = "STRENGTHS_ONLY".equals(f.balance) ? sign : 0;
        int concerns = "CONCERNS_ONLY".equals(f.balance) ? sign : 0;
        if (failed != 0 || strengths != 0 || concerns != 0) {
            team(f.caseId, day(f.visitStart), 0, failed, strengths, concerns);
        }
    }

    /** Adds to the row of the case's team (none while the case has no team: no team's card counts it). */
    private void team(String caseId, LocalDate day, int late, int failed, int strengths, int concerns) {
        em.createNativeQuery("insert into visit_days_by_team (team, day, late_received, failed, strengths_only, concerns_only) "
                        + "select c.team, ?2, ?3, ?4, ?5, ?6 from cases c where c.case_id = ?1 and c.team is not null "
                        + "on duplicate key update late_received = late_received + ?3, failed = failed + ?4, "
                        + "strengths_only = strengths_only + ?5, concerns_only = concerns_only + ?6")
                .setParameter(1, caseId).setParameter(2, day).setParameter(3, late).setParameter(4, failed)
                .setParameter(5, strengths).setParameter(6, concerns).executeUpdate();
    }

    /**
     * R14-transfer: the case leaves one team for another (or gets its first); its current visits' counts
     * leave the old team's rows and join the new one's. Called before the case row's team changes.
     */
    public void moved(String caseId, String from, String to) {
        if (java.util.Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            addTeam("f.case_id = :caseId", caseId, from, -1);
        }
        if (to != null) {
            addTeam("f.case_id = :caseId", caseId, to, 1);
        }
    }

    /** Both tables counted again from {@code visit_facts} (idempotent: it sets, never adds). */
    void recount() {
        em.createNativeQuery("delete from visit_days_by_author").executeUpdate();
        em.createNativeQuery("insert into visit_days_by_author (author, day, received, late) "
                + "select author, date(received_at), count(*), sum(late_entry) from visit_facts "
                + "group by author, date(received_at)").executeUpdate();
        em.createNativeQuery("delete from visit_days_by_team").executeUpdate();
        addTeam("c.team is not null", null, null, 1);
    }

    /**
     * Adds (sign 1) or takes away (-1) the team rows of the visits the filter picks: under {@code team}
     * when given, else under each visit's case's team. Late Entries by the day received, the rest by the
     * day the visit started; rows that would stay all zero are not made.
     */
    private void addTeam(String filter, String caseId, String team, int sign) {
        String picked = "(" + CONTRIBUTIONS + "where " + filter + ") v";
        String axes = "select v.team, v.received_day day, 1 late, 0 failed, 0 strengths_only, 0 concerns_only from "
                + picked + " where v.late_entry "
                + "union all select v.team, v.visit_day, 0, v.failed, v.strengths_only, v.concerns_only from "
                + picked + " where v.failed + v.strengths_only + v.concerns_only > 0";
        String teamColumn = team == null ? "x.team" : ":team";
        var q = em.createNativeQuery("insert into visit_days_by_team (team, day, late_received, failed, strengths_only, concerns_only) "
                + "select " + teamColumn + ", x.day, :sign * sum(x.late), :sign * sum(x.failed), :sign * sum(x.strengths_only), "
                + ":sign * sum(x.concerns_only) from (" + axes + ") x group by " + (team == null ? "x.team, " : "") + "x.day "
                + "on duplicate key update late_received = late_received + values(late_received), failed = failed + values(failed), "
                + "strengths_only = strengths_only + values(strengths_only), concerns_only = concerns_only + values(concerns_only)")
                .setParameter("sign", sign);
        if (caseId != null) {
            q.setParameter("caseId", caseId);
        }
        if (team != null) {
            q.setParameter("team", team);
        }
        q.executeUpdate();
    }
}
