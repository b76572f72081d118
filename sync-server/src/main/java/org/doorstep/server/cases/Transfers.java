package org.doorstep.server.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.model.cases.CaseRules;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;

/**
 * A case moves to another practitioner or team in two steps (R14-transfer). The sending manager
 * audits the case against the checklist, which is recorded as a management decision; the case stays
 * with its practitioner meanwhile, so nobody's work falls between two desks. A manager of the
 * receiving team confirms it arrived and allocates it there: from that moment the old practitioner's
 * tablet no longer receives the case, while the notes it signed before still land.
 */
@ApplicationScoped
public class Transfers {

    private final EntityManager em;
    private final Moves moves;
    private final CaseOpenings openings;

    Transfers(EntityManager em, Moves moves, CaseOpenings openings) {
        this.em = em;
        this.moves = moves;
        this.openings = openings;
    }

    @Transactional
    public CaseOutcome audit(ChildCase c, Staff by, String toTeam, String toPractitioner, Collection<String> checks,
                             String findings) {
        // The case row locked, managed in this transaction even when the caller holds a copy (an import).
        c = em.find(ChildCase.class, c.caseId, LockModeType.PESSIMISTIC_WRITE);
        String refused = CaseStates.whyNotMove(c, by);
        if (refused != null) {
            return CaseOutcome.refused("toTeam", refused);
        }
        List<FieldError> errors = new ArrayList<>();
        String team = toTeam == null ? "" : toTeam.strip();
        Staff to = null;
        if (!Teams.exists(team)) {
            errors.add(new FieldError("toTeam", "Choose the team the case moves to from the list"));
        } else if (toPractitioner != null && !toPractitioner.isBlank()) {
            to = Teams.practitioner(team, toPractitioner);
            String notThem = Teams.whyNotTake(team, toPractitioner);
            if (notThem != null) {
                errors.add(new FieldError("toPractitioner", notThem));
            } else if (to.username.equals(c.allocatedTo)) {
                errors.add(new FieldError("toPractitioner", "The case is already allocated to " + to.displayName
                        + ": choose someone else"));
            }
        } else if (team.equals(c.teamName())) {
            errors.add(new FieldError("toPractitioner", "Choose who in " + team + " the case moves to"));
        }
        Moves.errors(CaseRules.transferAudit(checks, findings)).forEach(errors::add);
        if (!errors.isEmpty()) {
            return CaseOutcome.refused(errors);
        }
        String from = c.allocatedTo == null ? c.teamName() : Teams.name(c.allocatedTo) + " (" + c.teamName() + ")";
        String dest = to == null ? team : to.displayName + " (" + team + ")";
        ManagementDecision d = moves.decided(c, by, ManagementDecision.TRANSFER_AUDITED,
                "Audited for transfer from " + from + " to " + dest,
                "Checked before the transfer:\n" + CaseRules.checked(checks) + "\n\nFindings: " + findings.strip());
        CaseTransfer t = new CaseTransfer();
        t.caseId = c.caseId;
        t.fromTeam = c.teamName();
        t.fromPractitioner = c.allocatedTo;
        t.toTeam = team;
        t.toPractitioner = to == null ? null : to.username;
        t.auditedBy = by.username;
        t.auditedAt = d.decidedAt;
        t.auditDecision = d.id;
        t.persist();
        return CaseOutcome.done(c);
    }

    /** A manager of the receiving team confirms the case arrived and allocates it to one of their practitioners. */
    @Transactional
    public CaseOutcome receive(CaseTransfer t, Staff by, String practitioner, String note) {
        ChildCase c = em.find(ChildCase.class, t.caseId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        if (!t.pending()) {
            return CaseOutcome.refused("practitioner", "This transfer was already confirmed by " + Teams.name(t.receivedBy));
        }
        if (!Staff.MANAGER.equals(by.role) || !Objects.equals(by.team, t.toTeam)) {
            return CaseOutcome.refused("practitioner", "Only a manager of " + t.toTeam + " confirms this transfer");
        }
        List<FieldError> errors = new ArrayList<>();
        Staff to = Teams.practitioner(t.toTeam, practitioner);
        String notThem = practitioner == null || practitioner.isBlank() ? "Choose the practitioner who takes the case"
                : Teams.whyNotTake(t.toTeam, practitioner);
        if (notThem != null) {
            errors.add(new FieldError("practitioner", notThem));
        } else if (to.username.equals(c.allocatedTo)) {
            errors.add(new FieldError("practitioner", to.displayName + " already holds the case: choose someone else"));
        }
        Moves.errors(CaseRules.receipt(note)).forEach(errors::add);
        if (!errors.isEmpty()) {
            return CaseOutcome.refused(errors);
        }
        String from = t.fromPractitioner == null ? t.fromTeam : Teams.name(t.fromPractitioner) + " (" + t.fromTeam + ")";
        openings.holds(c, to);
        ManagementDecision d = moves.moved(c, by, CaseEvent.TRANSFERRED,
                "Transfer received: the case moves from " + from + " to " + to.displayName + " (" + t.toTeam + ")", note);
        t.receivedBy = by.username;
        t.receivedAt = d.decidedAt;
        t.receiptDecision = d.id;
        t.toPractitioner = to.username;
        return CaseOutcome.done(c);
    }
}
