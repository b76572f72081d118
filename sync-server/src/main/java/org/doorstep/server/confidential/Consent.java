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

/** Consent to share (R6-consent): who gave it, for what, with whom, how, when; withdrawn, when. */
@Entity
@Table(name = "consents")
public class Consent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "given_by", updatable = false)
    public String givenBy;

    @Column(updatable = false)
    public String purpose;

    @Column(name = "shared_with", updatable = false)
    public String sharedWith;

    @Column(name = "how_obtained", updatable = false)
    public String howObtained;

    @Column(name = "given_on", updatable = false)
    public LocalDate givenOn;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawn_recorded_by")
    public String withdrawnRecordedBy;

    public boolean inForce() {
        return withdrawnOn == null;
    }
}
