package org.doorstep.server.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A request to correct the record as it was logged (R11-rectify); never changed afterwards. */
@Entity
@Table(name = "correction_requests")
public class CorrectionRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "received_on", updatable = false)
    public LocalDate receivedOn;

    @Column(name = "requester_name", updatable = false)
    public String requesterName;

    @Column(name = "requester_relationship", updatable = false)
    public String relationship;

    @Column(name = "what_is_wrong", updatable = false)
    public String whatIsWrong;

    @Column(name = "asked_for", updatable = false)
    public String askedFor;

    /** The visit note the request is about, if it is about one. */
    @Column(name = "concerns_note_id", updatable = false)
    public String concernsNoteId;

    @Column(name = "due_on", updatable = false)
    public LocalDate dueOn;

    @Column(name = "logged_by", updatable = false)
    public String loggedBy;

    @Column(name = "logged_at", updatable = false)
    public Instant loggedAt;
}
