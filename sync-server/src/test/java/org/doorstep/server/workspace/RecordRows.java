package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** What the tests of requests to correct the record and case summaries count, and the one thing they backdate. */
@ApplicationScoped
public class RecordRows {

    private final EntityManager em;

    RecordRows(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public long count(String table, String caseId) {
        String sql = switch (table) {
            case "correction_requests", "case_summaries", "management_decisions" ->
                    "select count(*) from " + table + " where case_id = ?1";
            case "correction_answers" -> "select count(*) from correction_answers a join correction_requests r "
                    + "on r.id = a.request_id where r.case_id = ?1";
            default -> throw new IllegalArgumentException(table);
        };
        return ((Number) em.createNativeQuery(sql).setParameter(1, caseId).getSingleResult()).longValue();
    }

    @Transactional
    public String answerOutcome(long requestId) {
        return (String) em.createNativeQuery("select outcome from correction_answers where request_id = ?1")
                .setParameter(1, requestId).getSingleResult();
    }

    /**
     * Moves a case's summaries (and so its latest) back to {@code at}, as if written then: the
     * server's clock cannot be set back, and a summary is written with the time of writing.
     */
    @Transactional
    public void summariesWrittenAt(String caseId, Instant at) {
        em.createNativeQuery("update case_summaries set written_at = ?1 where case_id = ?2")
                .setParameter(1, at).setParameter(2, caseId).executeUpdate();
        em.createNativeQuery("update cases set last_summary_at = ?1 where case_id = ?2")
                .setParameter(1, at).setParameter(2, caseId).executeUpdate();
    }
}
