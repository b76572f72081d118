package org.doorstep.server.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.doorstep.server.cluster.RetryOnConflict;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.model.record.TextLimits;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.notes.VisitFact;
import org.doorstep.server.notes.VisitTallies;
import org.doorstep.server.people.Staff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-off of visits and other management decisions (R12-oversight, R5.1-decisions). Each is
 * recorded once with who decided, when, and the reasons in their own words; nothing is changed
 * afterwards.
 */
@ApplicationScoped
public class Decisions {

    /** What went wrong with a submitted form, field by field, in words for the person. */
    public record FieldError(String field, String message) {
    }

    /** The result of a sign-off or decision: recorded, or refused with the errors to show. */
    public record Outcome(ManagementDecision decision, List<FieldError> errors) {
        public boolean recorded() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final EntityManager em;
    private final DateTimeFormatter day;
    private final VisitTallies tallies;

    Decisions(Clock clock, EntityManager em, VisitTallies tallies, @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.clock = clock;
        this.em = em;
        this.tallies = tallies;
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(zone);
    }

    /** Signs off a visit the caller may see; the comment becomes the decision's reasons. */
    @Transactional
    @RetryOnConflict
    public Outcome signOff(VisitFact visit, Staff by, String comment) {
        List<FieldError> errors = new ArrayList<>();
        String reasons = comment == null ? "" : comment.strip();
        TextLimits.required("Comment", reasons, TextLimits.REASONS, "Enter a comment: what you checked and what happens next")
                .ifPresent(m -> errors.add(new FieldError("comment", m)));
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        em.find(ChildCase.class, visit.caseId, LockModeType.PESSIMISTIC_WRITE);
        ManagementDecision existing = ManagementDecision.signOffOf(visit.noteId);
        if (existing != null) {
            return new Outcome(null, List.of(new FieldError("comment", "This visit was already signed off by "
                    + existing.decidedBy + "; it can be signed off only once")));
        }
        ManagementDecision d = new ManagementDecision();
        d.caseId = visit.caseId;
        d.kind = ManagementDecision.VISIT_SIGN_OFF;
        d.decision = "Visit of " + day.format(visit.visitStart) + " signed off";
        d.reasons = reasons;
        d.decidedBy = by.username;
        d.decidedAt = clock.instant();
        d.signsOff = visit.noteId;
        d.persist();
        // The workspace's copy, in this transaction: the dashboard and queue read it through an index.
        int indexed = em.createQuery("update VisitFact f set f.signedOffAt = ?1 where f.noteId = ?2")
                .setParameter(1, d.decidedAt).setParameter(2, visit.noteId).executeUpdate();
        visit.signedOffAt = d.decidedAt;
        if (indexed == 1) {
            // A version a correction has just replaced is no longer counted, so nothing to take off.
            tallies.signedOff(visit);
        }
        return new Outcome(d, List.of());
    }

    /** Records a decision about a case with its reasons. */
    @Transactional
    @RetryOnConflict
    public Outcome record(String caseId, Staff by, String decision, String reasons) {
        List<FieldError> errors = new ArrayList<>();
        String what = decision == null ? "" : decision.strip();
        String why = reasons == null ? "" : reasons.strip();
        TextLimits.required("Decision", what, TextLimits.DECISION, "Enter the decision")
                .ifPresent(m -> errors.add(new FieldError("decision", m)));
        TextLimits.required("Reasons", why, TextLimits.REASONS, "Enter the reasons for the decision")
                .ifPresent(m -> errors.add(new FieldError("reasons", m)));
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        ManagementDecision d = new ManagementDecision();
        d.caseId = caseId;
        d.kind = ManagementDecision.CASE_DECISION;
        d.decision = what;
        d.reasons = why;
        d.decidedBy = by.username;
        d.decidedAt = clock.instant();
        d.persist();
        return new Outcome(d, List.of());
    }

    /**
     * Records a decision that changes or keeps the case's facts (a proposal confirmed or rejected, a
     * change made on the record), in the caller's transaction, so the change and its decision are
     * kept together or not at all. The caller has checked the reasons, which are kept whole (the
     * supervisor's words and the basis, each within its own limit; V17); the generated headline is cut to fit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ManagementDecision onRecord(String caseId, Staff by, String kind, String decision, String reasons,
                                       String proposalId) {
        ManagementDecision d = new ManagementDecision();
        d.caseId = caseId;
        d.kind = kind;
        d.decision = decision.length() > TextLimits.DECISION ? decision.substring(0, TextLimits.DECISION - 1) + "…" : decision;
        d.reasons = reasons;
        d.decidedBy = by.username;
        d.decidedAt = clock.instant();
        d.proposalId = proposalId;
        d.persist();
        return d;
    }

    /** The newest {@code max} decisions of the case, newest first. */
    public List<ManagementDecision> newest(String caseId, int max) {
        return newest(caseId, 0, max);
    }

    /** Decisions of the case, newest first, {@code max} from {@code first}. */
    public List<ManagementDecision> newest(String caseId, int first, int max) {
        return ManagementDecision.<ManagementDecision>find("caseId = ?1 order by decidedAt desc, id desc", caseId)
                .range(first, first + max - 1).list();
    }

    public List<ManagementDecision> of(String caseId) {
        return ManagementDecision.list("caseId = ?1 order by decidedAt desc, id desc", caseId);
    }
}
