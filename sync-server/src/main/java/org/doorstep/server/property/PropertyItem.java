package org.doorstep.server.property;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that belongs to the child (R5.4-child-property); where it is lives in its {@link PropertyMove}s. */
@Entity
@Table(name = "child_property")
public class PropertyItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public String description;

    @Column(name = "added_by", updatable = false)
    public String addedBy;

    @Column(name = "added_at", updatable = false)
    public Instant addedAt;

    /** The visit note that added it from a tablet; null when added on the workspace. */
    @Column(name = "note_id", updatable = false)
    public String noteId;
}
