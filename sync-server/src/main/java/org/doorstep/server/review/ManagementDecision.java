package org.doorstep.server.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manager's or supervisor's decision with its reasons (R5.1-decisions); append-only. */
@Entity
@Table(name = "management_decisions")
public class ManagementDecision extends PanacheEntityBase {

    public static final String VISIT_SIGN_OFF = "visit-sign-off";
    public static final String CASE_DECISION = "case-decision";
    /** A supervisor confirmed a practitioner's proposal to change a fact of the case. */
    public static final String PROPOSAL_CONFIRMED = "proposal-confirmed";
    public static final String PROPOSAL_REJECTED = "proposal-rejected";
    /** A supervisor or manager changed the basic record on the record itself. */
    public static final String RECORD_CHANGED = "basic-record-change";
    /** A manager opened, allocated, transferred, closed or reopened the case (R14-transfer): the kinds of {@code CaseEvent}. */
    public static final String TRANSFER_AUDITED = "case-transfer-audit";
    public static final String TRANSFER_RECEIVED = "case-transfer-received";
    /** The child's legal name, date of birth or address corrected with the evidence seen (R5.1-basic). */
    public static final String IDENTITY_CORRECTED = "identity-corrected";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String kind;

    @Column(updatable = false)
    public String decision;

    @Column(updatable = false)
    public String reasons;

    @Column(name = "decided_by", updatable = false)
    public String decidedBy;

    @Column(name = "decided_at", updatable = false)
    public Instant decidedAt;

    /** The visit note this decision signs off, if it is a sign-off. */
    @Column(name = "signs_off", updatable = false)
    public String signsOff;

    /** The proposal this decision confirms or rejects, if it is one. */
    @Column(name = "proposal_id", updatable = false)
    public String proposalId;

    public static ManagementDecision signOffOf(String noteId) {
        return find("signsOff", noteId).firstResult();
    }
}
