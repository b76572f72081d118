package org.doorstep.server.property;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The property tables read straight from the database, and a case made looked after, for the property tests. */
@ApplicationScoped
public class PropertyRows {

    private final EntityManager em;

    PropertyRows(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void lookedAfter(String caseId) {
        em.createNativeQuery("update cases set legal_status = 'Looked after child (section 20)' where case_id = ?1")
                .setParameter(1, caseId).executeUpdate();
    }

    @Transactional
    public long items(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from child_property where case_id = ?1").setParameter(1, caseId)
                .getSingleResult()).longValue();
    }

    @Transactional
    public long moves(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from child_property_moves m join child_property p on p.id = m.item_id "
                + "where p.case_id = ?1").setParameter(1, caseId).getSingleResult()).longValue();
    }

    @Transactional
    public long firstItem(String caseId) {
        return ((Number) em.createNativeQuery("select min(id) from child_property where case_id = ?1").setParameter(1, caseId)
                .getSingleResult()).longValue();
    }
}
