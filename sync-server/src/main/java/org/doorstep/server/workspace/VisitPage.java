package org.doorstep.server.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doorstep.model.record.Statement;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchSvg;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.sketch.SurfaceSign;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.chain.ChainCheck;
import org.doorstep.model.receipt.ReceiptCheck;
import org.doorstep.model.json.Json;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.Timeliness;
import org.doorstep.model.timely.WorkingCalendar;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.caserecord.CaseRecords;
import org.doorstep.server.caserecord.Evidence;
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

    /** What someone else told the practitioner, labelled fact or opinion and who said it (R11-fact-opinion). */
    /** {@code withheld}: why the statement is restricted from this reader (R7-restricted), its content left out; null when shown. */
    public record Said(String text, boolean fact, boolean firstHand, String saidBy, String label, String withheld) {
    }

    /** One row of the analysis, with the plan recommendation it concerns (R5.2-analysis). */
    public record Analysis(String recommendationId, String recommendation, boolean recommendationFound, String text) {
    }

    public record Action(String what, String byWhom, String byWhen) {
    }

    /**
     * Strengths and concerns as recorded apart (R5.4-balance); {@code flag} is what the supervisor is
     * told when only one side is recorded, null otherwise. Absent from notes signed before the form asked.
     */
    public record StrengthsAndConcerns(String strengths, String concerns, String flag) {

        static StrengthsAndConcerns of(VisitNote v) {
            return v.balance() == org.doorstep.model.record.Balance.NOT_RECORDED ? null
                    : new StrengthsAndConcerns(v.strengths(), v.concerns(), v.balance().flag().orElse(null));
        }
    }

    /** One numbered mark of a sketch, in words (R1-sketch). */
    public record MarkRow(int number, String site, String sizeCm, String shape, String colours, String skinBroken,
                          String swelling, String surface, String childExplanation, String carerExplanation,
                          boolean seen, String firstNoticed) {
    }

    /**
     * A sketch of the note: {@code svg} is {@link SketchSvg}'s output (every text in it escaped by the
     * renderer), the only markup the page inlines from a note.
     */
    public record SketchView(int number, String caption, String template, String svg, String exportPath,
                             List<MarkRow> marks) {
    }

    /**
     * The note in the order a supervisor reads it. Facts, people's own views and the practitioner's
     * assessment are separate groups (R11-fact-opinion). For a failed visit the child and views
     * groups are empty.
     */
    public record Note(boolean readable, boolean failed, String outcome, String actionsAfterFailedVisit,
                       List<Field> whenWhere, List<PresentPerson> present, String purpose, List<Field> interpreter,
                       List<Field> privacy, List<Field> child, String informationExchanged, List<Field> childViews,
                       String carerViews, String narrative, List<Said> said, List<Field> household,
                       String relationshipQuality, List<Analysis> analysis, StrengthsAndConcerns balance,
                       List<Action> actions, List<SketchView> sketches, List<Field> authorship) {

        static Note unreadable() {
            return new Note(false, false, null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(), null,
                    List.of(), null, null, List.of(), List.of(), null, List.of(), null, List.of(), List.of(), List.of());
        }
    }

    public record SignOff(String by, String at, String reasons) {
    }

    /**
     * One version of the visit (R11-rectify): the first record is version 1, each correction the next.
     *
     * @param corrects the number of the version this one corrects; null for the first record
     * @param changed  what this version changed against the one it corrects, in the page's words
     * @param shown    the version this page shows
     */
    public record Version(int number, String noteId, String signedBy, String signedAt, String receivedAt,
                          String reason, Integer corrects, List<String> changed, boolean shown, boolean current,
                          boolean signedOff, boolean receiptIntact) {
    }

    public record View(String noteId, String caseId, String childName, String practitioner, String deviceId,
                       boolean signatureVerified, boolean contentMatches, String signedAt, String receivedAt,
                       String visitEnded, boolean lateEntry, String dueBy, String timeliness, long sequence,
                       String previousHash, String entryHash, String contentHash, ChainCheck chain,
                       Note note, SignOff signOff, List<Version> versions, ReceiptCheck receipt,
                       String syncedSinceSigning) {

        /** True only when the signature, the content, the server's receipt and the case's chain all hold. */
        public boolean evidenceIntact() {
            return signatureVerified && contentMatches && receipt.intact() && chain.intact();
        }

        /** What does not hold, in words, for the page's warning; empty when the evidence is intact. */
        public List<String> evidenceProblems() {
            List<String> out = new ArrayList<>();
            if (!signatureVerified) {
                out.add("The note's signature does not verify against the key stored for device " + deviceId + ".");
            }
            if (!contentMatches) {
                out.add("The note's content no longer matches the hash recorded when it arrived.");
            }
            if (!receipt.intact()) {
                out.add(receipt.problem());
            }
            if (!chain.intact()) {
                out.add("The case's chain of entries is broken: " + chain.reason() + ".");
            }
            return out;
        }

        /** The version this page shows. */
        public Version version() {
            return versions.stream().filter(Version::shown).findFirst().orElseThrow();
        }

        /** The visit's current version: the last correction received, or the first record. */
        public Version currentVersion() {
            return versions.get(versions.size() - 1);
        }

        /** True when a later correction replaced this version: it is kept and readable, not current. */
        public boolean superseded() {
            return !version().current();
        }
    }

    private final Words words;
    private final CaseChains chains;
    private final LateEntryPolicy policy;
    private final Evidence evidence;

    VisitPage(Words words, CaseChains chains, java.time.Clock clock, Evidence evidence) {
        this.words = words;
        this.chains = chains;
        this.evidence = evidence;
        this.policy = new LateEntryPolicy(WorkingCalendar.englandAndWales(), clock);
    }

    public View of(CaseEntryRow e) {
        return of(e, org.doorstep.server.confidential.Withheld.NOTHING);
    }

    /** The visit as this reader may see it: restricted statements they may not see are withheld (R7-restricted). */
    public View of(CaseEntryRow e, org.doorstep.server.confidential.Withheld hidden) {
        ChildCase c = ChildCase.findById(e.caseId);
        Staff author = Staff.named(e.author);
        VisitNote v = CaseRecords.visit(e);
        boolean verified = CaseRecords.signatureVerified(e, new HashMap<>());
        String contentHashNow = e.chainLink().contentHash();
        boolean contentMatches = contentHashNow.equals(e.contentHash);
        Evidence.Checker checker = evidence.checker();
        List<CaseEntryRow> versions = e.versions();
        if (versions.isEmpty()) {
            versions = List.of(e);
        }
        // R9-timely from the note's own end time and when the visit was first entered: a correction
        // made later does not make the record of the visit late.
        VisitFact fact = VisitFact.byNoteId(e.noteId);
        Instant visitEnd = v != null ? v.visitEnd() : fact != null ? fact.visitEnd : e.visitStart;
        Timeliness t = policy.assess(visitEnd, versions.get(0).signedAt);
        ManagementDecision d = ManagementDecision.signOffOf(e.noteId);
        SignOff signOff = d == null ? null
                : new SignOff(name(d.decidedBy), words.dateTime(d.decidedAt), d.reasons);
        return new View(e.noteId, c.caseId, c.childName, author == null ? e.author : author.displayName, e.deviceId,
                verified, contentMatches, words.exact(e.signedAt), words.exact(e.receivedAt), words.dateTime(visitEnd),
                t.late(), words.dateTime(t.dueBy()), t.message(), e.sequence, e.previousHash, e.entryHash, e.contentHash,
                chains.links(c.caseId), note(e.noteId, c.caseId, v, hidden), signOff, versions(versions, e.noteId, checker),
                checker.check(e, contentHashNow), e.syncedSinceSigning == null ? null : words.exact(e.syncedSinceSigning));
    }

    /** Every version of the visit with what each correction changed and why (R11-rectify). */
    private List<Version> versions(List<CaseEntryRow> entries, String shown, Evidence.Checker checker) {
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, JsonNode> trees = new HashMap<>();
        List<Version> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CaseEntryRow e = entries.get(i);
            numbers.put(e.noteId, i + 1);
            JsonNode tree = Json.read(e.noteJson, JsonNode.class);
            trees.put(e.noteId, tree);
            Integer corrects = e.amends == null ? null : numbers.get(e.amends);
            List<String> changed = e.amends == null || !trees.containsKey(e.amends) ? List.of()
                    : VersionChanges.between(trees.get(e.amends), tree);
            String reason = tree.path("amendment").path("reason").isTextual()
                    ? tree.path("amendment").path("reason").asText() : null;
            out.add(new Version(i + 1, e.noteId, name(e.author), words.exact(e.signedAt), words.exact(e.receivedAt),
                    reason, corrects, changed, e.noteId.equals(shown), i == entries.size() - 1,
                    ManagementDecision.signOffOf(e.noteId) != null, checker.check(e, e.chainLink().contentHash()).intact()));
        }
        return out;
    }

    public static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }

    /** The note's sketches, or empty when the stored note cannot be read. */
    public List<Sketch> sketches(CaseEntryRow entry) {
        VisitNote v = CaseRecords.visit(entry);
        return v == null ? List.of() : v.sketches();
    }

    public static String sketchPath(String noteId, int number) {
        return "/workspace/visits/" + noteId + "/sketches/" + number + ".svg";
    }

    private Note note(String noteId, String caseId, VisitNote v, org.doorstep.server.confidential.Withheld hidden) {
        if (v == null) {
            return Note.unreadable();
        }
        boolean failed = v.failedVisit();
        List<Field> whenWhere = List.of(
                new Field("Visit started", words.dateTime(v.visitStart()), false),
                new Field("Visit ended", words.dateTime(v.visitEnd()), false),
                new Field("Venue", v.venue(), false));
        // A failed visit records no interpreter, privacy notice or household change: those groups
        // show only when the note holds something for them.
        List<Field> interpreter = new ArrayList<>();
        boolean interpreterNamed = v.interpreterLanguage() != null || v.interpreterName() != null;
        if (!failed || v.interpreterUsed() != null || interpreterNamed) {
            interpreter.add(new Field("Interpreter used", yesNo(v.interpreterUsed()), false));
        }
        if (v.interpreterWasUsed() || interpreterNamed) {
            interpreter.add(new Field("Language", v.interpreterLanguage(), false));
            interpreter.add(new Field("Interpreter's name", v.interpreterName(), false));
        }
        List<Field> privacy = new ArrayList<>();
        PrivacyNotice notice = v.privacyNotice();
        if (!failed || notice != null) {
            privacy.add(new Field("Privacy notice given", yesNo(notice == null ? null : notice.given()), false));
        }
        if (notice != null && notice.languageOrFormat() != null) {
            privacy.add(new Field("Language or format", notice.languageOrFormat(), false));
        }
        List<Field> child = new ArrayList<>();
        List<Field> childViews = new ArrayList<>();
        if (!failed) {
            child.add(new Field("Child seen", yesNo(v.childSeen()), false));
            if (v.childWasSeen()) {
                child.add(new Field("Seen alone", yesNo(v.childSeenAlone()), false));
                if (Boolean.FALSE.equals(v.childSeenAlone())) {
                    // Older notes were signed before the form asked; say so rather than show a blank.
                    child.add(new Field("Why not seen alone", v.reasonNotSeenAlone() == null
                            ? "Not asked (the note predates the question)" : v.reasonNotSeenAlone(), true));
                }
            } else {
                child.add(new Field("Reason not seen", v.reasonNotSeen(), true));
            }
            childViews.add(new Field("The child's views", v.childViews(), true));
            childViews.add(new Field("How the views were gathered", v.childViewsSupport(), true));
        }
        List<Said> said = new ArrayList<>();
        for (int i = 0; i < v.reportedByOthers().size(); i++) {
            Statement st = v.reportedByOthers().get(i);
            said.add(hidden.of(noteId, i).map(r -> new Said(null, false, false, null, null, r.reasonLabel()))
                    .orElseGet(() -> new Said(st.text(), st.kind() == Statement.Kind.FACT,
                            st.source() == Statement.Source.FIRST_HAND, st.saidBy(), st.label(), null)));
        }
        List<Field> household = new ArrayList<>();
        if (!failed || v.householdChanged() != null || v.significantChange() != null) {
            household.add(new Field("Change in who lives in the household", yesNo(v.householdChanged()), false));
        }
        if (Boolean.TRUE.equals(v.householdChanged()) || v.significantChange() != null) {
            household.add(new Field("Significant change", v.significantChange(), true));
        }
        Map<String, String> plan = new HashMap<>();
        PlanItem.<PlanItem>list("caseId = ?1", caseId).forEach(p -> plan.put(p.id, p.text));
        List<Analysis> analysis = v.analysis().stream().map(a -> new Analysis(a.recommendationId(),
                plan.getOrDefault(a.recommendationId(), "This recommendation is not in the child's current plan."),
                plan.containsKey(a.recommendationId()), a.text())).toList();
        List<Action> actions = v.actions().stream()
                .map(a -> new Action(a.what(), name(a.byWhom()), words.date(a.byWhen()))).toList();
        List<SketchView> sketches = new ArrayList<>();
        for (int i = 0; i < v.sketches().size(); i++) {
            sketches.add(sketch(noteId, i + 1, v.sketches().get(i)));
        }
        List<Field> authorship = new ArrayList<>();
        authorship.add(new Field("Completed and signed by", name(v.author()), false));
        authorship.add(new Field("Information supplied by", v.suppliedBy() == null
                ? "The author, who was at the visit" : v.suppliedBy(), false));
        authorship.add(new Field("Form version", v.formVersion(), false));
        return new Note(true, failed, v.outcome() == null ? "Not recorded (the note predates the question)" : v.outcome().label(),
                v.actionsAfterFailedVisit(), whenWhere, v.present(), v.purpose(), interpreter, privacy, child,
                v.informationExchanged(), childViews, failed ? null : v.carerViews(), v.narrative(), said, household,
                v.relationshipQuality(), analysis, StrengthsAndConcerns.of(v), actions, sketches, authorship);
    }

    private static SketchView sketch(String noteId, int number, Sketch s) {
        SketchTemplate template = SketchTemplates.orBlank(s.templateId());
        List<MarkRow> marks = s.marks().stream().map(m -> new MarkRow(m.number(), m.site(),
                m.sizeCm() == null ? null : m.sizeCm().toString(), m.shape(),
                m.colours().isEmpty() ? null : String.join(", ", m.colours()), yesNo(m.skinBroken()), yesNo(m.swelling()),
                m.surface().isEmpty() ? "None recorded" : m.surface().stream().map(SurfaceSign::words).collect(Collectors.joining(", ")),
                m.childExplanation(), m.carerExplanation(), m.basis() == MarkBasis.SEEN, m.firstNoticed())).toList();
        // The SVG names itself by its caption; a sketch without one is named here, for screen readers only.
        Sketch named = s.caption().isBlank()
                ? new Sketch(s.version(), s.templateId(), "Sketch " + number + ", no caption given", s.width(), s.height(),
                        s.strokes(), s.marks())
                : s;
        return new SketchView(number, s.caption().isBlank() ? null : s.caption(), template.title(),
                SketchSvg.render(named, template), sketchPath(noteId, number), marks);
    }

    private static String yesNo(Boolean b) {
        return b == null ? "Not recorded" : b ? "Yes" : "No";
    }
}
