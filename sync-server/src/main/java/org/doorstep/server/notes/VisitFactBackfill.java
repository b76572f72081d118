package org.doorstep.server.notes;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.doorstep.model.json.Json;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.WorkingCalendar;
import org.doorstep.model.visit.VisitNote;
import org.jboss.logging.Logger;

/** Derives {@link VisitFact}s for visits merged before the table existed; a no-op once done. */
@ApplicationScoped
public class VisitFactBackfill {

    private static final Logger LOG = Logger.getLogger(VisitFactBackfill.class);

    private final EntityManager em;
    private final LateEntryPolicy policy;

    VisitFactBackfill(EntityManager em, Clock clock) {
        this.em = em;
        this.policy = new LateEntryPolicy(WorkingCalendar.englandAndWales(), clock);
    }

    @Transactional
    void backfill(@Observes StartupEvent start) {
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
    }
}
