package org.doorstep.server.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.model.cases.CaseRules;
import org.doorstep.model.cases.IdentityFact;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.record.NhsNumber;
import org.doorstep.model.record.TypedDate;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.notes.VisitDayTallies;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * A case opened at referral and allocated to a practitioner (R1-contemporaneous, R14-transfer): the
 * one way a case comes into being, for the workspace's form, the demo and an import. Opening writes
 * the case's first chain entry, so the record runs from referral; each step is a manager's decision
 * with who, when and why. Refused input stores nothing.
 */
@ApplicationScoped
public class CaseOpenings {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String CASE_ID = "C-[0-9A-Za-z-]{1,60}";

    /**
     * What a referral says about the child, as typed (dates as a form or a file writes them).
     *
     * @param caseId the case's id when it has one already (an import); null or blank for the next C-number
     * @param team   the team the case belongs to; null for the opening manager's own
     */
    public record Opening(String caseId, String team, String legalName, String dateOfBirth, String address,
                          String nhsNumber, String referralDate, String referralSource) {
    }

    private final EntityManager em;
    private final Moves moves;
    private final VisitDayTallies days;

    CaseOpenings(EntityManager em, Moves moves, VisitDayTallies days) {
        this.em = em;
        this.moves = moves;
        this.days = days;
    }

    /** What is wrong with an opening, field by field, without storing anything (for a dry run too). */
    @Transactional
    public List<FieldError> check(Opening o, Staff by) {
        List<FieldError> errors = new ArrayList<>();
        if (!Staff.MANAGER.equals(by.role) && !Staff.ADMIN.equals(by.role)) {
            return List.of(new FieldError("legalName", "Only a manager opens a case"));
        }
        String team = teamOf(o, by);
        if (!Teams.exists(team)) {
            errors.add(new FieldError("team", "Choose a team that exists: " + (team == null ? "no team was given" : team + " is not one")));
        } else if (Staff.MANAGER.equals(by.role) && !team.equals(by.team)) {
            errors.add(new FieldError("team", "You open cases for your own team, " + by.team));
        }
        if (o.caseId() != null && !o.caseId().isBlank()) {
            if (!o.caseId().strip().matches(CASE_ID)) {
                errors.add(new FieldError("caseId", "A case id starts with C- and has only letters, digits and dashes"));
            } else if (ChildCase.findById(o.caseId().strip()) != null) {
                errors.add(new FieldError("caseId", "There is already a case " + o.caseId().strip()));
            }
        }
        TypedDate born = TypedDate.read(o.dateOfBirth());
        TypedDate referred = TypedDate.read(o.referralDate());
        add(errors, "dateOfBirth", born.error());
        add(errors, "referralDate", referred.error());
        Moves.errors(CaseRules.opening(o.legalName(), born.orNull(), o.address(), o.nhsNumber(), referred.orNull(),
                o.referralSource(), moves.today())).forEach(e -> add(errors, e.field(), e.message()));
        return errors;
    }

    /** Opens the case, unallocated, in the team; its first chain entry says it was opened at referral. */
    @Transactional
    public CaseOutcome open(Opening o, Staff by) {
        List<FieldError> errors = check(o, by);
        if (!errors.isEmpty()) {
            return CaseOutcome.refused(errors);
        }
        LocalDate born = TypedDate.read(o.dateOfBirth()).orNull();
        LocalDate referred = TypedDate.read(o.referralDate()).orNull();
        ChildCase c = new ChildCase();
        c.caseId = o.caseId() == null || o.caseId().isBlank() ? nextId() : o.caseId().strip();
        c.team = teamOf(o, by);
        c.childName = o.legalName().strip();
        c.dateOfBirth = born;
        c.address = o.address().strip();
        c.referralDate = referred;
        c.referralSource = o.referralSource().strip();
        c.openedOn = referred;
        c.persist();
        String evidence = "Referral from " + c.referralSource;
        // The legal identity as the referral gave it is the first value of each fact's history.
        CaseFact.record(c.caseId, IdentityFact.LEGAL_NAME.wire(), c.childName, referred, by.username, moves.now(), null, evidence);
        CaseFact.record(c.caseId, IdentityFact.DATE_OF_BIRTH.wire(), born.toString(), referred, by.username, moves.now(), null, evidence);
        CaseFact.record(c.caseId, IdentityFact.ADDRESS.wire(), c.address, referred, by.username, moves.now(), null, evidence);
        if (o.nhsNumber() != null && !o.nhsNumber().isBlank()) {
            c.nhsNumber = ((NhsNumber.Parsed.Valid) NhsNumber.parse(o.nhsNumber())).number().digits();
            CaseFact.record(c.caseId, FactKind.NHS_NUMBER, c.nhsNumber, referred, by.username, moves.now(), null);
        }
        em.flush();
        moves.moved(c, by, CaseEvent.OPENED, "Case opened at referral: " + c.childName + ", born " + DAY.format(born),
                "Referral received on " + DAY.format(referred) + " from " + c.referralSource + ".");
        return CaseOutcome.done(c);
    }

    /**
     * Allocates a case that has no practitioner (newly opened, reopened, or received without one) to a
     * practitioner of its team. An allocated case moves to someone else by a transfer, after an audit.
     */
    @Transactional
    public CaseOutcome allocate(ChildCase c, Staff by, String practitioner, String reason) {
        // The case row locked, managed in this transaction even when the caller holds a copy (an import).
        c = em.find(ChildCase.class, c.caseId, LockModeType.PESSIMISTIC_WRITE);
        String refused = CaseStates.whyNotMove(c, by);
        if (refused != null) {
            return CaseOutcome.refused("practitioner", refused);
        }
        if (c.allocatedTo != null) {
            return CaseOutcome.refused("practitioner", "The case is allocated to " + Teams.name(c.allocatedTo)
                    + ": to move it to someone else, transfer it after an audit");
        }
        List<FieldError> errors = new ArrayList<>();
        Staff to = Teams.practitioner(c.teamName(), practitioner);
        String notThem = practitioner == null || practitioner.isBlank() ? "Choose the practitioner the case is allocated to"
                : Teams.whyNotTake(c.teamName(), practitioner);
        if (notThem != null) {
            errors.add(new FieldError("practitioner", notThem));
        }
        Moves.errors(CaseRules.allocation(reason)).forEach(e -> add(errors, e.field(), e.message()));
        if (!errors.isEmpty()) {
            return CaseOutcome.refused(errors);
        }
        holds(c, to);
        moves.moved(c, by, CaseEvent.ALLOCATED, "Case allocated to " + to.displayName, reason);
        return CaseOutcome.done(c);
    }

    /** The practitioner holds the case from now on; whoever held it before stops now (R14-transfer). */
    void holds(ChildCase c, Staff practitioner) {
        String before = c.team;
        CaseAllocation.endAll(c.caseId, moves.now());
        if (practitioner != null) {
            CaseAllocation.begin(c.caseId, practitioner.username, practitioner.team, moves.now());
            c.team = practitioner.team;
        } else if (c.team == null) {
            c.team = c.teamName();
        }
        // The team's dashboard counts move with the case (issue 14), as its visits do.
        days.moved(c.caseId, before, c.team);
        c.allocatedTo = practitioner == null ? null : practitioner.username;
    }

    /** The next free C-number: a sequence hands each out once; one taken by an imported case is skipped. */
    private String nextId() {
        while (true) {
            Number n = (Number) em.createNativeQuery("select nextval(case_numbers)").getSingleResult();
            String id = "C-" + n.longValue();
            if (ChildCase.findById(id) == null) {
                return id;
            }
        }
    }

    private static String teamOf(Opening o, Staff by) {
        return o.team() == null || o.team().isBlank() ? by.team : o.team().strip();
    }

    private static void add(List<FieldError> errors, String field, String message) {
        if (message != null && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }
}
