package org.doorstep.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** What the audit tables hold, read straight from the database, for tests that check nothing changed. */
@ApplicationScoped
public class AuditRows {

    private final EntityManager em;

    AuditRows(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public long samples(String team) {
        return ((Number) em.createNativeQuery("select count(*) from audit_samples where team = ?1").setParameter(1, team)
                .getSingleResult()).longValue();
    }

    @Transactional
    public long grades(String team) {
        return ((Number) em.createNativeQuery("select count(*) from audit_grades g join audit_samples s on s.id = g.sample_id "
                + "where s.team = ?1").setParameter(1, team).getSingleResult()).longValue();
    }

    /** The sample's note ids in the order drawn. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> drawn(long sampleId) {
        return ((List<Object>) em.createNativeQuery("select note_id from audit_sample_visits where sample_id = ?1 order by draw_order")
                .setParameter(1, sampleId).getResultList()).stream().map(Object::toString).toList();
    }

    @Transactional
    public long seed(long sampleId) {
        return ((Number) em.createNativeQuery("select seed from audit_samples where id = ?1").setParameter(1, sampleId)
                .getSingleResult()).longValue();
    }

    @Transactional
    public String caseOf(String noteId) {
        return (String) em.createNativeQuery("select case_id from visit_facts where note_id = ?1").setParameter(1, noteId)
                .getSingleResult();
    }
}
