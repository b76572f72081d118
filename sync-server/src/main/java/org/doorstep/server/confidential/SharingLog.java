package org.doorstep.server.confidential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.confidential.ConfidentialRules;
import org.doorstep.model.confidential.LawfulBasis;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.workspace.FormErrors;

/**
 * Consent to share (R6-consent) and the sharing log (R7-shared-log). Sharing without consent
 * (safeguarding, public interest) is a manager's decision, recorded as one with its lawful basis;
 * sharing on consent needs consent in force that the case holds. Named, so the case record page can
 * show the log.
 */
@ApplicationScoped
@Named("sharingLog")
public class SharingLog {

    public static final String WITHOUT_CONSENT = "shared-without-consent";
    public static final String RELEASED_TO_FAMILY = "record-released";

    /** A disclosure as the case record shows it. */
    public record Line(String on, String to, String what, String why, String basis, String by) {
    }

    private final Clock clock;
    private final Decisions decisions;
    private final org.doorstep.server.workspace.Words words;

    SharingLog(Clock clock, Decisions decisions, org.doorstep.server.workspace.Words words) {
        this.clock = clock;
        this.decisions = decisions;
        this.words = words;
    }

    /** The case's disclosures, newest first. */
    public List<Line> of(String caseId) {
        return Disclosure.<Disclosure>list("caseId = ?1 order by disclosedOn desc, id desc", caseId).stream()
                .map(d -> new Line(words.date(d.disclosedOn), d.disclosedTo, d.what, d.why, d.basisLabel(), name(d.recordedBy)))
                .toList();
    }

    public static List<Consent> consents(String caseId) {
        return Consent.list("caseId = ?1 order by givenOn desc, id desc", caseId);
    }

    @Transactional
    public List<FieldError> consent(ChildCase c, Staff by, String givenBy, String purpose, String sharedWith, String how,
                                    String givenOn) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = FormErrors.date("givenOn", givenOn, errors);
        FormErrors.addOncePerField(errors, ConfidentialRules.consent(givenBy, purpose, sharedWith, how, on, today()));
        if (!errors.isEmpty()) {
            return errors;
        }
        Consent k = new Consent();
        k.caseId = c.caseId;
        k.givenBy = givenBy.strip();
        k.purpose = purpose.strip();
        k.sharedWith = sharedWith.strip();
        k.howObtained = how.strip();
        k.givenOn = on;
        k.recordedBy = by.username;
        k.recordedAt = clock.instant();
        k.persist();
        return List.of();
    }

    @Transactional
    public List<FieldError> withdraw(ChildCase c, Staff by, long id, String withdrawnOn) {
        Consent k = Consent.findById(id);
        if (k == null || !k.caseId.equals(c.caseId)) {
            throw new org.doorstep.server.workspace.Scope.NotInScope("There is no consent " + id + " on case " + c.caseId + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = FormErrors.date("withdrawnOn", withdrawnOn, errors);
        if (on == null && errors.isEmpty()) {
            errors.add(new FieldError("withdrawnOn", "Enter the date consent was withdrawn"));
        } else if (on != null && (on.isAfter(today()) || on.isBefore(k.givenOn))) {
            errors.add(new FieldError("withdrawnOn", "The date must be between the day consent was given and today"));
        }
        if (!k.inForce()) {
            errors.add(new FieldError("withdrawnOn", "This consent was already withdrawn"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        k.withdrawnOn = on;
        k.withdrawnRecordedBy = by.username;
        return List.of();
    }

    /**
     * Records a disclosure. On consent, the consent named must be the case's and in force; without
     * consent only a manager of the team may record it, and it is a management decision.
     */
    @Transactional
    public List<FieldError> disclose(ChildCase c, Staff by, String to, String what, String why, String basis,
                                     String consentId, String disclosedOn) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = FormErrors.date("on", disclosedOn, errors);
        FormErrors.addOncePerField(errors, ConfidentialRules.disclosure(to, what, why, basis, on, today()));
        LawfulBasis b = LawfulBasis.fromWire(basis).orElse(null);
        Consent consent = null;
        if (b == LawfulBasis.CONSENT) {
            consent = consentId == null || consentId.isBlank() ? null : Consent.findById(parse(consentId));
            if (consent == null || !consent.caseId.equals(c.caseId) || !consent.inForce()) {
                errors.add(new FieldError("consent", "Choose the consent in force this disclosure rests on"));
            }
        }
        if (b != null && b.withoutConsent() && !Restrictions.managerOf(c, by)) {
            errors.add(new FieldError("basis", "Sharing without consent is a manager's decision: ask a manager of "
                    + c.teamName() + " to record it"));
        }
        if (b == LawfulBasis.ACCESS_REQUEST) {
            errors.add(new FieldError("basis", "A release to the family is recorded from its access request"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        record(c, by, to, what, why, b, consent == null ? null : consent.id, on);
        return List.of();
    }

    /** Writes the disclosure; a basis other than consent or a legal duty is also a management decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Disclosure record(ChildCase c, Staff by, String to, String what, String why, LawfulBasis basis, Long consentId,
                             LocalDate on) {
        Disclosure d = new Disclosure();
        d.caseId = c.caseId;
        d.disclosedTo = to.strip();
        d.what = what.strip();
        d.why = why.strip();
        d.basis = basis.wire();
        d.consentId = consentId;
        d.disclosedOn = on;
        d.recordedBy = by.username;
        d.recordedAt = clock.instant();
        if (basis.withoutConsent() || basis == LawfulBasis.ACCESS_REQUEST) {
            ManagementDecision m = decisions.onRecord(c.caseId, by, basis.withoutConsent() ? WITHOUT_CONSENT : RELEASED_TO_FAMILY,
                    (basis.withoutConsent() ? "Shared without consent with " : "Record released to ") + d.disclosedTo,
                    "Basis: " + basis.label() + ". What: " + d.what + ". Why: " + d.why, null);
            d.decisionId = m.id;
        }
        d.persist();
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(words.zone()));
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String name(String username) {
        return org.doorstep.server.workspace.VisitPage.name(username);
    }
}
