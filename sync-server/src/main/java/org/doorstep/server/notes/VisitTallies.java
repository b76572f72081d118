package org.doorstep.server.notes;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    /** A visit's current version entered the workspace's index. */
    void added(VisitFact f) {
        int awaiting = f.signedOffAt == null ? 1 : 0;
        em.createNativeQuery("insert into visit_tallies_by_author (author, visits, awaiting) values (?1, 1, ?2) "
                        + "on duplicate key update visits = visits + 1, awaiting = awaiting + ?2")
                .setParameter(1, f.author).setParameter(2, awaiting).executeUpdate();
        em.createNativeQuery("insert into visit_tallies_by_case (case_id, awaiting, latest_received_at) values (?1, ?2, ?3) "
                        + "on duplicate key update awaiting = awaiting + ?2, "
                        + "latest_received_at = greatest(coalesce(latest_received_at, ?3), ?3)")
                .setParameter(1, f.caseId).setParameter(2, awaiting).setParameter(3, f.receivedAt).executeUpdate();
        days.added(f);
    }

    /**
     * These versions leave the index (a correction replaced them). The case's newest receipt stays: the
     * correction that replaces them arrives later, in the same transaction.
     */
    void removed(List<VisitFact> gone) {
        for (VisitFact f : gone) {
            int awaiting = f.signedOffAt == null ? 1 : 0;
            em.createNativeQuery("update visit_tallies_by_author set visits = visits - 1, awaiting = awaiting - ?2 where author = ?1")
                    .setParameter(1, f.author).setParameter(2, awaiting).executeUpdate();
            em.createNativeQuery("update visit_tallies_by_case set awaiting = awaiting - ?2 where case_id = ?1")
                    .setParameter(1, f.caseId).setParameter(2, awaiting).executeUpdate();
            days.removed(f);
        }
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
