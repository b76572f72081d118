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
import org.doorstep.model.confidential.LawfulBasis;

/** One disclosure outside the team (R7-shared-log): to whom, what, when, why, on what basis, by whom. Never changed. */
@Entity
@Table(name = "disclosures")
public class Disclosure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "disclosed_to", updatable = false)
    public String disclosedTo;

    @Column(updatable = false)
    public String what;

    @Column(updatable = false)
    public String why;

    @Column(updatable = false)
    public String basis;

    @Column(name = "consent_id", updatable = false)
    public Long consentId;

    @Column(name = "disclosed_on", updatable = false)
    public LocalDate disclosedOn;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    /** The management decision of a disclosure without consent or of a release to the family. */
    @Column(name = "decision_id", updatable = false)
    public Long decisionId;

    public String basisLabel() {
        return LawfulBasis.fromWire(basis).map(LawfulBasis::label).orElse(basis);
    }
}
