package org.doorstep.server.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A case's move to another practitioner or team (R14-transfer): audited by the sending manager,
 * then received by a manager of the receiving team. Pending until received; a case has at most one
 * pending transfer.
 */
@Entity
@Table(name = "case_transfers")
public class CaseTransfer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "from_team", updatable = false)
    public String fromTeam;

    @Column(name = "from_practitioner", updatable = false)
    public String fromPractitioner;

    @Column(name = "to_team", updatable = false)
    public String toTeam;

    /** Who the sending manager proposed; the receiving manager allocates, possibly to someone else. */
    @Column(name = "to_practitioner")
    public String toPractitioner;

    @Column(name = "audited_by", updatable = false)
    public String auditedBy;

    @Column(name = "audited_at", updatable = false)
    public Instant auditedAt;

    @Column(name = "audit_decision", updatable = false)
    public Long auditDecision;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "receipt_decision")
    public Long receiptDecision;

    public boolean pending() {
        return receivedAt == null;
    }

    public static CaseTransfer pendingOf(String caseId) {
        return find("caseId = ?1 and receivedAt is null", caseId).firstResult();
    }

    /** Transfers waiting for a manager of this team to confirm, oldest first. */
    public static List<CaseTransfer> waitingFor(String team) {
        return team == null ? List.of() : list("toTeam = ?1 and receivedAt is null order by auditedAt, id", team);
    }

    public static List<CaseTransfer> of(String caseId) {
        return list("caseId = ?1 order by auditedAt, id", caseId);
    }
}
