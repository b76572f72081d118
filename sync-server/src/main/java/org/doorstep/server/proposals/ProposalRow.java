package org.doorstep.server.proposals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.doorstep.model.wire.FactProposal;

/** A proposed change to a fact of the case, as it arrived, and the supervisor's decision on it (once). */
@Entity
@Table(name = "fact_proposals")
public class ProposalRow extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String CONFIRMED = "confirmed";
    public static final String REJECTED = "rejected";

    @Id
    @Column(name = "proposal_id")
    public String proposalId;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String kind;

    @Column(name = "proposed_value", updatable = false)
    public String value;

    @Column(name = "parental_responsibility", updatable = false)
    public Boolean parentalResponsibility;

    @Column(name = "household_member_id", updatable = false)
    public Long householdMemberId;

    @Column(name = "seen_value", updatable = false)
    public String seenValue;

    /** What the server held as current when the proposal arrived. */
    @Column(name = "current_when_proposed", updatable = false)
    public String currentWhenProposed;

    @Column(updatable = false)
    public String reason;

    @Column(name = "note_id", updatable = false)
    public String noteId;

    @Column(name = "proposed_by", updatable = false)
    public String proposedBy;

    @Column(name = "device_id", updatable = false)
    public String deviceId;

    @Column(name = "proposed_at", updatable = false)
    public Instant proposedAt;

    /** For a relationship (R5.6-genogram, V76): the two people by genogram key, the kind and the dates. */
    @Column(name = "relation_from", updatable = false)
    public String relationFrom;

    @Column(name = "relation_kind", updatable = false)
    public String relationKind;

    @Column(name = "relation_to", updatable = false)
    public String relationTo;

    @Column(name = "relation_since", updatable = false)
    public java.time.LocalDate since;

    @Column(name = "relation_until", updatable = false)
    public java.time.LocalDate until;

    public String status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** Whether a resend carries the same proposal (same id, same content). */
    public boolean sameAs(String caseId, FactProposal p) {
        return Objects.equals(this.caseId, caseId) && Objects.equals(kind, p.kind()) && Objects.equals(value, p.value())
                && Objects.equals(parentalResponsibility, p.parentalResponsibility())
                && Objects.equals(householdMemberId, p.householdMemberId()) && Objects.equals(seenValue, p.seenValue())
                && Objects.equals(reason, p.reason()) && Objects.equals(noteId, p.noteId())
                && Objects.equals(relationFrom, p.relationFrom()) && Objects.equals(relationKind, p.relationKind())
                && Objects.equals(relationTo, p.relationTo()) && Objects.equals(since, p.since()) && Objects.equals(until, p.until());
    }

    /** The relationship a relationship proposal names, as the shared model has it. */
    public org.doorstep.model.family.Relationship relationship() {
        return org.doorstep.model.family.Relationship.ofForm(relationFrom, relationKind, relationTo, since, until).orElseThrow();
    }

    public static List<ProposalRow> pending(String caseId) {
        return list("caseId = ?1 and status = ?2 order by proposedAt, proposalId", caseId, PENDING);
    }

    /** One page of the waiting proposals, oldest first: a case's page never holds them all (issue 11). */
    public static List<ProposalRow> pending(String caseId, int first, int max) {
        return find("caseId = ?1 and status = ?2 order by proposedAt, proposalId", caseId, PENDING)
                .range(first, first + max - 1).list();
    }

    public static long countPending(String caseId) {
        return count("caseId = ?1 and status = ?2", caseId, PENDING);
    }

    public static List<ProposalRow> decided(String caseId, int max) {
        return decided(caseId, 0, max);
    }

    /** Decided proposals, newest first, {@code max} from {@code first}. */
    public static List<ProposalRow> decided(String caseId, int first, int max) {
        return find("caseId = ?1 and status <> ?2 order by decidedAt desc, proposalId desc", caseId, PENDING).range(first, first + max - 1).list();
    }

    public static long countDecided(String caseId) {
        return count("caseId = ?1 and status <> ?2", caseId, PENDING);
    }

    public static List<ProposalRow> decided(String caseId) {
        return list("caseId = ?1 and status <> ?2 order by decidedAt desc", caseId, PENDING);
    }
}
