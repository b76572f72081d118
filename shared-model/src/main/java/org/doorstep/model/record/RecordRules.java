package org.doorstep.model.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.model.wire.FactProposal;

/**
 * The rules for what a practitioner adds to a case's record outside a visit note: proposals to
 * change a fact of the case, chronology lines (R5.5-chronology) and other contacts (R5.3-contacts).
 * Each returns the violations, empty when it may be recorded; the tablet can show them before sending.
 */
public final class RecordRules {

    public static final int MAX_VALUE = 2000;
    public static final int MAX_FACT = 1000;
    public static final int MAX_SOURCE = 300;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SHORT = 300;
    public static final Set<String> CONTACT_METHODS = Set.of("call", "letter", "email", "meeting");

    /**
     * Words that mark an opinion or a guess rather than a fact. A chronology holds facts only
     * (R5.5-chronology); an opinion belongs in the analysis of a visit, marked as one (R11-fact-opinion).
     */
    private static final List<String> OPINION_MARKERS = List.of("i think", "i feel", "i believe", "in my view",
            "in my opinion", "it seems", "seems to", "appears to", "probably", "i suspect", "clearly");

    private RecordRules() {
    }

    public static List<Violation> proposal(FactProposal p) {
        List<Violation> v = new ArrayList<>();
        if (p.proposalId() == null || !isUuid(p.proposalId())) {
            v.add(new Violation("proposalId", "R5.1-basic", "Give the proposal an id made on the tablet (a UUID)."));
        }
        Optional<ProposalKind> kind = p.kind() == null ? Optional.empty() : ProposalKind.of(p.kind());
        if (kind.isEmpty()) {
            v.add(new Violation("kind", "R5.1-basic", "Say what the proposal changes: one of " + ProposalKind.names() + "."));
        }
        String requirement = kind.map(ProposalKind::requirement).orElse("R5.1-basic");
        boolean leaves = kind.orElse(null) == ProposalKind.HOUSEHOLD_LEAVES;
        if (leaves) {
            if (p.householdMemberId() == null) {
                v.add(new Violation("householdMemberId", requirement, "Say which household member left."));
            }
        } else if (kind.isPresent()) {
            if (blank(p.value())) {
                v.add(new Violation("value", requirement, "Write the proposed " + kind.get().label().toLowerCase(Locale.UK) + "."));
            }
        }
        if (!blank(p.value()) && p.value().length() > MAX_VALUE) {
            v.add(new Violation("value", requirement, "The proposed value must be " + MAX_VALUE + " characters or fewer."));
        }
        if (kind.orElse(null) == ProposalKind.HOUSEHOLD_JOINS && p.parentalResponsibility() == null) {
            v.add(new Violation("parentalResponsibility", requirement,
                    "Say whether the new household member holds parental responsibility."));
        }
        if (blank(p.reason())) {
            v.add(new Violation("reason", requirement, "Say why: what you saw or were told, and by whom."));
        } else if (p.reason().length() > MAX_TEXT) {
            v.add(new Violation("reason", requirement, "The reason must be " + MAX_TEXT + " characters or fewer."));
        }
        if (p.noteId() != null && !isUuid(p.noteId())) {
            v.add(new Violation("noteId", requirement, "The note id must be the visit note's id (a UUID)."));
        }
        return v;
    }

    /** A chronology line: a date (not in the future, may be before the case opened), a fact, and its source. */
    public static List<Violation> chronology(ChronologyLine line, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String r = "R5.5-chronology";
        if (line.date() == null) {
            v.add(new Violation("date", r, "Enter the date of the fact."));
        } else if (line.date().isAfter(today)) {
            v.add(new Violation("date", r, "A chronology records what has happened: the date cannot be in the future."));
        }
        if (blank(line.fact())) {
            v.add(new Violation("fact", r, "Write the fact."));
        } else if (line.fact().length() > MAX_FACT) {
            v.add(new Violation("fact", r, "The fact must be " + MAX_FACT + " characters or fewer."));
        } else {
            opinionIn(line.fact()).ifPresent(m -> v.add(new Violation("fact", r,
                    "A chronology holds facts only: '" + m + "' reads as an opinion. Write what happened, "
                            + "and put your view in a visit's analysis.")));
        }
        if (blank(line.source())) {
            v.add(new Violation("source", r, "Say where the fact comes from (a document, a person, a visit)."));
        } else if (line.source().length() > MAX_SOURCE) {
            v.add(new Violation("source", r, "The source must be " + MAX_SOURCE + " characters or fewer."));
        }
        return v;
    }

    /** Another contact (R5.3-contacts): who, what, and if anything was decided, by whom and why. */
    public static List<Violation> contact(ContactRecord c, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String r = "R5.3-contacts";
        if (c.date() == null) {
            v.add(new Violation("date", r, "Enter the date of the contact."));
        } else if (c.date().isAfter(today)) {
            v.add(new Violation("date", r, "Record a contact once it has happened: the date cannot be in the future."));
        }
        if (c.method() == null || !CONTACT_METHODS.contains(c.method())) {
            v.add(new Violation("method", r, "Say how the contact was made: call, letter, email or meeting."));
        }
        text(v, r, "withWhom", c.withWhom(), MAX_SHORT, "Say who the contact was with, and their role.");
        text(v, r, "what", c.what(), MAX_TEXT, "Write what was said or sent.");
        if (!blank(c.decisions())) {
            if (c.decisions().length() > MAX_TEXT) {
                v.add(new Violation("decisions", r, "Decisions must be " + MAX_TEXT + " characters or fewer."));
            }
            text(v, r, "decidedBy", c.decidedBy(), MAX_SHORT, "Say who made the decisions.");
            text(v, r, "reasons", c.reasons(), MAX_TEXT, "Give the reasons for the decisions.");
        }
        return v;
    }

    /** The first opinion marker in a text, if any. */
    public static Optional<String> opinionIn(String text) {
        String t = " " + text.toLowerCase(Locale.UK).replaceAll("[^a-z' ]", " ") + " ";
        return OPINION_MARKERS.stream().filter(m -> t.contains(" " + m + " ")).findFirst();
    }

    private static void text(List<Violation> v, String r, String field, String value, int max, String missing) {
        if (blank(value)) {
            v.add(new Violation(field, r, missing));
        } else if (value.length() > max) {
            v.add(new Violation(field, r, "This must be " + max + " characters or fewer."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
