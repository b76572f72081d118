package org.doorstep.server.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A child's case: who the child is and which practitioner it is allocated to. */
@Entity
@Table(name = "cases")
public class ChildCase extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "child_name")
    public String childName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    public String address;

    @Column(name = "legal_status")
    public String legalStatus;

    @Column(name = "allocated_to")
    public String allocatedTo;

    /** Ten digits, checked with {@link org.doorstep.model.record.NhsNumber} before it is stored (R5.1-basic). */
    @Column(name = "nhs_number")
    public String nhsNumber;

    /** The council's own case reference. */
    @Column(name = "local_id")
    public String localId;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    /** The start of the case's first visit in the record (R5.7-summary); null before any visit. */
    @Column(name = "first_visit_at")
    public java.time.Instant firstVisitAt;

    /** When the latest 3-monthly case summary was written (R5.7-summary); set with the summary, null before any. */
    @Column(name = "last_summary_at")
    public java.time.Instant lastSummaryAt;

    /**
     * The team the case belongs to, allocated or not (R14-transfer); it changes when a transfer is received.
     * Its practitioners on duty may visit it while it is unallocated (R14-cover).
     */
    public String team;

    /** When the referral that opened the case was received, and from whom (R1-contemporaneous). */
    @Column(name = "referral_date")
    public LocalDate referralDate;

    @Column(name = "referral_source")
    public String referralSource;

    /** The day the case was closed; null while it is open. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    public boolean isClosed() {
        return closedOn != null;
    }

    /** The case's team; a case made before teams were kept on the case belongs to its practitioner's. */
    public String teamName() {
        if (team != null) {
            return team;
        }
        org.doorstep.server.people.Staff allocated = org.doorstep.server.people.Staff.named(allocatedTo);
        return allocated == null ? null : allocated.team;
    }

    /** Keeps {@link #firstVisitAt} when a visit merges: only an earlier visit changes it. */
    public void visited(java.time.Instant visitStart) {
        if (visitStart != null && (firstVisitAt == null || visitStart.isBefore(firstVisitAt))) {
            firstVisitAt = visitStart;
        }
    }

    /** No NHS number reaches the database unless its check digit holds (R5.1-basic). */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void checkNhsNumber() {
        if (nhsNumber != null) {
            new org.doorstep.model.record.NhsNumber(nhsNumber);
        }
    }

    public boolean isAllocatedTo(String username) {
        return allocatedTo != null && allocatedTo.equals(username);
    }
}
