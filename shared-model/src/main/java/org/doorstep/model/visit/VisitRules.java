package org.doorstep.model.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a visit note must hold before it can be signed (STANDARD.md 5.2). The tablet runs these
 * rules beside each field; the server runs the same rules again on every note it receives.
 */
public final class VisitRules {

    /** Longest text a single field may hold; a visit narrative is long, but not a book. */
    public static final int MAX_TEXT = 20_000;
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
        checkTimes(v, note);
        required(v, note.venue(), "venue", "R5.2-venue", "Say where the visit took place.");
        checkPresent(v, note);
        required(v, note.purpose(), "purpose", "R5.2-purpose", "Say what the visit was for.");
        checkChildSeen(v, note);
        checkInterpreter(v, note);
        if (note.childWasSeen()) {
            required(v, note.childViews(), "childViews", "R5.2-child-views",
                    "Record the child's views in their own words, or what you observed if the child does not talk yet.");
        }
        required(v, note.carerViews(), "carerViews", "R5.2-carer-views",
                "Record the parent's or carer's views, or say why they could not be given.");
        required(v, note.narrative(), "narrative", "R5.2-narrative", "Write a short account of the visit.");
        required(v, note.author(), "author", "R4-author", "The practitioner who was there must be named.");
        checkLengths(v, note);
        return List.copyOf(v);
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
            if (!note.visitEnd().isAfter(note.visitStart())) {
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
        tooLong(v, note.childViews(), "childViews", "R5.2-child-views");
        tooLong(v, note.carerViews(), "carerViews", "R5.2-carer-views");
        tooLong(v, note.narrative(), "narrative", "R5.2-narrative");
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
