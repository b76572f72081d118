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
 * withheld. Named, so the case record page asks it.
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

    public Shown of(String caseId, List<CaseRecordPage.Visit> visits) {
        Withheld hidden = Restrictions.from(ChildCase.findById(caseId), scope.me());
        List<CaseRecordPage.Visit> rows = visits.stream().filter(v -> !hidden.entry(v.noteId())).toList();
        return new Shown(rows, visits.size() - rows.size());
    }
}
