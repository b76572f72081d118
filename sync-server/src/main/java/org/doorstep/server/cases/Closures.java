package org.doorstep.server.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.model.cases.CaseRules;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * A case closes with a closing summary and may be reopened with a reason (R1-contemporaneous), each
 * a manager's decision and an entry of the case's chain. Closing ends the allocation (the case
 * leaves the practitioner's tablet at its next sync); the record stays whole, and a reopened case is
 * allocated again.
 */
@ApplicationScoped
public class Closures {

    private final EntityManager em;
    private final Moves moves;
    private final CaseOpenings openings;

    Closures(EntityManager em, Moves moves, CaseOpenings openings) {
        this.em = em;
        this.moves = moves;
        this.openings = openings;
    }

    @Transactional
    public CaseOutcome close(ChildCase c, Staff by, String summary) {
        // The case row locked, managed in this transaction even when the caller holds a copy (an import).
        c = em.find(ChildCase.class, c.caseId, LockModeType.PESSIMISTIC_WRITE);
        String refused = CaseStates.whyNotMove(c, by);
        if (refused != null) {
            return CaseOutcome.refused("summary", refused);
        }
        List<FieldError> errors = Moves.errors(CaseRules.closing(summary));
        if (!errors.isEmpty()) {
            return CaseOutcome.refused(errors);
        }
        String held = c.allocatedTo == null ? "" : " (was allocated to " + Teams.name(c.allocatedTo) + ")";
        openings.holds(c, null);
        c.closedOn = moves.today();
        moves.moved(c, by, CaseEvent.CLOSED, "Case closed on " + CaseOpenings.DAY.format(c.closedOn) + held, summary);
        return CaseOutcome.done(c);
    }

    @Transactional
    public CaseOutcome reopen(ChildCase c, Staff by, String reason) {
        // The case row locked, managed in this transaction even when the caller holds a copy (an import).
        c = em.find(ChildCase.class, c.caseId, LockModeType.PESSIMISTIC_WRITE);
        String refused = CaseStates.whyNotReopen(c, by);
        if (refused != null) {
            return CaseOutcome.refused("reason", refused);
        }
        List<FieldError> errors = Moves.errors(CaseRules.reopening(reason));
        if (!errors.isEmpty()) {
            return CaseOutcome.refused(errors);
        }
        String closed = CaseOpenings.DAY.format(c.closedOn);
        c.closedOn = null;
        moves.moved(c, by, CaseEvent.REOPENED, "Case reopened (closed on " + closed + "); waiting for allocation", reason);
        return CaseOutcome.done(c);
    }
}
