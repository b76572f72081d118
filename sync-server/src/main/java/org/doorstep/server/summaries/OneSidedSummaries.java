package org.doorstep.server.summaries;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.doorstep.model.record.Balance;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * R5.4-balance on the supervisor's dashboard: the team's cases whose current summary records only
 * concerns or only strengths, so the supervisor can look at them without opening every case.
 */
@ApplicationScoped
@Named("oneSidedSummaries")
public class OneSidedSummaries {

    /** A case whose current summary is one-sided, with what the supervisor is told. */
    @TemplateData
    public record Flagged(String caseId, String childName, String practitioner, String writtenOn, String flag) {
    }

    private final EntityManager em;
    private final Scope scope;
    private final Words words;

    OneSidedSummaries(EntityManager em, Scope scope, Words words) {
        this.em = em;
        this.scope = scope;
        this.words = words;
    }

    /** For the signed-in supervisor's or manager's team, oldest summary first. */
    public List<Flagged> ofMyTeam() {
        Staff me = scope.me();
        // The current summary is the one written at the case's last_summary_at (set in the same transaction).
        List<Object[]> rows = em.createQuery("select c.caseId, c.childName, s.displayName, r.strengths, r.concerns, r.writtenAt "
                        + "from Staff s join ChildCase c on c.allocatedTo = s.username "
                        + "join SummaryRow r on r.caseId = c.caseId and r.writtenAt = c.lastSummaryAt "
                        + "where s.team = ?1 order by r.writtenAt, c.caseId", Object[].class)
                .setParameter(1, me.team).getResultList();
        return rows.stream().filter(r -> Balance.of((String) r[3], (String) r[4]).flagged())
                .map(r -> new Flagged((String) r[0], (String) r[1], (String) r[2], words.date((Instant) r[5]),
                        Balance.of((String) r[3], (String) r[4]).flag().orElseThrow()))
                .limit(20).toList();
    }
}
