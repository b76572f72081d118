package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.doorstep.model.chain.ChainCheck;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.Timeliness;
import org.doorstep.model.timely.WorkingCalendar;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caserecord.CaseRecords;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.notes.VisitFact;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.ManagementDecision;

/** Everything a supervisor reads of one visit: every field, signature and chain checked again, times, sign-off. */
@ApplicationScoped
public class VisitPage {

    /** One labelled field of the note; {@code value} is shown as text, never as markup. */
    public record Field(String label, String value, boolean longText) {
    }

    public record SignOff(String by, String at, String reasons) {
    }

    public record View(String noteId, String caseId, String childName, String practitioner, String deviceId,
                       boolean signatureVerified, boolean contentMatches, String signedAt, String receivedAt,
                       String visitEnded, boolean lateEntry, String dueBy, String timeliness, long sequence,
                       String previousHash, String entryHash, String contentHash, ChainCheck chain,
                       List<PresentPerson> present, List<Field> fields, SignOff signOff) {
    }

    private final Words words;
    private final CaseChains chains;
    private final LateEntryPolicy policy;

    VisitPage(Words words, CaseChains chains, java.time.Clock clock) {
        this.words = words;
        this.chains = chains;
        this.policy = new LateEntryPolicy(WorkingCalendar.englandAndWales(), clock);
    }

    public View of(VisitFact fact) {
        CaseEntryRow e = CaseEntryRow.byNoteId(fact.noteId);
        ChildCase c = ChildCase.findById(e.caseId);
        Staff author = Staff.named(e.author);
        VisitNote v = CaseRecords.visit(e);
        boolean verified = CaseRecords.signatureVerified(e, new HashMap<>());
        boolean contentMatches = e.chainLink().contentHash().equals(e.contentHash);
        Timeliness t = policy.assess(fact.visitEnd, fact.signedAt);
        ManagementDecision d = ManagementDecision.signOffOf(e.noteId);
        SignOff signOff = d == null ? null
                : new SignOff(name(d.decidedBy), words.dateTime(d.decidedAt), d.reasons);
        return new View(e.noteId, c.caseId, c.childName, author == null ? e.author : author.displayName, e.deviceId,
                verified, contentMatches, words.exact(e.signedAt), words.exact(e.receivedAt), words.dateTime(fact.visitEnd),
                t.late(), words.dateTime(t.dueBy()), t.message(), e.sequence, e.previousHash, e.entryHash, e.contentHash,
                chains.links(c.caseId), v == null ? List.of() : v.present(), fields(v), signOff);
    }

    static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }

    private List<Field> fields(VisitNote v) {
        List<Field> f = new ArrayList<>();
        if (v == null) {
            f.add(new Field("Note", "The stored note can no longer be read.", false));
            return f;
        }
        f.add(new Field("Visit started", words.dateTime(v.visitStart()), false));
        f.add(new Field("Visit ended", words.dateTime(v.visitEnd()), false));
        f.add(new Field("Venue", v.venue(), false));
        f.add(new Field("Purpose", v.purpose(), false));
        f.add(new Field("Child seen", Words.childSeen(v.childSeen(), v.childSeenAlone()), false));
        if (!v.childWasSeen()) {
            f.add(new Field("Reason not seen", v.reasonNotSeen(), true));
        }
        f.add(new Field("Interpreter", v.interpreterWasUsed()
                ? "Yes: " + text(v.interpreterLanguage()) + (v.interpreterName() == null ? "" : ", " + v.interpreterName())
                : "No", false));
        f.add(new Field("Child's views", v.childViews(), true));
        f.add(new Field("Parent or carer views", v.carerViews(), true));
        f.add(new Field("Narrative", v.narrative(), true));
        f.add(new Field("Author", v.author(), false));
        f.add(new Field("Form version", v.formVersion(), false));
        return f;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "(not given)" : s;
    }
}
