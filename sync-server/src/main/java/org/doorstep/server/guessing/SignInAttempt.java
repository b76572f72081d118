package org.doorstep.server.guessing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in that failed, was refused by a lock, or succeeded (R13-accounts); the name is as typed. */
@Entity
@Table(name = "sign_in_attempts")
public class SignInAttempt extends PanacheEntityBase {

    public static final String FAILED = "failed";
    public static final String LOCKED = "locked";
    public static final String SUCCEEDED = "succeeded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    public String username;

    public String address;

    /** {@link SignInChannel#name()} in lower case: where the password was typed. */
    public String channel;

    public String outcome;
}
