package org.doorstep.server.cover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.doorstep.model.cover.CoverRules;

/** A practitioner's cover for a case until a last day (R14-cover); ended early when {@code endedAt} is set. */
@Entity
@Table(name = "cover_grants")
public class CoverGrant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String practitioner;

    @Column(name = "until_date", updatable = false)
    public LocalDate until;

    @Column(updatable = false)
    public String reason;

    @Column(name = "granted_by", updatable = false)
    public String grantedBy;

    @Column(name = "granted_at", updatable = false)
    public Instant grantedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    public boolean inForce(LocalDate today, ZoneId zone) {
        return CoverRules.inForce(until, endedAt, today, zone);
    }

    public boolean covers(Instant visitStart, ZoneId zone) {
        return CoverRules.covers(until, endedAt, visitStart, zone);
    }
}
