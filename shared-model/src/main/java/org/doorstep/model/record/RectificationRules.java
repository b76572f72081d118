package org.doorstep.model.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.doorstep.model.visit.Violation;

/** What a request to correct the record and its answer must hold before they are recorded (R11-rectify). */
public final class RectificationRules {

    public static final int MAX_SHORT = 300;
    public static final int MAX_TEXT = 4000;
    private static final String R = "R11-rectify";

    private RectificationRules() {
    }

    public static List<Violation> request(RectificationRequest r, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (r.receivedOn() == null) {
            v.add(new Violation("receivedOn", R, "Enter the date the request was received"));
        } else if (r.receivedOn().isAfter(today)) {
            v.add(new Violation("receivedOn", R, "The date the request was received must be today or in the past"));
        }
        text(v, "requesterName", r.requesterName(), MAX_SHORT, "Enter the name of the person who asked",
                "Name of the person who asked");
        text(v, "relationship", r.relationship(), MAX_SHORT, "Enter how the person who asked is related to the child",
                "Relationship to the child");
        text(v, "whatIsWrong", r.whatIsWrong(), MAX_TEXT, "Enter what they say is wrong in the record",
                "What they say is wrong");
        text(v, "askedFor", r.askedFor(), MAX_TEXT, "Enter what they ask to be changed", "What they ask for");
        if (!blank(r.concernsNoteId()) && !isUuid(r.concernsNoteId().strip())) {
            v.add(new Violation("concernsNoteId", R, "Choose the visit note the request concerns, or none"));
        }
        return v;
    }

    public static List<Violation> answer(RectificationAnswer a) {
        List<Violation> v = new ArrayList<>();
        RectificationOutcome outcome = a.outcome() == null ? null : RectificationOutcome.of(a.outcome()).orElse(null);
        if (outcome == null) {
            v.add(new Violation("outcome", R, "Choose whether the record was corrected, partly corrected or the request refused"));
        }
        text(v, "reasons", a.reasons(), MAX_TEXT, "Enter the reasons for the answer", "Reasons");
        if (!blank(a.correctionNoteId())) {
            if (!isUuid(a.correctionNoteId().strip())) {
                v.add(new Violation("correctionNoteId", R,
                        "Enter the correcting note's id as it is shown on the note, like 0195a1b2-0000-7000-8000-000000000001"));
            } else if (outcome == RectificationOutcome.REFUSED) {
                v.add(new Violation("correctionNoteId", R, "A refused request has no correcting note: leave the note id empty"));
            }
        }
        return v;
    }

    private static void text(List<Violation> v, String field, String value, int max, String missing, String label) {
        if (blank(value)) {
            v.add(new Violation(field, R, missing));
        } else if (value.strip().length() > max) {
            v.add(new Violation(field, R, label + " must be " + max + " characters or fewer"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equals(s.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
