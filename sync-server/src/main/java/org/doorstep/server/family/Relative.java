package org.doorstep.server.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person on the genogram beyond what the household says: a relative, or a household member's sex and dates (V62). */
@Entity
@Table(name = "family_people")
public class Relative extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "household_member_id", updatable = false)
    public Long householdMemberId;

    @Column(name = "person_name", updatable = false)
    public String name;

    @Column(updatable = false)
    public String sex;

    @Column(name = "born_on", updatable = false)
    public LocalDate bornOn;

    @Column(name = "died_on", updatable = false)
    public LocalDate diedOn;

    @Column(updatable = false)
    public boolean deceased;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    /** The key relationships use for this person. */
    public String key() {
        return householdMemberId != null ? "m" + householdMemberId : "f" + id;
    }
}
