package org.doorstep.server.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.record.FactKind;

/**
 * One value of a single-valued fact of the case (placement, legal status, ...), append-only: the
 * latest recorded of a kind is current, each earlier one is history (R5.1-basic, R5.4-current-historical).
 */
@Entity
@Table(name = "case_facts")
public class CaseFact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String kind;

    @Column(name = "fact_value", updatable = false)
    public String value;

    @Column(name = "effective_from", updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    @Column(name = "proposal_id", updatable = false)
    public String proposalId;

    /** The evidence seen for a correction of the child's legal identity (R5.1-basic); null otherwise. */
    @Column(updatable = false)
    public String evidence;

    /** Every value of this kind, newest (current) first. */
    public static List<CaseFact> history(String caseId, FactKind kind) {
        return history(caseId, kind.wire());
    }

    /** Every value of a kind named on the wire (a fact of the basic record or of the legal identity), newest first. */
    public static List<CaseFact> history(String caseId, String kind) {
        return list("caseId = ?1 and kind = ?2 order by id desc", caseId, kind);
    }

    public static CaseFact current(String caseId, FactKind kind) {
        List<CaseFact> all = history(caseId, kind);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The current value of a kind, or {@code fallback} when none is recorded. */
    public static String currentValue(String caseId, FactKind kind, String fallback) {
        CaseFact f = current(caseId, kind);
        return f == null ? fallback : f.value;
    }

    public static CaseFact record(String caseId, FactKind kind, String value, LocalDate from, String by, Instant at,
                                  String proposalId) {
        return record(caseId, kind.wire(), value, from, by, at, proposalId, null);
    }

    public static CaseFact record(String caseId, String kind, String value, LocalDate from, String by, Instant at,
                                  String proposalId, String evidence) {
        CaseFact f = new CaseFact();
        f.caseId = caseId;
        f.kind = kind;
        f.evidence = evidence;
        f.value = value;
        f.effectiveFrom = from;
        f.recordedBy = by;
        f.recordedAt = at;
        f.proposalId = proposalId;
        f.persist();
        return f;
    }
}
