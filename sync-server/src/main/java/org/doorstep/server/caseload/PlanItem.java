package org.doorstep.server.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recommendation of the child's plan (R5.2-analysis links visits to these). */
@Entity
@Table(name = "plan_recommendations")
public class PlanItem extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "case_id")
    public String caseId;

    public int position;

    public String text;
}
