package org.doorstep.server.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note's first offer that the server refused (see {@link FirstOffers}). */
@Entity
@Table(name = "note_first_offers")
public class FirstOffer extends PanacheEntityBase {

    @Id
    @Column(name = "note_id")
    public String noteId;

    @Column(name = "device_id")
    public String deviceId;

    @Column(name = "offered_at")
    public Instant offeredAt;

    @Column(name = "refused_as")
    public String refusedAs;
}
