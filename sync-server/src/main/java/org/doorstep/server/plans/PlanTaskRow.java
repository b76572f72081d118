package org.doorstep.server.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.doorstep.model.wire.PlanTask;

/** One current task of a plan recommendation: what, who owns it, by when (R5.2-analysis). */
@Entity
@Table(name = "plan_tasks")
public class PlanTaskRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recommendation_id")
    public String recommendationId;

    public int position;

    public String what;

    public String owner;

    @Column(name = "due_by")
    public LocalDate dueBy;

    public PlanTask task() {
        return new PlanTask(what, owner, dueBy);
    }
}
