package org.doorstep.server.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.cases.CaseRules;
import org.doorstep.model.cases.IdentityFact;
import org.doorstep.model.record.TypedDate;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;

/**
 * A correction of the child's legal name, date of birth or address with the evidence seen (R5.1-basic),
 * like the other facts of the basic record: the old value stays as history (R5.4-current-historical),
 * the case row holds the current one, and the correction is a management decision with the evidence
 * as its reason (R5.1-decisions). A supervisor or a manager of the team corrects, as they change the
 * rest of the basic record.
 */
@ApplicationScoped
public class IdentityCorrections {

    /** Who recorded a value held on the case before its history was kept. */
    static final String BEFORE_HISTORY = "migration";

    private final EntityManager em;
    private final Moves moves;

    IdentityCorrections(EntityManager em, Moves moves) {
        this.em = em;
        this.moves = moves;
    }

    @Transactional
    public CaseOutcome correct(ChildCase c, Staff by, String factName, String value, String evidence) {
        IdentityFact fact = factName == null ? null : IdentityFact.of(factName).orElse(null);
        if (fact == null) {
            return CaseOutcome.refused("fact", "Choose what is corrected: the legal name, date of birth or address");
        }
        if (by.team == null || !by.team.equals(c.teamName()) || !(Staff.MANAGER.equals(by.role) || Staff.SUPERVISOR.equals(by.role))) {
            return CaseOutcome.refused("value", "Only a supervisor or manager of " + c.teamName() + " corrects the record");
        }
        // The case row locked, managed in this transaction even when the caller holds a copy (an import).
        c = em.find(ChildCase.class, c.caseId, LockModeType.PESSIMISTIC_WRITE);
        List<FieldError> errors = new ArrayList<>();
        TypedDate date = fact == IdentityFact.DATE_OF_BIRTH ? TypedDate.read(value) : new TypedDate.Blank();
        if (date.error() != null) {
            errors.add(new FieldError("value", date.error()));
        }
        Moves.errors(CaseRules.identityCorrection(fact, value, date.orNull(), evidence, moves.today())).stream()
                .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field()))).forEach(errors::add);
        String was = current(c, fact);
        String now = fact == IdentityFact.DATE_OF_BIRTH ? (date.orNull() == null ? null : date.orNull().toString())
                : value == null ? null : value.strip();
        if (errors.isEmpty() && now.equals(was)) {
            errors.add(new FieldError("value", "This is already the child's " + fact.label().toLowerCase(java.util.Locale.UK)
                    + " on the record"));
        }
        if (!errors.isEmpty()) {
            return CaseOutcome.refused(errors);
        }
        if (CaseFact.history(c.caseId, fact.wire()).isEmpty() && was != null) {
            // Held on the case before any history: keep it as the first value, date not known.
            CaseFact.record(c.caseId, fact.wire(), was, null, BEFORE_HISTORY, moves.now(), null, null);
        }
        CaseFact.record(c.caseId, fact.wire(), now, moves.today(), by.username, moves.now(), null, evidence.strip());
        switch (fact) {
            case LEGAL_NAME -> c.childName = now;
            case DATE_OF_BIRTH -> c.dateOfBirth = LocalDate.parse(now);
            case ADDRESS -> c.address = now;
        }
        moves.decided(c, by, ManagementDecision.IDENTITY_CORRECTED, fact.label() + " corrected to " + shown(fact, now)
                + (was == null ? "" : " (was " + shown(fact, was) + ")"), "Evidence seen: " + evidence.strip());
        return CaseOutcome.done(c);
    }

    /** Every value the fact has had, newest (current) first. */
    public List<CaseFact> history(ChildCase c, IdentityFact fact) {
        return CaseFact.history(c.caseId, fact.wire());
    }

    static String current(ChildCase c, IdentityFact fact) {
        return switch (fact) {
            case LEGAL_NAME -> c.childName;
            case DATE_OF_BIRTH -> c.dateOfBirth == null ? null : c.dateOfBirth.toString();
            case ADDRESS -> c.address;
        };
    }

    static String shown(IdentityFact fact, String value) {
        return fact == IdentityFact.DATE_OF_BIRTH && value != null ? CaseOpenings.DAY.format(LocalDate.parse(value)) : value;
    }
}
