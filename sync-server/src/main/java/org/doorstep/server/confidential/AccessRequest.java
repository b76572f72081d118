package org.doorstep.server.confidential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A request from the child or a parent to see the record (R8-access), with its due date and what became of it. */
@Entity
@Table(name = "access_requests")
public class AccessRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "requested_by", updatable = false)
    public String requestedBy;

    @Column(updatable = false)
    public String relationship;

    @Column(name = "received_on", updatable = false)
    public LocalDate receivedOn;

    @Column(name = "due_on", updatable = false)
    public LocalDate dueOn;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    /** What the originator said, as typed before consultations were recorded one by one; kept for those requests. */
    public String consultation;

    /** Why the manager released without every originator's answer; null when each answered. */
    @Column(name = "release_without")
    public String releaseWithout;

    /** The sharing-log line of the release; null until released. */
    @Column(name = "disclosure_id")
    public Long disclosureId;
}
