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

    /** Every value of this kind, newest (current) first. */
    public static List<CaseFact> history(String caseId, FactKind kind) {
        return list("caseId = ?1 and kind = ?2 order by id desc",
                caseId, kind.wire());
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
        CaseFact f = new CaseFact();
        f.caseId = caseId;
        f.kind = kind.wire();
        f.value = value;
        f.effectiveFrom = from;
        f.recordedBy = by;
        f.recordedAt = at;
        f.proposalId = proposalId;
        f.persist();
        return f;
    }
}
