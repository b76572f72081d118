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
import org.doorstep.model.family.Bond;
import org.doorstep.model.family.Relationship;

/** One relationship on the child's genogram as stored (V62); {@link #relationship()} is the shared model's. */
@Entity
@Table(name = "family_relationships")
public class Kinship extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String kind;

    @Column(name = "from_key", updatable = false)
    public String fromKey;

    @Column(name = "to_key", updatable = false)
    public String toKey;

    @Column(updatable = false)
    public String bond;

    @Column(name = "since_on", updatable = false)
    public LocalDate sinceOn;

    @Column(name = "until_on", updatable = false)
    public LocalDate untilOn;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    public Relationship relationship() {
        return new Relationship(Relationship.Kind.valueOf(kind), fromKey, toKey, bond == null ? null : Bond.valueOf(bond), sinceOn,
                untilOn);
    }
}
