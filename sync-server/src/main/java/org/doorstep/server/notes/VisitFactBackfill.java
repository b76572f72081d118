package org.doorstep.server.notes;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.doorstep.model.json.Json;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.WorkingCalendar;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.cluster.StartupJobs;
import org.jboss.logging.Logger;

/**
 * Derives {@link VisitFact}s for visits merged before the table existed, and the columns added to it
 * since for the rows indexed before them (R5.4-balance); a no-op once done.
 */
@ApplicationScoped
public class VisitFactBackfill {

    private static final Logger LOG = Logger.getLogger(VisitFactBackfill.class);

    private final EntityManager em;
    private final LateEntryPolicy policy;
    private final StartupJobs jobs;

    VisitFactBackfill(EntityManager em, Clock clock, StartupJobs jobs) {
        this.em = em;
        this.jobs = jobs;
        this.policy = new LateEntryPolicy(WorkingCalendar.englandAndWales(), clock);
    }

    void backfill(@Observes StartupEvent start) {
        jobs.runAlone("visit-fact-backfill", this::backfill);
    }

    /** In the transaction {@link StartupJobs} opens, while no other instance runs it. */
    void backfill() {
        // Only each visit's current version is indexed: one a later correction replaced stays out (R11-rectify).
        List<CaseEntryRow> missing = em.createQuery("select e from CaseEntryRow e where e.kind = :k and not exists "
                + "(select 1 from VisitFact f where f.noteId = e.noteId) and not exists (select 1 from CaseEntryRow later "
                + "where later.originalNote = e.originalNote and later.sequence > e.sequence)", CaseEntryRow.class)
                .setParameter("k", CaseEntryRow.VISIT).getResultList();
        int done = 0;
        for (CaseEntryRow e : missing) {
            try {
                VisitFact.of(e, Json.read(e.noteJson, VisitNote.class), policy).persist();
                done++;
            } catch (RuntimeException ex) {
                LOG.warnf("Visit %s could not be indexed for the workspace: %s", e.noteId, ex.getMessage());
            }
        }
        if (done > 0) {
            // Their sign-offs and their cases' first visits (R5.7-summary), as Decisions and ingest keep them.
            em.flush();
            em.createNativeQuery("update visit_facts f join management_decisions d on d.signs_off = f.note_id "
                    + "set f.signed_off_at = d.decided_at where f.signed_off_at is null").executeUpdate();
            em.createNativeQuery("update cases c join (select case_id, min(visit_start) first_visit from visit_facts "
                    + "group by case_id) v on v.case_id = c.case_id set c.first_visit_at = v.first_visit "
                    + "where c.first_visit_at is null or c.first_visit_at > v.first_visit").executeUpdate();
            LOG.infof("Indexed %d earlier visits for the supervisor's workspace", done);
        }
        balances();
    }

    private static final int PAGE = 500;

    /**
     * R5.4-balance for rows indexed before V71: each one's strengths and concerns read from its signed
     * note by {@link org.doorstep.model.record.Balance}, a page at a time so a large record is never all
     * in memory, written one update per value.
     */
    private void balances() {
        int done = 0;
        List<Object[]> page;
        do {
            page = em.createQuery("select f.noteId, e.noteJson from VisitFact f join CaseEntryRow e on e.noteId = f.noteId "
                    + "where f.balance is null order by f.noteId", Object[].class).setMaxResults(PAGE).getResultList();
            java.util.Map<String, List<String>> byValue = new java.util.HashMap<>();
            for (Object[] r : page) {
                String value;
                try {
                    value = Json.read((String) r[1], VisitNote.class).balance().name();
                } catch (RuntimeException ex) {
                    // Unreadable here means unreadable everywhere; not recorded rather than tried at every start.
                    LOG.warnf("Visit %s: strengths and concerns could not be read: %s", r[0], ex.getMessage());
                    value = org.doorstep.model.record.Balance.NOT_RECORDED.name();
                }
                byValue.computeIfAbsent(value, k -> new java.util.ArrayList<>()).add((String) r[0]);
            }
            byValue.forEach((value, ids) -> em.createQuery("update VisitFact f set f.balance = ?1 where f.noteId in ?2")
                    .setParameter(1, value).setParameter(2, ids).executeUpdate());
            done += page.size();
        } while (page.size() == PAGE);
        if (done > 0) {
            LOG.infof("Read the strengths and concerns of %d earlier visits for the supervisor's workspace", done);
        }
    }
}
