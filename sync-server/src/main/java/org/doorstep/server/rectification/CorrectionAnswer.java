package org.doorstep.server.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The answer to a request to correct the record (R11-rectify), keyed by the request, so there is
 * at most one; never changed. Also recorded as a management decision ({@link #decisionId}).
 */
@Entity
@Table(name = "correction_answers")
public class CorrectionAnswer extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public Long requestId;

    /** A {@link org.doorstep.model.record.RectificationOutcome} wire name. */
    @Column(updatable = false)
    public String outcome;

    @Column(updatable = false)
    public String reasons;

    /** The note that makes the correction, as a plain reference: it may be recorded after the answer. */
    @Column(name = "correction_note_id", updatable = false)
    public String correctionNoteId;

    @Column(name = "decision_id", updatable = false)
    public Long decisionId;

    @Column(name = "answered_by", updatable = false)
    public String answeredBy;

    @Column(name = "answered_at", updatable = false)
    public Instant answeredAt;
}
