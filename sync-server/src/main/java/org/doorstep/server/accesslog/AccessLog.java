package org.doorstep.server.accesslog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.doorstep.server.cluster.ConflictRetry;

/**
 * The case access log (R7-shared-log): every view of a case record by anyone, through the web
 * workspace or the tablet API, is written here before the record is shown.
 */
@ApplicationScoped
public class AccessLog {

    public static final int PAGE = 100;

    private final Clock clock;
    private final ConflictRetry conflicts;

    AccessLog(Clock clock, ConflictRetry conflicts) {
        this.clock = clock;
        this.conflicts = conflicts;
    }

    /** Records the view in its own transaction, so it stays logged even when the page then fails. */
    public void viewed(String caseId, String username, String what) {
        viewedAll(List.of(caseId), username, what);
    }

    /** One line for each case, in one transaction: a caseload download carries many records at once. */
    public void viewedAll(List<String> caseIds, String username, String what) {
        if (caseIds.isEmpty()) {
            return;
        }
        // A caseload download's bookkeeping: run again if it collides with another instance's writes.
        conflicts.call(() -> QuarkusTransaction.requiringNew().call(() -> {
            for (String caseId : caseIds) {
                AccessLogEntry e = new AccessLogEntry();
                e.caseId = caseId;
                e.username = username;
                e.accessedAt = clock.instant();
                e.what = what.length() > 300 ? what.substring(0, 300) : what;
                e.persist();
            }
            return null;
        }));
    }

    /** Newest first, one page of {@link #PAGE}. */
    public List<AccessLogEntry> of(String caseId, int page) {
        return AccessLogEntry.<AccessLogEntry>find("caseId = ?1 order by accessedAt desc, id desc", caseId)
                .page(page, PAGE).list();
    }

    public long count(String caseId) {
        return AccessLogEntry.count("caseId", caseId);
    }
}
