package org.doorstep.app.visit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.model.record.Statement;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchCodec;
import org.doorstep.model.visit.Amendment;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.visit.VisitAction;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.PlanRecommendation;

/**
 * The visit while the practitioner is still writing it: every field editable and any of them may be
 * empty. Autosaved (encrypted) on every change; turned into an immutable {@link VisitNote} to check
 * and sign. Plain Java with public fields so it stores as JSON as-is.
 */
public final class VisitDraft {

    public static final String FORM_VERSION = "visit-2";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    public String noteId;
    public String caseId;
    public String childName;
    public int step;
    /** Whether the visit went ahead; null until the first question is answered (R5.2-failed). */
    public VisitOutcome outcome;
    public LocalDate date;
    public String start = "";
    public String end = "";
    public String venue = "";
    public String purpose = "";
    public List<Person> present = new ArrayList<>();
    public Boolean interpreterUsed;
    public String interpreterLanguage = "";
    public String interpreterName = "";
    public Boolean childSeen;
    public Boolean childSeenAlone;
    public String reasonNotSeen = "";
    /** Why a child who was seen was not seen alone (R5.2-child-seen). */
    public String reasonNotSeenAlone = "";
    public String childViews = "";
    public String carerViews = "";
    public String narrative = "";
    public String informationExchanged = "";
    public String childViewsSupport = "";
    public List<Reported> reported = new ArrayList<>();
    public Boolean householdChanged;
    public String significantChange = "";
    public String relationshipQuality = "";
    /** One row per recommendation of the child's plan, as cached when the visit started. */
    public List<Analysis> analysis = new ArrayList<>();
    public List<Action> actions = new ArrayList<>();
    /** R5.4-balance: what is going well, and what worries the practitioner, recorded apart. */
    public String strengths = "";
    public String concerns = "";
    public String actionsAfterFailedVisit = "";
    public Boolean privacyNoticeGiven;
    public String privacyNoticeLanguage = "";
    /** Whether the signed-in practitioner was at the visit; if not, who supplied the information (R4-author). */
    public Boolean authorWasThere = Boolean.TRUE;
    public String suppliedBy = "";
    /**
     * Sketches and body maps (R1-sketch), each as its {@link SketchCodec} JSON, written on every
     * change of the pad so a drawing in progress survives the app being killed.
     */
    public List<String> sketches = new ArrayList<>();
    /**
     * R5.4-child-property: the child's belongings as the caseload listed them when the visit started;
     * null when the case has no list on the tablet (then the step does not offer them).
     */
    public List<org.doorstep.model.wire.PropertyLine> belongings;
    /** The changes to them recorded at this visit, signed with the note. */
    public List<PropertyEdit> propertyChanges = new ArrayList<>();
    /**
     * R5.6-genogram: the child's eco-map as edited at this visit, prefilled from the case's latest; signed
     * with the note when it has anyone on it.
     */
    public List<EcoTieEdit> ecoMap = new ArrayList<>();
    /** R1-media: documents and photos chosen for the note; their bytes are in the encrypted store. */
    public List<org.doorstep.model.media.Attachment> attachments = new ArrayList<>();
    /**
     * For a duty visit to an unallocated case (R14-cover): why the practitioner on duty visited; null
     * when the case is theirs (allocated or covering). Signed with the note.
     */
    public String dutyReason;
    /** For a correction (R11-rectify): the note it corrects; null when writing a visit's first record. */
    public String amends;
    /** For a correction: when the corrected note was signed, to say which note this replaces. */
    public Instant amendsSignedAt;
    /** For a correction: why the earlier version was wrong or incomplete. */
    public String correctionReason = "";
    /** For a correction: the corrected note's exact times, kept where the practitioner leaves them as they were. */
    public Instant amendsStart;
    public Instant amendsEnd;

    /** A change to one of the child's belongings, as typed (R5.4-child-property). */
    public static final class PropertyEdit {
        public org.doorstep.model.property.PropertyChange.Kind kind;
        /** The listed item; null for an item added at this visit. */
        public Long itemId;
        public String description = "";
        public String location = "";

        public PropertyEdit() {
        }

        PropertyEdit(org.doorstep.model.property.PropertyChange.Kind kind, Long itemId, String description, String location) {
            this.kind = kind;
            this.itemId = itemId;
            this.description = description == null ? "" : description;
            this.location = location == null ? "" : location;
        }

        org.doorstep.model.property.PropertyChange change() {
            return new org.doorstep.model.property.PropertyChange(kind, itemId,
                    kind == org.doorstep.model.property.PropertyChange.Kind.ADDED ? trim(description) : null,
                    blank(location) ? null : trim(location));
        }
    }

    /** Something another person told the practitioner (R11-fact-opinion). */
    public static final class Reported {
        public String text = "";
        public boolean opinion;
        public String saidBy = "";

        boolean blank() {
            return VisitDraft.blank(text) && VisitDraft.blank(saidBy);
        }
    }

    /** The analysis against one plan recommendation (R5.2-analysis); left empty when the visit said nothing about it. */
    public static final class Analysis {
        public String recommendationId;
        public String recommendation = "";
        public String text = "";

        public Analysis() {
        }

        public Analysis(String recommendationId, String recommendation) {
            this.recommendationId = recommendationId;
            this.recommendation = recommendation;
        }
    }

    /** Something to be done after the visit. */
    public static final class Action {
        public String what = "";
        public String byWhom = "";
        public LocalDate byWhen;
    }

    /** An editable person at the visit. */
    public static final class Person {
        public String name = "";
        public String role = "";

        public Person() {
        }

        public Person(String name, String role) {
            this.name = name;
            this.role = role;
        }
    }

    /** What discarding this draft throws away, in a few words: "12 answers and 1 sketch". */
    public String whatIsLost() {
        long answers = java.util.stream.Stream.of(venue, purpose, reasonNotSeen, reasonNotSeenAlone, childViews, carerViews,
                narrative, informationExchanged, childViewsSupport, significantChange, relationshipQuality, strengths,
                concerns, actionsAfterFailedVisit, privacyNoticeLanguage, interpreterLanguage, interpreterName, suppliedBy)
                .filter(t -> !blank(t)).count()
                + java.util.stream.Stream.of(outcome, childSeen, childSeenAlone, interpreterUsed, householdChanged,
                        privacyNoticeGiven).filter(java.util.Objects::nonNull).count()
                + present.size() + reported.size() + actions.size() + propertyChanges.size() + ecoMap.size() + analysis.stream().filter(a -> !blank(a.text)).count();
        return "Its " + answers + (answers == 1 ? " answer" : " answers")
                + (sketches.isEmpty() ? "" : " and " + sketches.size() + (sketches.size() == 1 ? " sketch" : " sketches"));
    }

    public boolean failed() {
        return outcome != null && outcome.failed();
    }

    /** The note as it would be signed now ({@code signedAt} may be null to check content only). */
    public VisitNote toNote(String author, ZoneId zone, Instant signedAt) {
        boolean completed = outcome == VisitOutcome.COMPLETED;
        VisitNote note = content(author, zone, signedAt).withAttachments(attachments)
                .withBalance(completed ? trim(strengths) : null, completed ? trim(concerns) : null)
                .withPropertyChanges(completed ? propertyChanges.stream().map(PropertyEdit::change).toList() : List.of())
                .withEcoMap(completed ? EcoTieEdit.map(childName, ecoMap) : null);
        // A blank reason stays blank (not null) so the rules ask for it beside its field.
        return dutyReason == null ? note : note.onDuty(dutyReason.strip());
    }

    public boolean onDuty() {
        return dutyReason != null;
    }

    private VisitNote content(String author, ZoneId zone, Instant signedAt) {
        boolean completed = outcome == VisitOutcome.COMPLETED;
        boolean seen = completed && Boolean.TRUE.equals(childSeen);
        return new VisitNote(noteId, caseId, FORM_VERSION, outcome,
                unchanged(instant(start, zone), amendsStart), unchanged(endInstant(zone), amendsEnd),
                trim(venue),
                present.stream().map(p -> new PresentPerson(trim(p.name), trim(p.role))).toList(),
                trim(purpose),
                completed ? childSeen : null,
                seen ? childSeenAlone : (completed && childSeen != null ? Boolean.FALSE : null),
                completed && Boolean.FALSE.equals(childSeen) ? trim(reasonNotSeen) : null,
                completed ? interpreterUsed : null,
                completed && Boolean.TRUE.equals(interpreterUsed) ? trim(interpreterLanguage) : null,
                completed && Boolean.TRUE.equals(interpreterUsed) ? trim(interpreterName) : null,
                completed ? trim(informationExchanged) : null,
                seen ? trim(childViews) : null,
                seen ? trim(childViewsSupport) : null,
                completed ? trim(carerViews) : null,
                trim(narrative),
                completed ? statements() : List.of(),
                completed ? householdChanged : null,
                completed && !blank(significantChange) ? trim(significantChange) : null,
                completed ? trim(relationshipQuality) : null,
                completed ? analysis.stream().filter(a -> !blank(a.text))
                        .map(a -> new PlanAnalysis(a.recommendationId, trim(a.text))).toList() : List.of(),
                actions.stream().map(a -> new VisitAction(trim(a.what), trim(a.byWhom), a.byWhen)).toList(),
                failed() ? trim(actionsAfterFailedVisit) : null,
                completed ? new PrivacyNotice(privacyNoticeGiven,
                        Boolean.TRUE.equals(privacyNoticeGiven) ? trim(privacyNoticeLanguage) : null) : null,
                completed ? sketches() : List.of(),
                Boolean.FALSE.equals(authorWasThere) ? text(suppliedBy).strip() : null,
                author, signedAt, correction() ? new Amendment(amends, trim(correctionReason)) : null,
                seen && Boolean.FALSE.equals(childSeenAlone) ? trim(reasonNotSeenAlone) : null);
    }

    public boolean correction() {
        return amends != null;
    }

    /**
     * A draft correcting {@code earlier} (R11-rectify): every field as signed, under a new id, so the
     * practitioner changes only what was wrong. The plan rows come from the cached plan where it still
     * holds them, so a recommendation removed since the visit keeps its analysis, named by its id.
     */
    public static VisitDraft correcting(VisitNote earlier, String noteId, String childName,
                                        List<PlanRecommendation> plan, ZoneId zone) {
        VisitDraft d = new VisitDraft();
        d.noteId = noteId;
        d.caseId = earlier.caseId();
        d.childName = childName;
        d.amends = earlier.noteId();
        d.amendsSignedAt = earlier.signedAt();
        d.amendsStart = earlier.visitStart();
        d.amendsEnd = earlier.visitEnd();
        d.outcome = earlier.outcome();
        d.dutyReason = earlier.dutyReason();
        if (earlier.visitStart() != null) {
            d.date = earlier.visitStart().atZone(zone).toLocalDate();
            d.start = HH_MM.format(earlier.visitStart().atZone(zone));
        }
        if (earlier.visitEnd() != null) {
            d.end = HH_MM.format(earlier.visitEnd().atZone(zone));
        }
        d.venue = text(earlier.venue());
        d.purpose = text(earlier.purpose());
        earlier.present().forEach(p -> d.present.add(new Person(p.name(), p.role())));
        d.interpreterUsed = earlier.interpreterUsed();
        d.interpreterLanguage = text(earlier.interpreterLanguage());
        d.interpreterName = text(earlier.interpreterName());
        d.childSeen = earlier.childSeen();
        d.childSeenAlone = earlier.childSeenAlone();
        d.reasonNotSeen = text(earlier.reasonNotSeen());
        d.reasonNotSeenAlone = text(earlier.reasonNotSeenAlone());
        d.childViews = text(earlier.childViews());
        d.childViewsSupport = text(earlier.childViewsSupport());
        d.carerViews = text(earlier.carerViews());
        d.narrative = text(earlier.narrative());
        d.informationExchanged = text(earlier.informationExchanged());
        for (Statement st : earlier.reportedByOthers()) {
            Reported r = new Reported();
            r.text = st.text();
            r.opinion = st.kind() == Statement.Kind.OPINION;
            r.saidBy = text(st.saidBy());
            d.reported.add(r);
        }
        d.householdChanged = earlier.householdChanged();
        d.significantChange = text(earlier.significantChange());
        d.relationshipQuality = text(earlier.relationshipQuality());
        d.strengths = text(earlier.strengths());
        d.concerns = text(earlier.concerns());
        // Signed again as they were; the server applied them with the first record and does not apply them twice.
        earlier.propertyChanges().forEach(c -> d.propertyChanges.add(
                new PropertyEdit(c.kind(), c.itemId(), c.description(), c.location())));
        d.ecoMap = EcoTieEdit.of(earlier.ecoMap());
        List<PlanRecommendation> recommendations = plan == null ? List.of() : plan;
        recommendations.forEach(r -> d.analysis.add(new Analysis(r.id(), r.text())));
        for (PlanAnalysis a : earlier.analysis()) {
            Analysis row = d.analysis.stream().filter(x -> a.recommendationId().equals(x.recommendationId)).findFirst()
                    .orElseGet(() -> {
                        Analysis missing = new Analysis(a.recommendationId(), a.recommendationId());
                        d.analysis.add(missing);
                        return missing;
                    });
            row.text = a.text();
        }
        for (VisitAction a : earlier.actions()) {
            Action row = new Action();
            row.what = text(a.what());
            row.byWhom = text(a.byWhom());
            row.byWhen = a.byWhen();
            d.actions.add(row);
        }
        d.actionsAfterFailedVisit = text(earlier.actionsAfterFailedVisit());
        if (earlier.privacyNotice() != null) {
            d.privacyNoticeGiven = earlier.privacyNotice().given();
            d.privacyNoticeLanguage = text(earlier.privacyNotice().languageOrFormat());
        }
        d.authorWasThere = earlier.suppliedBy() == null;
        d.suppliedBy = text(earlier.suppliedBy());
        earlier.sketches().forEach(sk -> d.sketches.add(SketchCodec.encode(sk)));
        // The server holds the earlier note's files already: a correction names them again, by hash.
        d.attachments.addAll(earlier.attachments());
        return d;
    }

    /** The form holds minutes; a time left as it was keeps the corrected note's exact instant, so it reads as unchanged. */
    private Instant unchanged(Instant typed, Instant earlier) {
        return correction() && typed != null && earlier != null
                && typed.equals(earlier.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)) ? earlier : typed;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The sketches as they will be signed; an empty one (no ink, no marks) is left out. */
    public List<Sketch> sketches() {
        List<Sketch> out = new ArrayList<>();
        for (String json : sketches) {
            Sketch s = SketchCodec.decode(json);
            if (!s.strokes().isEmpty() || !s.marks().isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        for (Reported r : reported) {
            if (r.blank()) {
                continue;
            }
            try {
                out.add(Statement.reported(r.text, r.opinion ? Statement.Kind.OPINION : Statement.Kind.FACT, r.saidBy));
            } catch (IllegalArgumentException e) {
                // said in inputProblems(); such a draft cannot be signed
            }
        }
        return out;
    }

    /** Times typed in a form the rules cannot see (e.g. "2pm"): said here, beside the field. */
    public List<Violation> inputProblems() {
        List<Violation> v = new ArrayList<>();
        if (date == null) {
            v.add(new Violation("visitStart", "R1-contemporaneous", "Choose the date of the visit."));
        }
        if (!blank(start) && time(start) == null) {
            v.add(new Violation("visitStart", "R1-contemporaneous", "Enter the start time as hours:minutes, e.g. 14:30."));
        }
        if (!blank(end) && time(end) == null) {
            v.add(new Violation("visitEnd", "R1-contemporaneous", "Enter the end time as hours:minutes, e.g. 15:15."));
        }
        if (outcome == VisitOutcome.COMPLETED) {
            for (int i = 0; i < reported.size(); i++) {
                Reported r = reported.get(i);
                if (r.blank()) {
                    continue;
                }
                try {
                    Statement.reported(r.text, Statement.Kind.FACT, r.saidBy);
                } catch (IllegalArgumentException e) {
                    v.add(new Violation("reportedByOthers", Statement.REQUIREMENT, "Statement " + (i + 1) + ": " + e.getMessage()));
                }
            }
        }
        return v;
    }

    /** The day the visit ended when that is not the visit's date (it ran past midnight), else null. */
    public LocalDate endsOnLaterDay(ZoneId zone) {
        Instant ended = endInstant(zone);
        if (ended == null) {
            return null;
        }
        LocalDate day = ended.atZone(zone).toLocalDate();
        return day.equals(date) ? null : day;
    }

    /**
     * The form has one date, so a visit that runs past midnight (an evening visit that ends at 00:20)
     * has an end time before its start: that end is on the next day, when that keeps the visit within
     * the longest a visit may last; otherwise it stays on the day and the rules say it ends too early.
     */
    private Instant endInstant(ZoneId zone) {
        Instant begun = instant(start, zone);
        Instant ended = instant(end, zone);
        if (begun == null || ended == null || !ended.isBefore(begun)) {
            return ended;
        }
        Instant nextDay = date.plusDays(1).atTime(time(end)).atZone(zone).toInstant();
        return java.time.Duration.between(begun, nextDay).compareTo(org.doorstep.model.visit.VisitRules.LONGEST_VISIT) <= 0 ? nextDay : ended;
    }

    private Instant instant(String text, ZoneId zone) {
        LocalTime t = time(text);
        return date == null || t == null ? null : date.atTime(t).atZone(zone).toInstant();
    }

    static LocalTime time(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('.', ':'), HH_MM);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
