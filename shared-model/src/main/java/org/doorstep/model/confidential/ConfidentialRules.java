package org.doorstep.model.confidential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.record.TextLimits;
import org.doorstep.model.visit.Violation;

/**
 * The checks of the confidentiality forms, each message for the field it concerns: restricting and
 * lifting (R7-restricted), consent (R6-consent), disclosures (R7-shared-log) and requests to see the
 * record (R8-access).
 */
public final class ConfidentialRules {

    public static final int TEXT = 1000;
    public static final int NAME = 200;

    private ConfidentialRules() {
    }

    public static List<Violation> restriction(String item, String reason, String explanation) {
        List<Violation> out = new ArrayList<>();
        if (item == null || item.isBlank()) {
            out.add(new Violation("item", "R7-restricted", "Choose what to restrict"));
        }
        if (RestrictionReason.fromWire(reason).isEmpty()) {
            out.add(new Violation("reason", "R7-restricted", "Choose why it is restricted"));
        }
        text(out, "explanation", "R7-restricted", explanation, "Explain why it must be withheld, for whoever reviews it");
        return out;
    }

    public static List<Violation> lift(String why) {
        List<Violation> out = new ArrayList<>();
        text(out, "why", "R7-restricted", why, "Say why the restriction is lifted");
        return out;
    }

    public static List<Violation> consent(String givenBy, String purpose, String sharedWith, String how,
                                          LocalDate givenOn, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        name(out, "givenBy", "R6-consent", givenBy, "Say who gave consent, and their relationship to the child");
        text(out, "purpose", "R6-consent", purpose, "Say what information may be shared, and what for");
        name(out, "sharedWith", "R6-consent", sharedWith, "Say with whom it may be shared");
        name(out, "how", "R6-consent", how, "Say how consent was obtained (in writing, verbally at a visit...)");
        date(out, "givenOn", "R6-consent", givenOn, today, "Enter the date consent was given");
        return out;
    }

    public static List<Violation> disclosure(String to, String what, String why, String basis, LocalDate on,
                                             LocalDate today) {
        List<Violation> out = new ArrayList<>();
        name(out, "to", "R7-shared-log", to, "Say to whom it was disclosed (organisation and person)");
        text(out, "what", "R7-shared-log", what, "Say what was disclosed, no more than was necessary");
        text(out, "why", "R7-shared-log", why, "Say why it was disclosed");
        if (LawfulBasis.fromWire(basis).isEmpty()) {
            out.add(new Violation("basis", "R7-shared-log", "Choose the basis for sharing"));
        }
        date(out, "on", "R7-shared-log", on, today, "Enter the date it was disclosed");
        return out;
    }

    public static List<Violation> accessRequest(String requestedBy, String relationship, LocalDate receivedOn,
                                                LocalDate today) {
        List<Violation> out = new ArrayList<>();
        name(out, "requestedBy", "R8-access", requestedBy, "Say who asked to see the record");
        name(out, "relationship", "R8-access", relationship, "Say who they are to the child (the child, a parent...)");
        date(out, "receivedOn", "R8-access", receivedOn, today, "Enter the date the request was received");
        return out;
    }

    /** Whom the manager asked about a release (R8-access): a person chosen from the staff, and when. */
    public static List<Violation> consultation(String originator, LocalDate askedOn, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (originator == null || originator.isBlank()) {
            out.add(new Violation("originator", "R8-access", "Choose whom you asked: the originator of the items withheld"));
        }
        date(out, "askedOn", "R8-access", askedOn, today, "Enter the date you asked them");
        return out;
    }

    /** Their answer: they agree, or they object and say why. */
    public static List<Violation> originatorAnswer(String answer, String reason) {
        List<Violation> out = new ArrayList<>();
        Optional<OriginatorAnswer> a = OriginatorAnswer.fromWire(answer);
        if (a.isEmpty()) {
            out.add(new Violation("answer", "R8-access", "Choose whether they agree or object"));
        } else if (a.get() == OriginatorAnswer.OBJECTS) {
            text(out, "answerReason", "R8-access", reason, "Say why they object");
        } else if (reason != null && reason.strip().length() > TEXT) {
            text(out, "answerReason", "R8-access", reason, "");
        }
        return out;
    }

    /**
     * Whether the record may be released (R8-access): only once each originator consulted has answered,
     * or with the manager's reason for releasing without (an originator who has left, or will not answer).
     */
    public static List<Violation> release(int consulted, int unanswered, String withoutReason) {
        List<Violation> out = new ArrayList<>();
        if (withoutReason != null && !withoutReason.isBlank()) {
            text(out, "without", "R8-access", withoutReason, "");
        } else if (consulted == 0) {
            out.add(new Violation("without", "R8-access", "Record whom you consulted and their answer, or say why you "
                    + "release without consulting the originator"));
        } else if (unanswered > 0) {
            out.add(new Violation("without", "R8-access", (unanswered == 1 ? "1 originator has" : unanswered
                    + " originators have") + " not answered yet: record their answer, or say why you release without it"));
        }
        return out;
    }

    private static void text(List<Violation> out, String field, String req, String value, String missing) {
        TextLimits.required(label(field), value == null ? "" : value.strip(), TEXT, missing)
                .ifPresent(m -> out.add(new Violation(field, req, m)));
    }

    private static void name(List<Violation> out, String field, String req, String value, String missing) {
        TextLimits.required(label(field), value == null ? "" : value.strip(), NAME, missing)
                .ifPresent(m -> out.add(new Violation(field, req, m)));
    }

    private static void date(List<Violation> out, String field, String req, LocalDate value, LocalDate today, String missing) {
        if (value == null) {
            out.add(new Violation(field, req, missing));
        } else if (value.isAfter(today)) {
            out.add(new Violation(field, req, "The date cannot be in the future"));
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "answerReason" -> "What they said";
            case "without" -> "Why you release without";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }
}
