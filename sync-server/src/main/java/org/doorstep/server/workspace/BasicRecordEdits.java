package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.record.NhsNumber;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.record.TypedDate;
import org.doorstep.model.visit.Violation;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.caseload.RecordChanges;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A supervisor or manager changes the basic record on the case record page (R5.1-basic, R5.1-gender):
 * checked by {@link RecordRules}, applied by {@link RecordChanges} (the same path a confirmed proposal
 * takes, so the old value stays as history), and recorded as a management decision with the reason
 * (R5.1-decisions), all in one transaction. Refused input changes nothing; each error names the form
 * field it belongs to ({@code change-FORM-FIELD}).
 */
@ApplicationScoped
public class BasicRecordEdits {

    public static final String NHS = "nhs";
    public static final String FACT = "fact";
    public static final String IDENTITY = "identity";
    public static final String JOINS = "joins";
    public static final String LEAVES = "leaves";

    private final Clock clock;
    private final ZoneId zone;
    private final EntityManager em;
    private final RecordChanges changes;
    private final Decisions decisions;

    BasicRecordEdits(Clock clock, @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone,
                     EntityManager em, RecordChanges changes, Decisions decisions) {
        this.clock = clock;
        this.zone = zone;
        this.em = em;
        this.changes = changes;
        this.decisions = decisions;
    }

    /** The HTML id of a form's field, which its error links to. */
    public static String field(String form, String field) {
        return "change-" + form + "-" + field;
    }

    @Transactional
    public List<FieldError> nhsNumber(ChildCase c, Staff by, String value, String reason) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>();
        add(errors, NHS, RecordRules.factChange(FactKind.NHS_NUMBER, value, today, reason, today));
        if (errors.isEmpty() && NhsNumber.parse(value) instanceof NhsNumber.Parsed.Valid v
                && v.number().digits().equals(c.nhsNumber)) {
            errors.add(new FieldError(field(NHS, "value"), "This is already the child's NHS number"));
        }
        return errors.isEmpty() ? decided(c, by, changes.fact(c, FactKind.NHS_NUMBER, value, today, by.username, null), reason)
                : errors;
    }

    @Transactional
    public List<FieldError> fact(ChildCase c, Staff by, String kindName, String value, String from, String reason) {
        FactKind kind = kindName == null ? null : FactKind.of(kindName).filter(FactKind::freeText).orElse(null);
        if (kind == null) {
            return List.of(new FieldError(field(FACT, "kind"), "Choose which fact changes"));
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(FACT, "from", from, errors);
        add(errors, FACT, RecordRules.factChange(kind, value, date, reason, today()));
        if (errors.isEmpty() && !RecordRules.changes(value,
                CaseFact.currentValue(c.caseId, kind, kind == FactKind.LEGAL_STATUS ? c.legalStatus : null))) {
            errors.add(new FieldError(field(FACT, "value"), "This is already the current "
                    + kind.label().toLowerCase(java.util.Locale.UK) + "; write the new one"));
        }
        return errors.isEmpty() ? decided(c, by, changes.fact(c, kind, value, date, by.username, null), reason) : errors;
    }

    @Transactional
    public List<FieldError> identity(ChildCase c, Staff by, String name, String gender, String from, String reason) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        DeclaredIdentity held = DeclaredIdentity.current(c.caseId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(IDENTITY, "from", from, errors);
        add(errors, IDENTITY, RecordRules.identityChange(name, gender, held == null ? c.childName : held.name,
                held == null ? null : held.gender, date, reason, today()));
        return errors.isEmpty() ? decided(c, by, changes.identity(c, name, gender, date, by.username, null), reason) : errors;
    }

    @Transactional
    public List<FieldError> joins(ChildCase c, Staff by, String name, String relationship, String parentalResponsibility,
                                  String joinedOn, String reason) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(JOINS, "joinedOn", joinedOn, errors);
        Boolean pr = "yes".equals(parentalResponsibility) ? Boolean.TRUE : "no".equals(parentalResponsibility) ? Boolean.FALSE : null;
        add(errors, JOINS, RecordRules.memberJoins(name, relationship, pr, date, reason, today()));
        if (!errors.isEmpty()) {
            return errors;
        }
        return decided(c, by, changes.joins(c, name.strip() + ", " + relationship.strip(), name, relationship, pr, date), reason);
    }

    @Transactional
    public List<FieldError> leaves(ChildCase c, Staff by, String memberId, String leftOn, String reason) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        HouseholdMember m = member(c, memberId);
        if (m == null || !m.current()) {
            return List.of(new FieldError(field(LEAVES, "member"), "Choose who left from the people in the household now"));
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(LEAVES, "leftOn", leftOn, errors);
        add(errors, LEAVES, RecordRules.memberLeaves(date, m.joinedOn, reason, today()));
        return errors.isEmpty() ? decided(c, by, changes.leaves(m, date, reason), reason) : errors;
    }

    private List<FieldError> decided(ChildCase c, Staff by, RecordChanges.Change change, String reason) {
        decisions.onRecord(c.caseId, by, ManagementDecision.RECORD_CHANGED, "Changed on the record: " + change.what(),
                reason.strip(), null);
        return List.of();
    }

    private static HouseholdMember member(ChildCase c, String id) {
        try {
            HouseholdMember m = id == null ? null : HouseholdMember.findById(Long.parseLong(id.strip()));
            return m != null && m.caseId.equals(c.caseId) ? m : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date as typed, read by {@link TypedDate}; null when blank, or with its error when it is not a real date. */
    private static LocalDate date(String form, String field, String text, List<FieldError> errors) {
        TypedDate typed = TypedDate.read(text);
        if (typed.error() != null) {
            errors.add(new FieldError(field(form, field), typed.error()));
        }
        return typed.orNull();
    }

    /** Adds the rules' violations as field errors, one per field: a date that could not be read is not also "missing". */
    private static void add(List<FieldError> errors, String form, List<Violation> violations) {
        for (Violation v : violations) {
            String id = field(form, v.field());
            if (errors.stream().noneMatch(e -> e.field().equals(id))) {
                errors.add(new FieldError(id, v.message()));
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
