package org.doorstep.server.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.Timeliness;
import org.doorstep.model.visit.VisitNote;

/**
 * What the supervisor's dashboard and queue need of a visit, derived once from the signed note
 * (R9-timely late entry by {@link LateEntryPolicy}). An index of the record, not the record:
 * it can be rebuilt from {@code case_entries} at any time.
 */
@Entity
@Table(name = "visit_facts")
public class VisitFact extends PanacheEntityBase {

    @Id
    @Column(name = "note_id")
    public String noteId;

    @Column(name = "case_id")
    public String caseId;

    public String author;

    @Column(name = "visit_start")
    public Instant visitStart;

    @Column(name = "visit_end")
    public Instant visitEnd;

    @Column(name = "child_seen")
    public Boolean childSeen;

    @Column(name = "due_by")
    public Instant dueBy;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "late_entry")
    public boolean lateEntry;

    @Column(name = "received_at")
    public Instant receivedAt;

    /**
     * When the visit was signed off; null while it awaits sign-off. Set in the sign-off's own
     * transaction ({@code Decisions.signOff}); the decision in management_decisions stays the record.
     */
    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    /** The {@link org.doorstep.model.visit.VisitOutcome} name; null for a note made before the form asked (R5.2-failed). */
    public String outcome;

    /**
     * The {@link org.doorstep.model.record.Balance} name of the visit's strengths and concerns (R5.4-balance);
     * null only in a row indexed before it was derived, until {@link VisitFactBackfill} fills it.
     */
    public String balance;

    /** True when the analysis records only strengths or only concerns: flagged for the supervisor, never refused. */
    public static boolean oneSided(String balance) {
        return balance != null && org.doorstep.model.record.Balance.valueOf(balance).flagged();
    }

    static VisitFact of(CaseEntryRow entry, VisitNote visit, LateEntryPolicy policy) {
        return of(entry, visit, policy.assess(visit.visitEnd(), visit.signedAt()));
    }

    /** At merge the entry's lateness is already assessed; the fact takes that one assessment, not a second. */
    static VisitFact of(CaseEntryRow entry, VisitNote visit, Timeliness t) {
        VisitFact f = new VisitFact();
        f.noteId = entry.noteId;
        f.caseId = entry.caseId;
        f.author = entry.author;
        f.visitStart = visit.visitStart();
        f.visitEnd = visit.visitEnd();
        f.childSeen = visit.childSeen();
        f.dueBy = t.dueBy();
        f.signedAt = visit.signedAt();
        f.lateEntry = t.late();
        f.receivedAt = entry.receivedAt;
        f.outcome = visit.outcome() == null ? null : visit.outcome().name();
        f.balance = visit.balance().name();
        return f;
    }

    public static VisitFact byNoteId(String noteId) {
        return findById(noteId);
    }
}
