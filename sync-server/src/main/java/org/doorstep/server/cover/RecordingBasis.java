package org.doorstep.server.cover;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.notes.CaseEntryRow;
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
@Named("recordingBasis")
public class RecordingBasis {

    /** How the visit page shows a note's basis: its label, and for a duty visit the reason signed with it. */
    public record Shown(String label, String dutyReason) {
    }

    private final ZoneId zone;

    RecordingBasis(@ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The basis of a visit note about a visit that started at {@code visitStart}. {@code dutyReason} is
     * what the practitioner signed as the reason for a duty visit, or null; {@code signedAt} when it was signed.
     */
    public RecordedAs of(ChildCase c, Practitioner p, Instant visitStart, Instant signedAt, String dutyReason) {
        // R14-transfer: a visit made, or a note signed, while its practitioner held the case still lands
        // after the case moved on (transferred or closed); nothing signed is lost.
        boolean allocated = c.isAllocatedTo(p.username())
                || org.doorstep.server.cases.CaseAllocation.held(c.caseId, p.username(), signedAt)
                || org.doorstep.server.cases.CaseAllocation.held(c.caseId, p.username(), visitStart);
        boolean covering = !allocated && covering(c, p, visitStart);
        boolean dutyCase = !allocated && !covering && unallocatedInTeamOf(c, p.username());
        return RecordedAs.decide(allocated, covering, dutyCase, dutyReason).orElseThrow(() -> dutyCase
                ? ProblemException.of("duty-reason-required", "Duty visit without a reason", 422,
                        "Case " + c.caseId + " is not allocated to anyone. A practitioner on duty may record a visit "
                                + "to it, but the note must say why you visited (dutyReason).")
                : notHeld(c, p));
    }

    /**
     * The basis of something else a tablet records on the case now (a contact): the practitioner holds
     * the case, allocated or covering. On duty they record a visit, which carries its reason.
     */
    public RecordedAs holding(ChildCase c, Practitioner p, Instant now) {
        boolean allocated = c.isAllocatedTo(p.username());
        return RecordedAs.decide(allocated, !allocated && covering(c, p, now), false, null)
                .orElseThrow(() -> notHeld(c, p));
    }

    private boolean covering(ChildCase c, Practitioner p, Instant when) {
        return CoverGrant.<CoverGrant>list("caseId = ?1 and practitioner = ?2", c.caseId, p.username())
                .stream().anyMatch(g -> g.covers(when, zone));
    }

    private static ProblemException notHeld(ChildCase c, Practitioner p) {
        return ProblemException.of("case-not-allocated", "Case not allocated", 403,
                "Case " + c.caseId + " is not allocated to " + p.username() + ", who has no cover for it on that "
                        + "date, and it is not an unallocated case of their team visited on duty.");
    }

    /** The basis of a stored note when it was not recorded by the allocated worker; null when it was. */
    public Shown shown(String noteId) {
        CaseEntryRow e = CaseEntryRow.byNoteId(noteId);
        if (e == null || e.basis() == RecordedAs.ALLOCATED) {
            return null;
        }
        String reason = null;
        if (e.basis() == RecordedAs.DUTY) {
            try {
                reason = Json.read(e.noteJson, JsonNode.class).path("dutyReason").asText(null);
            } catch (RuntimeException unreadable) {
                reason = null;
            }
        }
        return new Shown(e.basis().label(), reason);
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
