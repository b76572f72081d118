package org.doorstep.server.workspace;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.people.Staff;

/**
 * Who is signed in, and what they may see: a supervisor or manager sees their own team's cases
 * (allocated, waiting for allocation or closed), and nothing else (R12-oversight).
 */
@ApplicationScoped
public class Scope {

    private final SecurityIdentity identity;

    Scope(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Staff me() {
        Staff me = Staff.named(identity.getPrincipal().getName());
        if (me == null) {
            throw new NotInScope("Your account is not known here any more; sign in again.");
        }
        return me;
    }

    /** The case, if it belongs to the caller's team. */
    public ChildCase caseOf(Staff me, String caseId) {
        ChildCase c = caseId == null ? null : ChildCase.findById(caseId);
        if (c == null || !inTeam(me, c)) {
            throw new NotInScope("There is no case " + caseId + " in " + teamName(me) + ".");
        }
        return c;
    }

    /**
     * Any version of a visit, current or replaced by a correction (R11-rectify), if its case belongs
     * to the caller's team.
     */
    public CaseEntryRow entryOf(Staff me, String noteId) {
        return visibleEntryOf(me, noteId)
                .orElseThrow(() -> new NotInScope("There is no visit " + noteId + " in " + teamName(me) + "."));
    }

    /** The visit, if it exists and its case belongs to the caller's team; empty otherwise, never another team's. */
    public java.util.Optional<CaseEntryRow> visibleEntryOf(Staff me, String noteId) {
        CaseEntryRow e = noteId == null ? null : CaseEntryRow.byNoteId(noteId);
        ChildCase c = e == null || !CaseEntryRow.VISIT.equals(e.kind) ? null : ChildCase.findById(e.caseId);
        return c != null && inTeam(me, c) ? java.util.Optional.of(e) : java.util.Optional.empty();
    }

    /** A case is the team's through its allocated worker, or, unallocated, through its own team (R14-cover). */
    private static boolean inTeam(Staff me, ChildCase c) {
        return me.team != null && me.team.equals(c.teamName());
    }

    private static String teamName(Staff me) {
        return me.team == null ? "your team" : me.team;
    }

    /** Something the caller asked for that does not exist or is not theirs to see: both are a 404. */
    public static class NotInScope extends RuntimeException {
        public NotInScope(String message) {
            super(message, null, false, false);
        }
    }
}
