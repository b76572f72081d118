package org.doorstep.server.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A recommendation as it stood after it was recorded, changed or retired, with who did it, when and
 * why (R5.4: history is kept). Append-only.
 */
@Entity
@Table(name = "plan_history")
public class PlanHistoryRow extends PanacheEntityBase {

    public static final String RECORDED = "recorded";
    public static final String CHANGED = "changed";
    public static final String RETIRED = "retired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recommendation_id", updatable = false)
    public String recommendationId;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String happened;

    @Column(updatable = false)
    public String text;

    /** The tasks as lines ("what · owner · by date"), as they stood. */
    @Column(updatable = false)
    public String tasks;

    @Column(name = "done_by", updatable = false)
    public String doneBy;

    @Column(name = "done_at", updatable = false)
    public Instant doneAt;

    @Column(updatable = false)
    public String reason;
}
