package org.doorstep.server.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.record.NhsNumber;
import org.doorstep.model.record.RecordRules;

/**
 * The one way a fact of the basic record changes (R5.1-basic, R5.1-gender), whether a supervisor
 * confirms a practitioner's proposal or changes the record on its own page. Nothing is overwritten:
 * a new value is a new row and the old one stays as history (R5.4-current-historical); a member who
 * leaves keeps their row with the date. Each change says what it did, in words for the decision.
 * The caller holds the case row's lock and has checked the input against {@link RecordRules}.
 */
@ApplicationScoped
public class RecordChanges {

    /** Who recorded an NHS number held on the case before its history was kept. */
    static final String BEFORE_HISTORY = "migration";
    private static final int QUOTED = 150;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A change made ({@code what} says it), or refused ({@code refused} says why, nothing changed). */
    public record Change(String what, String refused) {
        public boolean done() {
            return refused == null;
        }

        static Change made(String what) {
            return new Change(what, null);
        }
    }

    private final Clock clock;

    RecordChanges(Clock clock) {
        this.clock = clock;
    }

    /** A new current value of a single-valued fact, from a date; an NHS number is also the case's current copy. */
    public Change fact(ChildCase c, FactKind kind, String value, LocalDate from, String by, String proposalId) {
        String was = CaseFact.currentValue(c.caseId, kind, kind == FactKind.LEGAL_STATUS ? c.legalStatus : null);
        String now = value.strip();
        if (kind == FactKind.NHS_NUMBER) {
            now = ((NhsNumber.Parsed.Valid) NhsNumber.parse(now)).number().digits();
            if (CaseFact.current(c.caseId, kind) == null && c.nhsNumber != null) {
                // Held on the case before any history: keep it as the first value, date not known.
                CaseFact.record(c.caseId, kind, c.nhsNumber, null, BEFORE_HISTORY, clock.instant(), null);
                was = c.nhsNumber;
            }
            c.nhsNumber = now;
        }
        CaseFact.record(c.caseId, kind, now, from, by, clock.instant(), proposalId);
        return Change.made(factPhrase(kind, now) + (was == null ? "" : " (was " + shown(kind, was) + ")"));
    }

    /** The name and gender as the child declares them from a date; a blank or unchanged one stays as recorded. */
    public Change identity(ChildCase c, String name, String gender, LocalDate from, String by, String proposalId) {
        DeclaredIdentity held = DeclaredIdentity.current(c.caseId);
        String oldName = held == null ? c.childName : held.name;
        String oldGender = held == null ? null : held.gender;
        List<String> what = new ArrayList<>();
        String newName = oldName;
        String newGender = oldGender == null ? "Not recorded" : oldGender;
        if (RecordRules.changes(name, oldName)) {
            newName = name.strip();
            what.add(namePhrase(newName) + " (was " + oldName + ")");
        }
        if (RecordRules.changes(gender, oldGender)) {
            newGender = gender.strip();
            what.add(genderPhrase(newGender) + (oldGender == null ? "" : " (was " + oldGender + ")"));
        }
        DeclaredIdentity.record(c.caseId, newName, newGender, from, by, clock.instant(), proposalId);
        return Change.made(what.isEmpty() ? "the child's name and gender stay as recorded" : String.join("; ", what));
    }

    /** Someone joins the household, after the members already listed. */
    public Change joins(ChildCase c, String description, String name, String relationship, boolean parentalResponsibility,
                        LocalDate joinedOn) {
        HouseholdMember m = new HouseholdMember();
        m.caseId = c.caseId;
        m.position = 1 + HouseholdMember.<HouseholdMember>list("caseId", c.caseId).stream()
                .mapToInt(h -> h.position).max().orElse(0);
        m.description = description.strip();
        m.name = name == null ? null : name.strip();
        m.relationship = relationship == null ? null : relationship.strip();
        m.parentalResponsibility = parentalResponsibility;
        m.joinedOn = joinedOn;
        m.persist();
        return Change.made(joinsPhrase(m.description, joinedOn, parentalResponsibility));
    }

    /** A current member leaves on a date; their row stays, with the date and why. */
    public Change leaves(HouseholdMember m, LocalDate leftOn, String reason) {
        if (!m.current()) {
            return new Change(null, m.description + " is already recorded as having left");
        }
        m.leftOn = leftOn;
        m.leftReason = reason == null ? null : reason.strip();
        return Change.made(leavesPhrase(m.description, leftOn, null));
    }

    public static String factPhrase(FactKind kind, String value) {
        String verb = switch (kind) {
            case COMMUNICATION_NEEDS, CONTACT_ARRANGEMENTS, CLOSE_CONTACTS -> " become ";
            default -> " becomes ";
        };
        return (kind == FactKind.NHS_NUMBER ? kind.label() : kind.label().toLowerCase(Locale.UK)) + verb + shown(kind, value);
    }

    public static String namePhrase(String name) {
        return "the child's name becomes " + name;
    }

    public static String genderPhrase(String gender) {
        return "the child's gender becomes " + gender;
    }

    public static String joinsPhrase(String description, LocalDate on, boolean parentalResponsibility) {
        return description + " joins the household" + (on == null ? "" : " on " + DAY.format(on)) + ", "
                + (parentalResponsibility ? "with" : "without") + " parental responsibility";
    }

    public static String leavesPhrase(String description, LocalDate on, String where) {
        return description + " leaves the household" + (on == null ? "" : " on " + DAY.format(on))
                + (where == null || where.isBlank() ? "" : " (" + where.strip() + ")");
    }

    /** An NHS number as people read it; words in quotes, cut short if long (the record holds them whole). */
    private static String shown(FactKind kind, String value) {
        return kind == FactKind.NHS_NUMBER ? new NhsNumber(value).formatted() : quote(value);
    }

    private static String quote(String value) {
        String v = value.strip();
        return "\"" + (v.length() > QUOTED ? v.substring(0, QUOTED - 1) + "…" : v) + "\"";
    }
}
