package org.doorstep.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.audit.AuditDraw;
import org.doorstep.model.audit.AuditRules;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.notes.VisitFact;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Words;

/**
 * Draws a sample of a practitioner's or the team's completed visits of one month (R12-audit). The
 * candidates are read in note-id order and drawn by {@link AuditDraw} with the seed, which is kept,
 * so the same request with the same seed draws the same visits again.
 */
@ApplicationScoped
public class AuditDraws {

    public static final String PRACTITIONER_INPUT = "audit-practitioner";
    public static final String MONTH_INPUT = "audit-month";
    public static final String SIZE_INPUT = "audit-size";
    public static final String SEED_INPUT = "audit-seed";

    /** What the manager asked for, as typed, so a refused form comes back as it was. */
    public record Request(String practitioner, String month, String size, String seed) {
    }

    /** The sample drawn, or the errors to show beside the fields. */
    public record Outcome(AuditSample sample, List<FieldError> errors) {
        public boolean drawn() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final Words words;
    private final SecureRandom seeds = new SecureRandom();

    AuditDraws(Clock clock, Words words) {
        this.clock = clock;
        this.words = words;
    }

    /** The practitioners of the manager's team, whose visits may be sampled, by name. */
    public List<Staff> practitioners(Staff me) {
        return Staff.list("team = ?1 and role = ?2 order by displayName", me.team, Staff.PRACTITIONER);
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(words.zone()));
    }

    @Transactional
    public Outcome draw(Staff me, Request r) {
        List<FieldError> errors = new ArrayList<>();
        Staff whose = null;
        if (r.practitioner() != null && !r.practitioner().isBlank()) {
            whose = practitioners(me).stream().filter(s -> s.username.equals(r.practitioner())).findFirst().orElse(null);
            if (whose == null) {
                errors.add(new FieldError(PRACTITIONER_INPUT, "Choose a practitioner of your team, or the whole team"));
            }
        }
        AuditRules.Parsed<YearMonth> month = AuditRules.month(r.month(), thisMonth());
        AuditRules.Parsed<Integer> size = AuditRules.size(r.size());
        AuditRules.Parsed<Optional<Long>> seed = AuditRules.seed(r.seed());
        if (!month.ok()) {
            errors.add(new FieldError(MONTH_INPUT, month.problem()));
        }
        if (!size.ok()) {
            errors.add(new FieldError(SIZE_INPUT, size.problem()));
        }
        if (!seed.ok()) {
            errors.add(new FieldError(SEED_INPUT, seed.problem()));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        List<VisitFact> candidates = candidates(me, whose, month.value());
        if (candidates.isEmpty()) {
            return new Outcome(null, List.of(new FieldError(MONTH_INPUT, "There are no completed visits "
                    + (whose == null ? "by your team" : "by " + whose.displayName) + " in "
                    + AuditWords.month(month.value()) + " to sample; choose another month")));
        }
        long s = seed.value().orElseGet(seeds::nextLong);
        AuditSample sample = new AuditSample();
        sample.team = me.team;
        sample.practitioner = whose == null ? null : whose.username;
        sample.month = month.value().toString();
        sample.seed = s;
        sample.size = size.value();
        sample.candidates = candidates.size();
        sample.drawnBy = me.username;
        sample.drawnAt = clock.instant();
        sample.persist();
        List<VisitFact> drawn = AuditDraw.draw(candidates, size.value(), s);
        for (int i = 0; i < drawn.size(); i++) {
            SampledVisit v = new SampledVisit();
            v.sampleId = sample.id;
            v.drawOrder = i + 1;
            v.noteId = drawn.get(i).noteId;
            v.caseId = drawn.get(i).caseId;
            v.author = drawn.get(i).author;
            v.visitStart = drawn.get(i).visitStart;
            v.persist();
        }
        return new Outcome(sample, List.of());
    }

    /**
     * Completed visits of the month by the practitioner (or any of the team's practitioners) on cases
     * the team holds now, in note-id order: a failed visit has no views or analysis to grade, and a
     * case gone to another team is no longer the manager's to open.
     */
    private List<VisitFact> candidates(Staff me, Staff whose, YearMonth month) {
        List<String> authors = whose != null ? List.of(whose.username)
                : practitioners(me).stream().map(s -> s.username).toList();
        if (authors.isEmpty()) {
            return List.of();
        }
        Instant from = month.atDay(1).atStartOfDay(words.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(words.zone()).toInstant();
        List<VisitFact> visits = VisitFact.list("author in ?1 and visitStart >= ?2 and visitStart < ?3 "
                + "and (outcome is null or outcome = ?4) order by noteId", authors, from, to, VisitOutcome.COMPLETED.name());
        return visits.stream().filter(v -> {
            ChildCase c = ChildCase.findById(v.caseId);
            return c != null && me.team.equals(c.teamName());
        }).toList();
    }
}
