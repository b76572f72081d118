package org.doorstep.server.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.model.visit.Violation;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.notes.CaseEventEntries;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every move of a case writes, in the caller's transaction: a management decision with who,
 * when and why (R5.1-decisions), and, for a move of the case itself, an entry in its hash chain
 * (R1-contemporaneous), so the record and the decisions tell the same story.
 */
@ApplicationScoped
public class Moves {

    private final Clock clock;
    private final ZoneId zone;
    private final Decisions decisions;
    private final CaseEventEntries chain;

    Moves(Clock clock, @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone,
          Decisions decisions, CaseEventEntries chain) {
        this.clock = clock;
        this.zone = zone;
        this.decisions = decisions;
        this.chain = chain;
    }

    /** A decision only (an audit, a correction): the case does not move. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ManagementDecision decided(ChildCase c, Staff by, String kind, String what, String why) {
        return decisions.onRecord(c.caseId, by, kind, what, why.strip(), null);
    }

    /** The case moved: the decision, and the move as the next entry of the case's chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ManagementDecision moved(ChildCase c, Staff by, String eventKind, String what, String why) {
        ManagementDecision d = decided(c, by, eventKind, what, why);
        chain.append(new CaseEvent(UUID.randomUUID().toString(), c.caseId, eventKind, d.decidedAt, by.username,
                what + ". " + why.strip()));
        return d;
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The rules' violations as errors beside the form's fields, one per field. */
    static List<FieldError> errors(List<Violation> violations) {
        List<FieldError> out = new ArrayList<>();
        for (Violation v : violations) {
            if (out.stream().noneMatch(e -> e.field().equals(v.field()))) {
                out.add(new FieldError(v.field(), v.message()));
            }
        }
        return out;
    }
}
