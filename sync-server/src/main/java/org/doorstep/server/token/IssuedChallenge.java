package org.doorstep.server.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time challenge waiting for the device's signature; deleted when used. */
@Entity
@Table(name = "token_challenges")
public class IssuedChallenge extends PanacheEntityBase {

    @Id
    public String challenge;

    @Column(name = "device_id")
    public String deviceId;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
