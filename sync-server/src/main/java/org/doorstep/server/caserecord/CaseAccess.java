package org.doorstep.server.caserecord;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.cover.RecordingBasis;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.problem.ProblemException;

/**
 * What every tablet read or write of a case checks first: the case exists and the caller holds it,
 * allocated or covering it under a supervisor's grant (R14-cover); anyone else is refused.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** The case, when {@code practitioner} holds it now; a 404 or a case-not-allocated 403 problem otherwise. */
    public static ChildCase held(String caseId, Practitioner practitioner, RecordingBasis bases, Instant now) {
        ChildCase childCase = caseId == null ? null : ChildCase.findById(caseId);
        if (childCase == null) {
            throw ProblemException.of("unknown-case", "Unknown case", 404, "There is no case " + caseId + ".");
        }
        bases.holding(childCase, practitioner, now);
        return childCase;
    }

    /** The case row locked for writing, so writes to one case serialize (as merges do). */
    public static ChildCase heldAndLocked(EntityManager em, String caseId, Practitioner practitioner, RecordingBasis bases,
                                          Instant now) {
        ChildCase c = held(caseId, practitioner, bases, now);
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
