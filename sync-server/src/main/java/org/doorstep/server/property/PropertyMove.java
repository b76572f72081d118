package org.doorstep.server.property;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a {@link PropertyItem} was from a moment on, and whether it had gone back to the child; never changed. */
@Entity
@Table(name = "child_property_moves")
public class PropertyMove extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id", updatable = false)
    public Long itemId;

    @Column(updatable = false)
    public String location;

    @Column(updatable = false)
    public boolean returned;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    /** Noted lost at a visit: {@code location} is where it was last seen. */
    @Column(updatable = false)
    public boolean lost;

    /** The visit note this came from on a tablet; null when recorded on the workspace. */
    @Column(name = "note_id", updatable = false)
    public String noteId;
}
