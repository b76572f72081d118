package org.doorstep.server.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One visit of an {@link AuditSample}, in the order drawn; what the list needs is copied at the draw. */
@Entity
@Table(name = "audit_sample_visits")
public class SampledVisit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sample_id", updatable = false)
    public Long sampleId;

    @Column(name = "draw_order", updatable = false)
    public int drawOrder;

    @Column(name = "note_id", updatable = false)
    public String noteId;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String author;

    @Column(name = "visit_start", updatable = false)
    public Instant visitStart;
}
