package org.doorstep.model.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.doorstep.model.record.Statement;

/**
 * What a visit note must hold before it can be signed (STANDARD.md 5.2). The tablet runs these
 * rules beside each field; the server runs the same rules again on every note it receives.
 */
public final class VisitRules {

    /** Longest text a single field may hold; a visit narrative is long, but not a book. */
    public static final int MAX_TEXT = 20_000;
    /*
     * Bounds no real visit comes near (issue 11): a note past them is refused with a 422 before it is
     * stored, so a page that shows it stays quick. A visit's sketches hold a few thousand points; a
     * signed note with its sketches is some tens of kilobytes.
     */
    /** Largest signed note, as its canonical JSON bytes. */
    public static final int MAX_NOTE_BYTES = 1_000_000;
    public static final int MAX_SKETCHES = 20;
    /** Points over all of a note's sketches. */
    public static final int MAX_NOTE_POINTS = 50_000;
    /** Numbered marks over all of a note's sketches. */
    public static final int MAX_NOTE_MARKS = 200;
    /** People present, analysis rows, actions. */
    public static final int MAX_ROWS = 50;
    public static final int MAX_STATEMENTS = 100;
    /** How far a device clock may run ahead of the server's before a time counts as "in the future". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A single visit longer than this is almost certainly a mistyped date. */
    public static final Duration LONGEST_VISIT = Duration.ofHours(12);

    private final Clock clock;

    public VisitRules(Clock clock) {
        this.clock = clock;
    }

    /** Every rule broken by the note's content, in form order; empty when the note may be signed. */
    public List<Violation> check(VisitNote note) {
        List<Violation> v = new ArrayList<>();
        required(v, note.caseId(), "caseId", "R1-contemporaneous", "Choose the child this visit is about.");
        required(v, note.formVersion(), "formVersion", "R2-form-approval", "The note must name the form version it was captured with.");
        if (note.outcome() == null) {
            v.add(new Violation("outcome", "R5.2-failed", "Say whether the visit went ahead, and if not, what happened."));
        }
        checkTimes(v, note);
        required(v, note.venue(), "venue", "R5.2-venue", "Say where the visit took place.");
        checkPresent(v, note);
        required(v, note.purpose(), "purpose", "R5.2-purpose", "Say what the visit was for.");
        required(v, note.author(), "author", "R4-author", "The practitioner who completes the note must be named.");
        checkAuthor(v, note);
        if (note.failedVisit()) {
            checkFailedVisit(v, note);
        } else {
            checkCompletedVisit(v, note);
        }
        checkActions(v, note);
        checkReported(v, note);
        checkLengths(v, note);
        checkBounds(v, note);
        checkAmendment(v, note);
        checkDutyReason(v, note);
        return List.copyOf(v);
    }

    /** The note's size as signed: its canonical JSON may not pass {@link #MAX_NOTE_BYTES}. */
    public static List<Violation> checkSize(long canonicalBytes) {
        if (canonicalBytes <= MAX_NOTE_BYTES) {
            return List.of();
        }
        return List.of(new Violation("note", "R1-signed", "The note is " + canonicalBytes / 1000 + " kB; a note may be at most "
                + MAX_NOTE_BYTES / 1000 + " kB. Split the drawings over fewer, simpler sketches."));
    }

    private static void checkBounds(List<Violation> v, VisitNote note) {
        countAtMost(v, note.present().size(), MAX_ROWS, "present", "R5.2-present", "people present");
        countAtMost(v, note.analysis().size(), MAX_ROWS, "analysis", "R5.2-analysis", "analysis rows");
        countAtMost(v, note.actions().size(), MAX_ROWS, "actions", "R5.2-analysis", "actions");
        countAtMost(v, note.reportedByOthers().size(), MAX_STATEMENTS, "reportedByOthers", Statement.REQUIREMENT,
                "things others said");
        countAtMost(v, note.sketches().size(), MAX_SKETCHES, "sketches", "R1-sketch", "sketches");
        long points = note.sketches().stream().flatMap(s -> s.strokes().stream()).mapToLong(s -> s.points().size()).sum();
        countAtMost(v, points, MAX_NOTE_POINTS, "sketches", "R1-sketch", "drawn points over all sketches");
        long marks = note.sketches().stream().mapToLong(s -> s.marks().size()).sum();
        countAtMost(v, marks, MAX_NOTE_MARKS, "sketches", "R1-sketch", "numbered marks over all sketches");
        v.addAll(org.doorstep.model.media.AttachmentRules.check(note.attachments()));
        v.addAll(org.doorstep.model.record.Balance.lengths(note.strengths(), note.concerns()));
        v.addAll(org.doorstep.model.property.PropertyRules.changes(note.propertyChanges()));
        if (note.ecoMap() != null) {
            v.addAll(note.ecoMap().problems());
        }
    }

    private static void countAtMost(List<Violation> v, long count, long max, String field, String requirement, String what) {
        if (count > max) {
            v.add(new Violation(field, requirement, "A note may hold at most " + max + " " + what + "; this one holds "
                    + count + "."));
        }
    }

    /**
     * R11-rectify: a correction names the note it corrects (an id the tablet holds, never itself) and
     * says why. Whether that note is in the record, and in the same case, only the server can tell.
     */
    private void checkAmendment(List<Violation> v, VisitNote note) {
        Amendment a = note.amendment();
        if (a == null) {
            return;
        }
        if (blank(a.amends()) || !NoteIds.isV7(a.amends())) {
            v.add(new Violation("amends", Amendment.REQUIREMENT, "A correction must name the note it corrects."));
        } else if (a.amends().equals(note.noteId())) {
            v.add(new Violation("amends", Amendment.REQUIREMENT, "A note cannot correct itself."));
        }
        if (blank(a.reason())) {
            v.add(new Violation("amendmentReason", Amendment.REQUIREMENT,
                    "Say why the earlier version needs correcting, e.g. the wrong date was entered."));
        } else if (a.reason().length() > Amendment.MAX_REASON) {
            v.add(new Violation("amendmentReason", Amendment.REQUIREMENT,
                    "Keep the reason under " + Amendment.MAX_REASON + " characters; put details in the note itself."));
        }
    }

    /** R14-cover: a duty visit's reason, when given, is the practitioner's account and has a length. */
    private void checkDutyReason(List<Violation> v, VisitNote note) {
        if (note.dutyReason() != null && note.dutyReason().isBlank()) {
            v.add(new Violation("dutyReason", RecordedAs.REQUIREMENT,
                    "You are visiting on duty: say why, for example: the school raised a concern and the allocated worker has left."));
        } else if (note.dutyReason() != null && note.dutyReason().length() > RecordedAs.MAX_DUTY_REASON) {
            v.add(new Violation("dutyReason", RecordedAs.REQUIREMENT,
                    "Keep the reason under " + RecordedAs.MAX_DUTY_REASON + " characters; put details in the note itself."));
        }
    }

    /**
     * R5.2-analysis: every analysis row names a recommendation of this child's plan. The server runs
     * it against every recommendation the case ever had (retired ones too: a tablet may have signed
     * before the change reached it), and accepts an analysis made without a plan, because the plan may
     * have been recorded after the note was signed. The tablet runs {@link #checkAgainstPlan} instead.
     */
    public List<Violation> checkPlanLinks(VisitNote note, Collection<String> recommendationIds) {
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < note.analysis().size(); i++) {
            String id = linkedRecommendation(note.analysis().get(i));
            if (id != null && !recommendationIds.contains(id)) {
                v.add(new Violation("analysis", "R5.2-analysis", "Analysis " + (i + 1)
                        + " is linked to a recommendation (" + id + ") that is not in this child's plan."));
            }
        }
        return List.copyOf(v);
    }

    /** The plan recommendations the note's analysis names; when none, no plan needs reading to check it. */
    public static Set<String> linkedRecommendations(VisitNote note) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (PlanAnalysis a : note.analysis()) {
            String id = linkedRecommendation(a);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String linkedRecommendation(PlanAnalysis a) {
        String id = a.recommendationId();
        return blank(id) || PlanAnalysis.NO_PLAN.equals(id) ? null : id;
    }

    /**
     * R5.2-analysis before signing, against the plan the tablet holds now: links as above, and an
     * analysis without a plan only while the child has none.
     */
    public List<Violation> checkAgainstPlan(VisitNote note, Collection<String> currentRecommendationIds) {
        List<Violation> v = new ArrayList<>(checkPlanLinks(note, currentRecommendationIds));
        if (!currentRecommendationIds.isEmpty() && note.analysis().stream().anyMatch(a -> a != null && a.withoutPlan())) {
            v.add(new Violation("analysis", "R5.2-analysis",
                    "This child has a plan now: write your analysis against its recommendations."));
        }
        return List.copyOf(v);
    }

    /** R5.2-failed: when, where, who (checked above), what happened and what was done next. */
    private void checkFailedVisit(List<Violation> v, VisitNote note) {
        required(v, note.narrative(), "narrative", "R5.2-failed",
                "Say what happened, e.g. no answer at the door, or who cancelled and why.");
        required(v, note.actionsAfterFailedVisit(), "actionsAfterFailedVisit", "R5.2-failed",
                "Say what you did next, e.g. left a card, phoned the family, told your manager.");
        if (note.childWasSeen()) {
            v.add(new Violation("childSeen", "R5.2-failed",
                    "The visit did not go ahead, so the child cannot be recorded as seen; record a completed visit instead."));
        }
    }

    private void checkCompletedVisit(List<Violation> v, VisitNote note) {
        checkChildSeen(v, note);
        checkInterpreter(v, note);
        required(v, note.informationExchanged(), "informationExchanged", "R5.2-information",
                "Say what information you gave the family and what they gave you.");
        if (note.childWasSeen()) {
            required(v, note.childViews(), "childViews", "R5.2-child-views",
                    "Record the child's views in their own words, or what you observed if the child does not talk yet.");
            required(v, note.childViewsSupport(), "childViewsSupport", "R5.2-child-views",
                    "Say how you found out the child's views and any help used (e.g. pictures, a signer), or 'none needed'.");
        }
        required(v, note.carerViews(), "carerViews", "R5.2-carer-views",
                "Record the parent's or carer's views, or say why they could not be given.");
        required(v, note.narrative(), "narrative", "R5.2-narrative", "Write a short account of the visit.");
        if (note.householdChanged() == null) {
            v.add(new Violation("householdChanged", "R5.2-change", "Say whether anyone has moved in or out of the household."));
        } else if (note.householdChanged()) {
            required(v, note.significantChange(), "significantChange", "R5.2-change",
                    "Say who has moved in or out, and when.");
        }
        required(v, note.relationshipQuality(), "relationshipQuality", "R5.2-relationship",
                "Describe your relationship with the child, e.g. how they responded to you.");
        checkAnalysis(v, note);
        PrivacyNotice notice = note.privacyNotice();
        if (notice == null || notice.given() == null) {
            v.add(new Violation("privacyNotice", "R3-privacy-notice", "Say whether the privacy notice was given."));
        } else if (notice.given()) {
            required(v, notice.languageOrFormat(), "privacyNotice", "R3-privacy-notice",
                    "Say in which language or format the privacy notice was given.");
        }
    }

    private void checkAnalysis(List<Violation> v, VisitNote note) {
        if (note.analysis().isEmpty()) {
            v.add(new Violation("analysis", "R5.2-analysis",
                    "Add your analysis of the visit against at least one recommendation of the child's plan."));
            return;
        }
        // A child with no plan yet (a new case) has one analysis, against the concerns at referral.
        if (note.analysis().size() > 1 && note.analysis().stream().anyMatch(a -> a != null && a.withoutPlan())) {
            v.add(new Violation("analysis", "R5.2-analysis",
                    "An analysis without a plan cannot sit beside analysis against the plan's recommendations."));
        }
        for (int i = 0; i < note.analysis().size(); i++) {
            PlanAnalysis a = note.analysis().get(i);
            if (a == null || blank(a.recommendationId())) {
                v.add(new Violation("analysis", "R5.2-analysis", "Analysis " + (i + 1) + " needs the plan recommendation it is about."));
            } else if (blank(a.text()) && a.withoutPlan()) {
                v.add(new Violation("analysis", "R5.2-analysis", "This child has no plan yet: write what the visit "
                        + "showed against the concerns that led to the referral."));
            } else if (blank(a.text())) {
                v.add(new Violation("analysis", "R5.2-analysis", "Analysis " + (i + 1) + " needs your analysis written in."));
            }
        }
    }

    private void checkActions(List<Violation> v, VisitNote note) {
        for (int i = 0; i < note.actions().size(); i++) {
            VisitAction a = note.actions().get(i);
            if (a == null || blank(a.what()) || blank(a.byWhom()) || a.byWhen() == null) {
                v.add(new Violation("actions", "R5.2-analysis",
                        "Action " + (i + 1) + " needs what is to be done, by whom and by when."));
            }
        }
    }

    /** R11-fact-opinion: what others said is marked as theirs. */
    private void checkReported(List<Violation> v, VisitNote note) {
        for (int i = 0; i < note.reportedByOthers().size(); i++) {
            Statement s = note.reportedByOthers().get(i);
            if (s == null || s.source() != Statement.Source.THIRD_PARTY) {
                v.add(new Violation("reportedByOthers", Statement.REQUIREMENT, "Statement " + (i + 1)
                        + " is under 'what others told you': say who told you."));
            }
        }
    }

    /** R4-author: if someone else enters the note, it names who supplied the information. */
    private void checkAuthor(List<Violation> v, VisitNote note) {
        if (note.suppliedBy() != null && note.suppliedBy().isBlank()) {
            v.add(new Violation("suppliedBy", "R4-author",
                    "You were not at the visit: name who gave you the information, and their role."));
        }
    }

    /** The rules plus those that only apply once signed: a signing time, and not in the future. */
    public List<Violation> checkSigned(VisitNote note) {
        List<Violation> v = new ArrayList<>(check(note));
        Instant now = clock.instant();
        if (note.noteId() == null || note.noteId().isBlank()) {
            v.add(new Violation("noteId", "R1-signed", "The note has no id."));
        }
        if (note.signedAt() == null) {
            v.add(new Violation("signedAt", "R1-signed", "The note has no signing time."));
        } else {
            if (note.signedAt().isAfter(now.plus(CLOCK_SKEW))) {
                v.add(new Violation("signedAt", "R1-signed",
                        "The signing time is in the future; check the tablet's clock and date."));
            }
            if (note.visitEnd() != null && note.visitEnd().isAfter(note.signedAt().plus(CLOCK_SKEW))) {
                v.add(new Violation("visitEnd", "R1-contemporaneous",
                        "The visit cannot end after the note was signed."));
            }
        }
        return List.copyOf(v);
    }

    private void checkTimes(List<Violation> v, VisitNote note) {
        Instant now = clock.instant();
        if (note.visitStart() == null) {
            v.add(new Violation("visitStart", "R1-contemporaneous", "Enter when the visit started."));
        }
        if (note.visitEnd() == null) {
            v.add(new Violation("visitEnd", "R1-contemporaneous", "Enter when the visit ended."));
        }
        if (note.visitStart() != null && note.visitEnd() != null) {
            // A no-answer at the door takes a moment: a failed visit may start and end at the same minute.
            boolean oneMoment = note.failedVisit() && note.visitEnd().equals(note.visitStart());
            if (!oneMoment && !note.visitEnd().isAfter(note.visitStart())) {
                v.add(new Violation("visitEnd", "R1-contemporaneous", "The visit must end after it started."));
            } else if (Duration.between(note.visitStart(), note.visitEnd()).compareTo(LONGEST_VISIT) > 0) {
                v.add(new Violation("visitEnd", "R1-contemporaneous",
                        "The visit lasts more than 12 hours; check the dates and times."));
            }
        }
        if (note.visitEnd() != null && note.visitEnd().isAfter(now.plus(CLOCK_SKEW))) {
            v.add(new Violation("visitEnd", "R1-contemporaneous", "The visit cannot end in the future."));
        }
    }

    private void checkPresent(List<Violation> v, VisitNote note) {
        if (note.present().isEmpty()) {
            v.add(new Violation("present", "R5.2-present", "Name everyone who was present, with their role or relationship."));
            return;
        }
        for (int i = 0; i < note.present().size(); i++) {
            PresentPerson p = note.present().get(i);
            if (blank(p.name()) || blank(p.role())) {
                v.add(new Violation("present", "R5.2-present",
                        "Person " + (i + 1) + " needs both a name and a role or relationship."));
            }
        }
    }

    private void checkChildSeen(List<Violation> v, VisitNote note) {
        if (note.childSeen() == null) {
            v.add(new Violation("childSeen", "R5.2-child-seen", "Say whether the child was seen."));
            return;
        }
        if (note.childSeen()) {
            if (note.childSeenAlone() == null) {
                v.add(new Violation("childSeenAlone", "R5.2-child-seen", "Say whether the child was seen alone."));
            } else if (!note.childSeenAlone()) {
                // Seeing a child alone is the expectation; when it did not happen, the record says why.
                required(v, note.reasonNotSeenAlone(), "reasonNotSeenAlone", "R5.2-child-seen",
                        "Say why the child was not seen alone.");
            }
        } else {
            required(v, note.reasonNotSeen(), "reasonNotSeen", "R5.2-child-seen", "Say why the child was not seen.");
            if (Boolean.TRUE.equals(note.childSeenAlone())) {
                v.add(new Violation("childSeenAlone", "R5.2-child-seen", "A child who was not seen cannot have been seen alone."));
            }
        }
    }

    private void checkInterpreter(List<Violation> v, VisitNote note) {
        if (note.interpreterUsed() == null) {
            v.add(new Violation("interpreterUsed", "R5.2-interpreter", "Say whether an interpreter was used."));
        } else if (note.interpreterUsed()) {
            required(v, note.interpreterLanguage(), "interpreterLanguage", "R5.2-interpreter",
                    "Say which language the interpreter used.");
        }
    }

    private void checkLengths(List<Violation> v, VisitNote note) {
        tooLong(v, note.venue(), "venue", "R5.2-venue");
        tooLong(v, note.purpose(), "purpose", "R5.2-purpose");
        tooLong(v, note.reasonNotSeen(), "reasonNotSeen", "R5.2-child-seen");
        tooLong(v, note.reasonNotSeenAlone(), "reasonNotSeenAlone", "R5.2-child-seen");
        tooLong(v, note.childViews(), "childViews", "R5.2-child-views");
        tooLong(v, note.carerViews(), "carerViews", "R5.2-carer-views");
        tooLong(v, note.narrative(), "narrative", "R5.2-narrative");
        tooLong(v, note.informationExchanged(), "informationExchanged", "R5.2-information");
        tooLong(v, note.childViewsSupport(), "childViewsSupport", "R5.2-child-views");
        tooLong(v, note.significantChange(), "significantChange", "R5.2-change");
        tooLong(v, note.relationshipQuality(), "relationshipQuality", "R5.2-relationship");
        tooLong(v, note.actionsAfterFailedVisit(), "actionsAfterFailedVisit", "R5.2-failed");
        tooLong(v, note.suppliedBy(), "suppliedBy", "R4-author");
        note.analysis().forEach(a -> tooLong(v, a == null ? null : a.text(), "analysis", "R5.2-analysis"));
        note.actions().forEach(a -> tooLong(v, a == null ? null : a.what(), "actions", "R5.2-analysis"));
        note.reportedByOthers().forEach(s -> tooLong(v, s == null ? null : s.text(), "reportedByOthers", Statement.REQUIREMENT));
    }

    private static void tooLong(List<Violation> v, String value, String field, String requirement) {
        if (value != null && value.length() > MAX_TEXT) {
            v.add(new Violation(field, requirement, "This is longer than " + MAX_TEXT + " characters; shorten it."));
        }
    }

    private static void required(List<Violation> v, String value, String field, String requirement, String message) {
        if (blank(value)) {
            v.add(new Violation(field, requirement, message));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
