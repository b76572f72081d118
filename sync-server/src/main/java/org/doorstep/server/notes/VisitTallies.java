package org.doorstep.server.notes;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.doorstep.server.cluster.StartupJobs;

/**
 * Tallies of the workspace's visits (issue 14, R12-oversight): per practitioner their current visits and
 * those awaiting sign-off, per case its awaiting visits and newest receipt. They change in the same
 * transaction as {@code visit_facts} (a visit indexed, a corrected version dropped, a sign-off), so the
 * dashboard and the queue read a row per practitioner or per case instead of every visit of the team.
 * The windowed counts are kept per day beside them ({@link VisitDayTallies}), changed and counted again here.
 */
@ApplicationScoped
public class VisitTallies {

    private final EntityManager em;
    private final StartupJobs jobs;
    private final VisitDayTallies days;

    VisitTallies(EntityManager em, StartupJobs jobs, VisitDayTallies days) {
        this.em = em;
        this.jobs = jobs;
        this.days = days;
    }

    /**
     * A visit's current version entered the workspace's index: its rows change with the rest of the
     * transaction's at its end ({@link #write}); a flagged visit's team day row changes now.
     */
    void added(VisitFact f, TallyChanges changes) {
        changes.added(f);
        days.teamAdded(f);
    }

    /**
     * These versions leave the index (a correction replaced them). The case's newest receipt stays: the
     * correction that replaces them arrives later, in the same transaction.
     */
    void removed(List<VisitFact> gone, TallyChanges changes) {
        for (VisitFact f : gone) {
            changes.removed(f);
            days.teamRemoved(f);
        }
    }

    /**
     * The transaction's summed changes, one statement per table, rows in key order (deadlock-safe), just
     * before it commits. A row a visit is taken from exists already: its visit was added to it.
     */
    void write(TallyChanges changes) {
        MultiRowUpsert.write(em, "visit_tallies_by_author", List.of("author", "visits", "awaiting"),
                changes.authors().stream().map(a -> List.<Object>of(a.author(), a.visits(), a.awaiting())).toList(),
                "visits = visits + values(visits), awaiting = awaiting + values(awaiting)");
        // A case row whose visits were only taken away keeps its newest receipt (greatest() of a null is null).
        MultiRowUpsert.write(em, "visit_tallies_by_case", List.of("case_id", "awaiting", "latest_received_at"),
                changes.cases().stream().map(c -> Arrays.<Object>asList(c.caseId(), c.awaiting(), c.latestReceivedAt()))
                        .toList(),
                "awaiting = awaiting + values(awaiting), latest_received_at = coalesce(greatest(latest_received_at, "
                        + "values(latest_received_at)), latest_received_at, values(latest_received_at))");
        days.write(changes.authorDays());
    }

    /** A supervisor signed this visit off (once: {@code Decisions} refuses a second). */
    public void signedOff(VisitFact f) {
        em.createNativeQuery("update visit_tallies_by_author set awaiting = awaiting - 1 where author = ?1")
                .setParameter(1, f.author).executeUpdate();
        em.createNativeQuery("update visit_tallies_by_case set awaiting = awaiting - 1 where case_id = ?1")
                .setParameter(1, f.caseId).executeUpdate();
    }

    /**
     * Counts both tallies again from {@code visit_facts}: at start-up after {@link VisitFactBackfill} (observer priority 3000, after the default 2500)
     * (rows stored before the tallies existed, or by an older server), and idempotent, since it sets
     * them to what the visits say rather than adding to them.
     */
    void backfill(@Observes @Priority(3000) StartupEvent start) {
        // One instance at a time: two recounts at once would delete and insert the same rows.
        jobs.runAlone("visit-tallies-recount", this::recount);
    }

    @Transactional
    public void recount() {
        em.createNativeQuery("delete from visit_tallies_by_author").executeUpdate();
        em.createNativeQuery("insert into visit_tallies_by_author (author, visits, awaiting) select author, count(*), "
                + "sum(case when signed_off_at is null then 1 else 0 end) from visit_facts group by author").executeUpdate();
        em.createNativeQuery("delete from visit_tallies_by_case").executeUpdate();
        em.createNativeQuery("insert into visit_tallies_by_case (case_id, awaiting, latest_received_at) select case_id, "
                + "sum(case when signed_off_at is null then 1 else 0 end), max(received_at) from visit_facts group by case_id")
                .executeUpdate();
        days.recount();
    }
}
