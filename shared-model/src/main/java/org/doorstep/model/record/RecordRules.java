package org.doorstep.model.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    public static final int MAX_NAME = 200;
    public static final int MAX_GENDER = 100;
    public static final int MAX_RELATIONSHIP = 100;
    public static final int MAX_LEFT_REASON = 500;
    public static final int MAX_MEMBER = 500;
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
            v.add(new Violation("proposalId", "R5.1-basic", "Give the proposal an id made on the tablet (a UUID in lower case)."));
        }
        Optional<ProposalKind> kind = p.kind() == null ? Optional.empty() : ProposalKind.of(p.kind());
        if (kind.isEmpty()) {
            v.add(new Violation("kind", "R5.1-basic", "Say what the proposal changes: one of " + ProposalKind.names() + "."));
        }
        String requirement = kind.map(ProposalKind::requirement).orElse("R5.1-basic");
        boolean leaves = kind.orElse(null) == ProposalKind.HOUSEHOLD_LEAVES;
        if (kind.orElse(null) == ProposalKind.RELATIONSHIP) {
            // its parts are checked against the family by RelationshipRules, which knows who is on the record
            if (!blank(p.value())) {
                v.add(new Violation("value", requirement, "A relationship is proposed with its people and kind, not a value."));
            }
        } else if (leaves) {
            if (p.householdMemberId() == null) {
                v.add(new Violation("householdMemberId", requirement, "Say which household member left."));
            }
        } else if (kind.isPresent()) {
            if (blank(p.value())) {
                v.add(new Violation("value", requirement, "Write the proposed " + kind.get().label().toLowerCase(Locale.UK) + "."));
            }
        }
        int max = kind.map(RecordRules::maxValue).orElse(MAX_VALUE);
        if (!blank(p.value()) && p.value().length() > max && kind.orElse(null) != ProposalKind.RELATIONSHIP) {
            v.add(new Violation("value", requirement, "The proposed value must be " + max + " characters or fewer."));
        }
        if (p.seenValue() != null && p.seenValue().length() > MAX_VALUE) {
            v.add(new Violation("seenValue", requirement, "The value seen must be " + MAX_VALUE + " characters or fewer."));
        }
        if (kind.orElse(null) == ProposalKind.HOUSEHOLD_JOINS && p.parentalResponsibility() == null) {
            v.add(new Violation("parentalResponsibility", requirement,
                    "Say whether the new household member holds parental responsibility."));
        }
        if (blank(p.reason())) {
            v.add(new Violation("reason", requirement, "Say why: what you saw or were told, and by whom."));
        } else if (p.reason().length() > MAX_TEXT) {
            v.add(new Violation("reason", requirement, "The reason must be " + MAX_TEXT + " characters or fewer."));
        } else if (leaves && blank(p.value()) && p.reason().length() > MAX_LEFT_REASON) {
            v.add(new Violation("reason", requirement, "Without where they went, the reason is recorded as why they left: "
                    + "it must be " + MAX_LEFT_REASON + " characters or fewer."));
        }
        if (kind.isPresent() && kind.get() != ProposalKind.RELATIONSHIP && (p.relationFrom() != null || p.relationKind() != null
                || p.relationTo() != null || p.since() != null || p.until() != null)) {
            v.add(new Violation("relationKind", requirement, "Only a relationship proposal names people, a kind and dates."));
        }
        if (p.noteId() != null && !isUuid(p.noteId())) {
            v.add(new Violation("noteId", requirement, "The note id must be the visit note's id (a UUID in lower case)."));
        }
        return v;
    }

    /**
     * The longest proposed value of a kind: confirming it records the value as that fact, so it must
     * fit there (a name, a gender, a household member, why they left, communication needs).
     */
    public static int maxValue(ProposalKind kind) {
        return switch (kind) {
            case HOUSEHOLD_JOINS -> MAX_MEMBER;
            case HOUSEHOLD_LEAVES -> MAX_LEFT_REASON;
            case COMMUNICATION_NEEDS -> MAX_VALUE;
            case DECLARED_NAME -> MAX_NAME;
            case DECLARED_GENDER -> MAX_GENDER;
            // a relationship carries no value (refused on its own), only its people, kind and dates
            case RELATIONSHIP -> MAX_VALUE;
        };
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
        if (line.category() != null && ChronologyCategory.of(line.category()).isEmpty()) {
            v.add(new Violation("category", r, "Choose what the fact is about: one of " + ChronologyCategory.names() + "."));
        }
        if (blank(line.source())) {
            v.add(new Violation("source", r, "Say where the fact comes from (a document, a person, a visit)."));
        } else if (line.source().length() > MAX_SOURCE) {
            v.add(new Violation("source", r, "The source must be " + MAX_SOURCE + " characters or fewer."));
        }
        return v;
    }

    /**
     * A line added on the case record from what is known of the child's life, from birth on: as
     * {@link #chronology}, and it says what it is about.
     */
    public static List<Violation> chronologyFromRecord(ChronologyLine line, LocalDate today) {
        List<Violation> v = chronology(line, today);
        if (line.category() == null || line.category().isBlank()) {
            v.add(new Violation("category", "R5.5-chronology", "Choose what the fact is about."));
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

    /**
     * A change to one fact of the basic record made on the record itself (R5.1-basic): the new value
     * (an NHS number must pass its check digit), from when it holds, and why it changes.
     */
    public static List<Violation> factChange(FactKind kind, String value, LocalDate from, String reason, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String r = "R5.1-basic";
        if (kind.freeText()) {
            text(v, r, "value", value, MAX_VALUE, "Enter the " + kind.label().toLowerCase(Locale.UK) + ".");
        } else if (NhsNumber.parse(value) instanceof NhsNumber.Parsed.Invalid bad) {
            v.add(new Violation("value", r, bad.message()));
        }
        date(v, r, "from", from, today, "Enter the date it took effect.");
        reason(v, r, reason);
        return v;
    }

    /**
     * A change to the name or gender the child declares (R5.1-gender): no document is asked for, only
     * who was told and when. A blank field keeps what is recorded; something must change.
     */
    public static List<Violation> identityChange(String name, String gender, String currentName, String currentGender,
                                                 LocalDate from, String reason, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String r = "R5.1-gender";
        if (!blank(name) && name.strip().length() > MAX_NAME) {
            v.add(new Violation("name", r, "The name must be " + MAX_NAME + " characters or fewer."));
        } else if (!blank(gender) && gender.strip().length() > MAX_GENDER) {
            v.add(new Violation("gender", r, "The gender must be " + MAX_GENDER + " characters or fewer."));
        } else if (!changes(name, currentName) && !changes(gender, currentGender)) {
            v.add(new Violation("name", r, "Change the name or the gender the child declares, or both."));
        }
        date(v, r, "from", from, today, "Enter the date the child told you.");
        reason(v, r, reason);
        return v;
    }

    /** Someone joined the household (R5.1-basic): who, how they are related, parental responsibility, since when, and why. */
    public static List<Violation> memberJoins(String name, String relationship, Boolean parentalResponsibility,
                                              LocalDate joinedOn, String reason, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String r = "R5.1-basic";
        text(v, r, "name", name, MAX_NAME, "Enter the person's full name.");
        text(v, r, "relationship", relationship, MAX_RELATIONSHIP,
                "Say how they are related to the child, for example mother's partner.");
        if (parentalResponsibility == null) {
            v.add(new Violation("parentalResponsibility", r, "Say whether they hold parental responsibility for the child."));
        }
        date(v, r, "joinedOn", joinedOn, today, "Enter the date they joined the household.");
        reason(v, r, reason);
        return v;
    }

    /** A household member left (R5.1-basic, R5.4-current-historical): when, not before they joined, and why or where to. */
    public static List<Violation> memberLeaves(LocalDate leftOn, LocalDate joinedOn, String reason, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String r = "R5.1-basic";
        date(v, r, "leftOn", leftOn, today, "Enter the date they left the household.");
        if (leftOn != null && joinedOn != null && leftOn.isBefore(joinedOn)) {
            v.add(new Violation("leftOn", r, "They joined the household on " + joinedOn
                    + "; the date they left cannot be before that."));
        }
        text(v, r, "reason", reason, MAX_LEFT_REASON, "Say why they left or where they went, and how you know.");
        return v;
    }

    /** Whether a field of a change form changes what is recorded: blank keeps it. */
    public static boolean changes(String typed, String current) {
        return !blank(typed) && !typed.strip().equals(current == null ? "" : current.strip());
    }

    private static void date(List<Violation> v, String r, String field, LocalDate d, LocalDate today, String missing) {
        if (d == null) {
            v.add(new Violation(field, r, missing));
        } else if (d.isAfter(today)) {
            v.add(new Violation(field, r, "The date cannot be in the future: record a change once it has happened."));
        }
    }

    private static void reason(List<Violation> v, String r, String reason) {
        text(v, r, "reason", reason, MAX_TEXT, "Say why the record changes and how you know (a document, a person, a visit).");
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
        return org.doorstep.model.visit.NoteIds.isCanonicalUuid(s);
    }
}
