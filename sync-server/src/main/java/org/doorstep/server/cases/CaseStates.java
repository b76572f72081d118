package org.doorstep.server.cases;

import org.doorstep.model.cases.CaseRules;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;

/** Whether a case may move now, and whether this person may move it: a manager of its team, while it is open and not mid-transfer. */
final class CaseStates {

    private CaseStates() {
    }

    /** Why the case cannot be moved by {@code by} now; null when it can (the rule: {@link CaseRules#whyNotMove}). */
    static String whyNotMove(ChildCase c, Staff by) {
        CaseTransfer pending = mayMove(c, by) && !c.isClosed() ? CaseTransfer.pendingOf(c.caseId) : null;
        return CaseRules.whyNotMove(mayMove(c, by), c.teamName(), c.isClosed() ? c.closedOn : null,
                pending == null ? null : pending.toTeam);
    }

    /** Why {@code by} cannot reopen the case now; null when they can. */
    static String whyNotReopen(ChildCase c, Staff by) {
        return CaseRules.whyNotReopen(mayMove(c, by), c.teamName(), c.isClosed());
    }

    static boolean mayMove(ChildCase c, Staff by) {
        return Staff.MANAGER.equals(by.role) && by.team != null && by.team.equals(c.teamName());
    }
}
