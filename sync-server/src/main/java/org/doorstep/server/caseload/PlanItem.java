package org.doorstep.server.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One recommendation of the child's plan or review (R5.2-analysis links visits to these). A retired
 * recommendation stays, so the analysis of visits made against it keeps its link; its wording over
 * time is in {@code plan_history} ({@code plans} package).
 */
@Entity
@Table(name = "plan_recommendations")
public class PlanItem extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "case_id")
    public String caseId;

    public int position;

    public String text;

    /** Who recorded it on the case record; null for one seeded before plans were recorded there. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retired_reason")
    public String retiredReason;

    public boolean retired() {
        return retiredAt != null;
    }

    /** The case's recommendations in force, in plan order. */
    public static List<PlanItem> current(String caseId) {
        return list("caseId = ?1 and retiredAt is null order by position, id", caseId);
    }

    /** Every recommendation the case ever had, retired ones too: a visit's analysis may link to any. */
    public static List<String> everId(String caseId) {
        return PlanItem.<PlanItem>list("caseId", caseId).stream().map(p -> p.id).toList();
    }
}
