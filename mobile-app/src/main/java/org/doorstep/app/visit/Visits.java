package org.doorstep.app.visit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.doorstep.app.enrolment.Session;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.Timeliness;
import org.doorstep.model.timely.WorkingCalendar;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitRules;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.HouseholdPerson;

/** Starting, checking, saving and signing a visit. The rules themselves live in {@link VisitRules}. */
public final class Visits {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Session session;
    private final ZoneId zone;
    private final VisitRules rules;
    private final NoteIds ids;
    private final LateEntryPolicy lateness;

    public Visits(Session session) {
        this.session = session;
        this.zone = session.clock().getZone();
        this.rules = new VisitRules(session.clock());
        this.ids = new NoteIds(session.clock());
        this.lateness = new LateEntryPolicy(WorkingCalendar.englandAndWales(), session.clock());
    }

    /** What the analysis row of a child with no plan yet is about. */
    public static final String NO_PLAN_LABEL = "No plan yet: the concerns that led to the referral";

    public Optional<VisitDraft> current() {
        return session.drafts().load();
    }

    /** The role the signed-in practitioner is listed with at their own visits; they can change it. */
    static final String OWN_ROLE = "social worker";

    /**
     * A new draft for this child: today, started an hour ago, ending now (the practitioner adjusts),
     * and the practitioner listed as present, as they are at nearly every visit (removable).
     */
    public VisitDraft start(CaseSummary child) {
        VisitDraft d = new VisitDraft();
        d.noteId = ids.next().toString();
        d.caseId = child.caseId();
        d.childName = child.childName();
        LocalDateTime now = LocalDateTime.now(session.clock()).withSecond(0).withNano(0);
        d.date = now.toLocalDate();
        LocalDateTime hourAgo = now.minusHours(1);
        d.start = HH_MM.format(hourAgo.toLocalDate().equals(d.date) ? hourAgo : now.withHour(0).withMinute(0));
        d.end = HH_MM.format(now);
        d.venue = child.address() == null ? "" : child.address();
        d.present.add(new VisitDraft.Person(session.identity().displayName(), OWN_ROLE));
        d.belongings = child.property();
        // R5.6-genogram: the network rarely changes between visits; the practitioner edits the latest map.
        d.ecoMap = EcoTieEdit.of(child.ecoMap());
        if (child.planRecommendations() != null) {
            child.planRecommendations().forEach(r -> d.analysis.add(new VisitDraft.Analysis(r.id(), r.text())));
        }
        if (d.analysis.isEmpty()) {
            // R5.2-analysis: a child with no plan yet (a new case) still has a visit analysed, against the referral.
            d.analysis.add(new VisitDraft.Analysis(PlanAnalysis.NO_PLAN, NO_PLAN_LABEL));
        }
        if (child.basis() == RecordedAs.DUTY) {
            d.dutyReason = "";
        }
        save(d);
        return d;
    }

    /**
     * A draft correcting a note this tablet signed (R11-rectify), saved like any draft. The plan comes
     * from the cached caseload when the child is still on it.
     */
    public VisitDraft correct(VisitNote earlier, String childName, CaseSummary child) {
        VisitDraft d = VisitDraft.correcting(earlier, ids.next().toString(), childName,
                child == null ? List.of() : child.planRecommendations(), zone);
        save(d);
        return d;
    }

    /**
     * Who lives with the child now, from the cached caseload, to offer as people present (R5.2-present);
     * empty when the cache is from before the server sent the household as data.
     */
    public List<HouseholdPerson> household(String caseId) {
        return session.caseload().load()
                .flatMap(x -> x.caseload().cases() == null ? Optional.empty()
                        : x.caseload().cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst())
                .map(CaseSummary::householdMembers).orElse(List.of());
    }

    /** People earlier visits met who are not in the household (R5.2-present); empty from an older cache. */
    public List<PresentPerson> knownPeople(String caseId) {
        return session.caseload().load()
                .flatMap(x -> x.caseload().cases() == null ? Optional.empty()
                        : x.caseload().cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst())
                .map(CaseSummary::knownPeople).orElse(List.of());
    }

    public void save(VisitDraft d) {
        session.drafts().save(d);
    }

    public void discard() {
        session.drafts().delete();
    }

    /** What stops this step from being complete, in form order. */
    public List<Violation> check(VisitDraft d, Step step) {
        return checkAll(d).stream().filter(v -> step.shows(v.field())).toList();
    }

    /** Everything that stops the note from being signed. */
    public List<Violation> checkAll(VisitDraft d) {
        List<Violation> v = new ArrayList<>(d.inputProblems());
        List<String> already = v.stream().map(Violation::field).toList();
        rules.check(d.toNote(author(), zone, null)).stream()
                .filter(x -> !already.contains(x.field()))
                .forEach(v::add);
        return v;
    }

    /**
     * R9-timely: the warning to show before signing when the note, signed now, would be a 'Late
     * Entry'; empty when it is in time or the visit's end is not known yet.
     */
    public Optional<String> lateWarning(VisitDraft d) {
        VisitNote n = d.toNote(author(), zone, null);
        // A correction does not make the visit's record late: it was entered when first signed.
        if (n.visitEnd() == null || d.correction()) {
            return Optional.empty();
        }
        Timeliness t = lateness.assessNow(n.visitEnd());
        return t.late() ? Optional.of(t.message()) : Optional.empty();
    }

    /**
     * R2-form-approval: the warning to show before signing when the caseload last fetched from the
     * server does not list this app's form version as approved, so the server will refuse the note.
     * Advice only, it never blocks signing: the list may be old, and the server decides at sync.
     * Empty when approved, or when no caseload (or one from before the list) is cached.
     */
    public Optional<String> formWarning(VisitDraft d) {
        String version = d.toNote(author(), zone, null).formVersion();
        boolean approved = session.caseload().load().map(c -> c.caseload().approves(version)).orElse(true);
        return approved ? Optional.empty() : Optional.of(
                "This form version is not approved on the server; the note will be refused. Update the app.");
    }

    public VisitNote preview(VisitDraft d) {
        return d.toNote(author(), zone, null);
    }

    /**
     * Signs the draft now with the device key, queues it in the outbox and deletes the draft.
     * Throws {@link IllegalStateException} with the first problem when the note may not be signed.
     */
    public SignedNote sign(VisitDraft d) {
        Instant now = session.clock().instant();
        VisitNote note = d.toNote(author(), zone, now);
        List<Violation> problems = new ArrayList<>(d.inputProblems());
        problems.addAll(rules.checkSigned(note));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).message());
        }
        SignedNote signed = SignedNote.sign(note, session.identity().deviceId(), session.signingKey());
        session.outbox().add(signed, d.childName, note.visitStart());
        session.files().queue(note.attachments());
        session.drafts().delete();
        return signed;
    }

    public ZoneId zone() {
        return zone;
    }

    private String author() {
        return session.identity().username();
    }
}
