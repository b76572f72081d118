package org.doorstep.server.summaries;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One 3-monthly case summary as written (R5.7-summary); never changed, the latest is the current one. */
@Entity
@Table(name = "case_summaries")
public class SummaryRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "summary_text", updatable = false)
    public String text;

    /** What is going well (R5.4-balance); null in summaries written before it was asked for. */
    @Column(updatable = false)
    public String strengths;

    /** What worries the writer (R5.4-balance); null in summaries written before it was asked for. */
    @Column(updatable = false)
    public String concerns;

    @Column(name = "written_by", updatable = false)
    public String writtenBy;

    @Column(name = "written_at", updatable = false)
    public Instant writtenAt;
}
