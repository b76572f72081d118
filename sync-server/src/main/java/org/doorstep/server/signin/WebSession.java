package org.doorstep.server.signin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workspace session, known to the server by the SHA-256 of the random id in the browser's cookie. */
@Entity
@Table(name = "web_sessions")
public class WebSession extends PanacheEntityBase {

    @Id
    @Column(name = "id_hash")
    public String idHash;

    public String username;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "last_active_at")
    public Instant lastActiveAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_why")
    public String endedWhy;

    boolean open() {
        return endedAt == null;
    }
}
