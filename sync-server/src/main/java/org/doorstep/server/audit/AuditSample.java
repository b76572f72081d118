package org.doorstep.server.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manager's draw of visits to audit (R12-audit), with the seed that repeats it; never changed. */
@Entity
@Table(name = "audit_samples")
public class AuditSample extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(updatable = false)
    public String team;

    /** Whose visits; null for the whole team's. */
    @Column(updatable = false)
    public String practitioner;

    /** The month the visits took place, as "2026-11". */
    @Column(name = "sample_month", updatable = false)
    public String month;

    @Column(updatable = false)
    public long seed;

    @Column(name = "sample_size", updatable = false)
    public int size;

    /** How many visits there were to draw from. */
    @Column(updatable = false)
    public int candidates;

    @Column(name = "drawn_by", updatable = false)
    public String drawnBy;

    @Column(name = "drawn_at", updatable = false)
    public Instant drawnAt;
}
