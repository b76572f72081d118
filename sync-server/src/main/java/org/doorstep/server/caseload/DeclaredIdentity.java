package org.doorstep.server.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The name and gender the child declares, from a date, and who recorded it (R5.1-gender).
 * Append-only: a change is a new row; the latest recorded is current and the earlier ones are its history.
 */
@Entity
@Table(name = "declared_identity")
public class DeclaredIdentity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "declared_name", updatable = false)
    public String name;

    @Column(updatable = false)
    public String gender;

    @Column(name = "effective_from", updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    @Column(name = "proposal_id", updatable = false)
    public String proposalId;

    /** Newest (current) first. */
    public static List<DeclaredIdentity> history(String caseId) {
        return list("caseId = ?1 order by id desc", caseId);
    }

    public static DeclaredIdentity current(String caseId) {
        List<DeclaredIdentity> all = history(caseId);
        return all.isEmpty() ? null : all.get(0);
    }

    public static DeclaredIdentity record(String caseId, String name, String gender, LocalDate from, String by,
                                          Instant at, String proposalId) {
        DeclaredIdentity d = new DeclaredIdentity();
        d.caseId = caseId;
        d.name = name;
        d.gender = gender;
        d.effectiveFrom = from;
        d.recordedBy = by;
        d.recordedAt = at;
        d.proposalId = proposalId;
        d.persist();
        return d;
    }

    /** The name to show for the child: as declared, or the name the case was opened with. */
    public static String nameOf(ChildCase c) {
        DeclaredIdentity d = current(c.caseId);
        return d == null ? c.childName : d.name;
    }
}
