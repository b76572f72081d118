package org.doorstep.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.model.audit.AuditCheck;
import org.doorstep.model.audit.AuditGrade;
import org.doorstep.model.audit.AuditRules;
import org.doorstep.model.record.TextLimits;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.workspace.Words;

/**
 * Grades a sampled visit against the checklist (R12-audit). The grade is kept with the sample and,
 * in the same transaction, recorded as a management decision on the visit's case (R5.1-decisions),
 * so the case record shows that its practice was audited and with what result.
 */
@ApplicationScoped
public class AuditGrading {

    /** The kind of the management decision a grade is recorded as. */
    public static final String DECISION_KIND = "audit-grade";
    public static final String COMMENT = "comment";

    /** The grade recorded, or the errors to show beside the visit's checklist (field names without the visit's prefix). */
    public record Outcome(VisitGrade grade, List<FieldError> errors) {
        public boolean recorded() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final EntityManager em;
    private final Decisions decisions;
    private final Words words;

    AuditGrading(Clock clock, EntityManager em, Decisions decisions, Words words) {
        this.clock = clock;
        this.em = em;
        this.decisions = decisions;
        this.words = words;
    }

    @Transactional
    public Outcome grade(Staff me, AuditSample sample, SampledVisit visit, Map<AuditCheck, String> answers, String comment) {
        List<FieldError> errors = new ArrayList<>();
        AuditRules.unanswered(answers).forEach((check, message) -> errors.add(new FieldError(check.field(), message)));
        String why = comment == null ? "" : comment.strip();
        TextLimits.required("Comment", why, TextLimits.REASONS, "Enter a comment: what was good and what should change")
                .ifPresent(m -> errors.add(new FieldError(COMMENT, m)));
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        // One grade per visit of a sample: the lock makes a second manager's click wait and then see the first grade.
        em.find(AuditSample.class, sample.id, LockModeType.PESSIMISTIC_WRITE);
        VisitGrade existing = VisitGrade.find("sampleId = ?1 and noteId = ?2", sample.id, visit.noteId).firstResult();
        if (existing != null) {
            return new Outcome(null, List.of(new FieldError(COMMENT, "This visit was already graded by "
                    + AuditViews.name(existing.gradedBy) + "; a grade is recorded once")));
        }
        VisitGrade g = new VisitGrade();
        g.sampleId = sample.id;
        g.noteId = visit.noteId;
        List<String> notMet = new ArrayList<>();
        for (AuditCheck c : AuditCheck.values()) {
            boolean met = "yes".equals(answers.get(c));
            g.set(c, met);
            if (met) {
                g.checksMet++;
            } else {
                notMet.add(c.label().toLowerCase(Locale.UK));
            }
        }
        AuditGrade grade = AuditGrade.of(g.checksMet);
        g.grade = grade.name();
        g.gradedBy = me.username;
        g.gradedAt = clock.instant();
        String headline = "Audit of the visit of " + words.date(visit.visitStart) + ": " + grade.label() + ", "
                + g.checksMet + " of " + AuditCheck.values().length + " checks met"
                + (notMet.isEmpty() ? "" : " (not met: " + String.join(", ", notMet) + ")");
        ManagementDecision d = decisions.onRecord(visit.caseId, me, DECISION_KIND, headline, why, null);
        g.decisionId = d.id;
        g.persist();
        return new Outcome(g, List.of());
    }
}
