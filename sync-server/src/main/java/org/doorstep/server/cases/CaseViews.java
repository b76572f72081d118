package org.doorstep.server.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.model.cases.IdentityFact;
import org.doorstep.model.record.NhsNumber;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.workspace.Words;

/** Reads a case into the words of its management page. */
@ApplicationScoped
public class CaseViews {

    /** The decisions that move a case or correct who the child is, shown as its history of moves. */
    static final List<String> MOVES = List.of(CaseEvent.OPENED, CaseEvent.ALLOCATED, ManagementDecision.TRANSFER_AUDITED,
            CaseEvent.TRANSFERRED, CaseEvent.CLOSED, CaseEvent.REOPENED, ManagementDecision.IDENTITY_CORRECTED);

    private final Words words;

    CaseViews(Words words) {
        this.words = words;
    }

    public CaseView of(ChildCase c, Staff me) {
        CaseTransfer t = CaseTransfer.pendingOf(c.caseId);
        CaseView.Pending pending = t == null ? null : new CaseView.Pending(t.id, t.toTeam,
                t.toPractitioner == null ? null : Teams.name(t.toPractitioner), Teams.name(t.auditedBy), words.dateTime(t.auditedAt));
        List<CaseView.Move> moves = ManagementDecision.<ManagementDecision>list(
                        "caseId = ?1 and kind in ?2 order by decidedAt desc, id desc", c.caseId, MOVES).stream()
                .map(d -> new CaseView.Move(words.dateTime(d.decidedAt), d.decision, Teams.name(d.decidedBy), d.reasons))
                .toList();
        List<CaseView.Fact> identity = Arrays.stream(IdentityFact.values()).map(f -> new CaseView.Fact(f.wire(), f.label(),
                shown(f, IdentityCorrections.current(c, f)), CaseFact.history(c.caseId, f.wire()).stream()
                .map(v -> new CaseView.Value(shown(f, v.value), v.effectiveFrom == null ? null : words.date(v.effectiveFrom),
                        IdentityCorrections.BEFORE_HISTORY.equals(v.recordedBy) ? null : Teams.name(v.recordedBy),
                        words.dateTime(v.recordedAt), v.evidence)).toList())).toList();
        return new CaseView(c.caseId, c.childName, words.date(c.dateOfBirth), c.address,
                c.nhsNumber == null ? null : new NhsNumber(c.nhsNumber).formatted(),
                c.referralDate == null ? null : words.date(c.referralDate), c.referralSource, c.teamName(),
                c.allocatedTo == null ? null : Teams.name(c.allocatedTo), c.closedOn == null ? null : words.date(c.closedOn),
                pending, CaseStates.mayMove(c, me), mayCorrect(c, me), moves, identity);
    }

    static boolean mayCorrect(ChildCase c, Staff me) {
        return me.team != null && me.team.equals(c.teamName())
                && (Staff.MANAGER.equals(me.role) || Staff.SUPERVISOR.equals(me.role));
    }

    private String shown(IdentityFact f, String value) {
        return f == IdentityFact.DATE_OF_BIRTH && value != null ? words.date(LocalDate.parse(value)) : value;
    }
}
