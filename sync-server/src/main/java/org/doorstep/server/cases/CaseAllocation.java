package org.doorstep.server.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A practitioner's time holding a case, from allocation until it moved on (R14-transfer). A note
 * is accepted from a practitioner who held the case when they signed it, so what a tablet signed
 * before a transfer still lands after it.
 */
@Entity
@Table(name = "case_allocations")
public class CaseAllocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String practitioner;

    @Column(updatable = false)
    public String team;

    /** Null: allocated before this history was kept. */
    @Column(name = "from_at", updatable = false)
    public Instant fromAt;

    /** Null while the practitioner still holds the case. */
    @Column(name = "until_at")
    public Instant untilAt;

    static CaseAllocation begin(String caseId, String practitioner, String team, Instant at) {
        CaseAllocation a = new CaseAllocation();
        a.caseId = caseId;
        a.practitioner = practitioner;
        a.team = team;
        a.fromAt = at;
        a.persist();
        return a;
    }

    /** Ends whichever allocation of the case is open. */
    static void endAll(String caseId, Instant at) {
        update("untilAt = ?1 where caseId = ?2 and untilAt is null", at, caseId);
    }

    /** Whether the practitioner held the case at that moment. */
    public static boolean held(String caseId, String practitioner, Instant at) {
        return at != null && count("caseId = ?1 and practitioner = ?2 and (fromAt is null or fromAt <= ?3) "
                + "and (untilAt is null or untilAt > ?3)", caseId, practitioner, at) > 0;
    }
}
