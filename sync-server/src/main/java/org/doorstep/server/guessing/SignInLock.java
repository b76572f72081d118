package org.doorstep.server.guessing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lock on an account or a client address after too many wrong passwords (R13-accounts). */
@Entity
@Table(name = "sign_in_locks")
public class SignInLock extends PanacheEntityBase {

    public static final String ACCOUNT = "account";
    public static final String ADDRESS = "address";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;

    /** The username as typed, or the client address. */
    public String subject;

    @Column(name = "locked_at")
    public Instant lockedAt;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "released_by")
    public String releasedBy;

    public boolean holdsAt(Instant now) {
        return releasedAt == null && lockedUntil.isAfter(now);
    }
}
