package org.doorstep.server.cases;

import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;

/** Whether a case may move now, and whether this person may move it: a manager of its team, while it is open and not mid-transfer. */
final class CaseStates {

    private CaseStates() {
    }

    /** Why the case cannot be moved by {@code by} now; null when it can. */
    static String whyNotMove(ChildCase c, Staff by) {
        if (!mayMove(c, by)) {
            return "Only a manager of " + c.teamName() + " moves this case";
        }
        if (c.isClosed()) {
            return "The case was closed on " + CaseOpenings.DAY.format(c.closedOn) + ": reopen it first";
        }
        CaseTransfer pending = CaseTransfer.pendingOf(c.caseId);
        if (pending != null) {
            return "The case is waiting for a manager of " + pending.toTeam + " to confirm its transfer";
        }
        return null;
    }

    /** Why {@code by} cannot reopen the case now; null when they can. */
    static String whyNotReopen(ChildCase c, Staff by) {
        if (!mayMove(c, by)) {
            return "Only a manager of " + c.teamName() + " reopens this case";
        }
        return c.isClosed() ? null : "The case is open";
    }

    static boolean mayMove(ChildCase c, Staff by) {
        return Staff.MANAGER.equals(by.role) && by.team != null && by.team.equals(c.teamName());
    }
}
