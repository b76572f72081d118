package org.doorstep.server.cover;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.people.Staff;
import org.doorstep.server.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a practitioner may record on a case, and on which basis (R14-cover): allocated, covering at
 * the time of the visit, or on duty for an unallocated case of their own team with a reason. Anything
 * else is refused with a problem type that says which.
 */
@ApplicationScoped
public class RecordingBasis {

    private final ZoneId zone;

    RecordingBasis(@ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The basis of something recorded on the case about {@code when} (a visit's start, a contact's
     * time). {@code dutyReason} is what the practitioner gave for a duty visit, or null.
     */
    public RecordedAs of(ChildCase c, Practitioner p, Instant when, String dutyReason) {
        boolean allocated = c.isAllocatedTo(p.username());
        boolean covering = !allocated && CoverGrant.<CoverGrant>list("caseId = ?1 and practitioner = ?2", c.caseId, p.username())
                .stream().anyMatch(g -> g.covers(when, zone));
        boolean dutyCase = !allocated && !covering && unallocatedInTeamOf(c, p.username());
        return RecordedAs.decide(allocated, covering, dutyCase, dutyReason).orElseThrow(() -> dutyCase
                ? ProblemException.of("duty-reason-required", "Duty visit without a reason", 422,
                        "Case " + c.caseId + " is not allocated to anyone. A practitioner on duty may record on it, "
                                + "but the note must say why you visited (dutyReason).")
                : ProblemException.of("case-not-allocated", "Case not allocated", 403,
                        "Case " + c.caseId + " is not allocated to " + p.username() + ", who has no cover for it on "
                                + "that date, and it is not an unallocated case of their team."));
    }

    /** An unallocated case of the practitioner's own team, which they may visit on duty. */
    public static boolean unallocatedInTeamOf(ChildCase c, String username) {
        if (c.allocatedTo != null || c.team == null) {
            return false;
        }
        Staff s = Staff.named(username);
        return s != null && s.isPractitioner() && c.team.equals(s.team);
    }
}
