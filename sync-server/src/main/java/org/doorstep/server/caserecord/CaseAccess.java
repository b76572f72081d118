package org.doorstep.server.caserecord;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.problem.ProblemException;

/** What every tablet write to a case checks first: the case exists and is allocated to the caller. */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static ChildCase allocated(String caseId, Practitioner practitioner) {
        ChildCase childCase = caseId == null ? null : ChildCase.findById(caseId);
        if (childCase == null) {
            throw ProblemException.of("unknown-case", "Unknown case", 404, "There is no case " + caseId + ".");
        }
        if (!childCase.isAllocatedTo(practitioner.username())) {
            throw ProblemException.of("case-not-allocated", "Case not allocated", 403,
                    "Case " + caseId + " is not allocated to " + practitioner.username() + ".");
        }
        return childCase;
    }

    /** The case row locked for writing, so writes to one case serialize (as merges do). */
    public static ChildCase allocatedAndLocked(EntityManager em, String caseId, Practitioner practitioner) {
        ChildCase c = allocated(caseId, practitioner);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        return c;
    }

    /** A 422 with every violation, for input that is well-formed JSON but breaks a rule. */
    public static void refuseIfAny(List<Violation> violations, String slug, String title) {
        if (!violations.isEmpty()) {
            throw ProblemException.withViolations(slug, title, 422,
                    violations.size() == 1 ? violations.get(0).message()
                            : "There are " + violations.size() + " problems; see violations.", violations);
        }
    }
}
