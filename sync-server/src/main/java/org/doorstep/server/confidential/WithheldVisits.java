package org.doorstep.server.confidential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.workspace.CaseRecordPage;
import org.doorstep.server.workspace.Scope;

/**
 * The case record's list of visits as the signed-in person may see it (R7-restricted): a restricted
 * visit they may not see has no row (not even its date or practitioner), only a count of what is
 * withheld, and its chronology line says only that it is withheld. Named, so the case record page asks it.
 */
@ApplicationScoped
@Named("withheldVisits")
public class WithheldVisits {

    /** The rows to show and how many were left out. */
    public record Shown(List<CaseRecordPage.Visit> rows, int withheld) {
    }

    private final Scope scope;

    WithheldVisits(Scope scope) {
        this.scope = scope;
    }

    /** The chronology's lines, a restricted visit's line saying only that it is withheld and why. */
    public List<CaseRecordPage.Line> lines(String caseId, List<CaseRecordPage.Line> lines) {
        Withheld hidden = Restrictions.from(ChildCase.findById(caseId), scope.me());
        return lines.stream().map(l -> hidden.line(l.id(), l.noteId())
                .map(r -> new CaseRecordPage.Line(l.id(), l.date(), withheldLine(r), "Withheld", null, null, "Withheld"))
                .orElse(l)).toList();
    }

    /** What stands in a withheld chronology line's place: that it is withheld and why, nothing of it. */
    public static String withheldLine(Restriction r) {
        return Restriction.ENTRY.equals(r.itemKind) ? "Withheld: a restricted visit (" + r.reasonLabel() + ")."
                : "Withheld: a restricted line (" + r.reasonLabel() + ").";
    }

    public Shown of(String caseId, List<CaseRecordPage.Visit> visits) {
        Withheld hidden = Restrictions.from(ChildCase.findById(caseId), scope.me());
        List<CaseRecordPage.Visit> rows = visits.stream().filter(v -> !hidden.entry(v.noteId())).toList();
        return new Shown(rows, visits.size() - rows.size());
    }
}
