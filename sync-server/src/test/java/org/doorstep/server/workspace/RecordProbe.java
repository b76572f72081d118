package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** What the basic-record and decision tests read straight from the database, to see that nothing else changed. */
@ApplicationScoped
public class RecordProbe {

    private final EntityManager em;

    RecordProbe(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public long decisions(String caseId) {
        return count("select count(*) from management_decisions where case_id = ?1", caseId);
    }

    /** The decisions of a case, newest first, as "kind|decision|reasons|decided_by|proposal_id". */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> decisionRows(String caseId) {
        return ((List<Object[]>) em.createNativeQuery("select kind, decision, reasons, decided_by, proposal_id "
                        + "from management_decisions where case_id = ?1 order by id desc")
                .setParameter(1, caseId).getResultList()).stream()
                .map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4]).toList();
    }

    @Transactional
    public String nhsNumber(String caseId) {
        return (String) em.createNativeQuery("select nhs_number from cases where case_id = ?1")
                .setParameter(1, caseId).getSingleResult();
    }

    @Transactional
    public long facts(String caseId) {
        return count("select count(*) from case_facts where case_id = ?1", caseId)
                + count("select count(*) from declared_identity where case_id = ?1", caseId)
                + count("select count(*) from household_members where case_id = ?1 and left_on is not null", caseId)
                + count("select count(*) from household_members where case_id = ?1", caseId);
    }

    @Transactional
    public String proposalStatus(String proposalId) {
        return (String) em.createNativeQuery("select status from fact_proposals where proposal_id = ?1")
                .setParameter(1, proposalId).getSingleResult();
    }

    @Transactional
    public long accessLogged(String caseId, String username, String whatStartsWith) {
        return ((Number) em.createNativeQuery("select count(*) from case_access_log where case_id = ?1 and username = ?2 "
                        + "and what like ?3").setParameter(1, caseId).setParameter(2, username)
                .setParameter(3, whatStartsWith + "%").getSingleResult()).longValue();
    }

    private long count(String sql, String caseId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, caseId).getSingleResult()).longValue();
    }
}
