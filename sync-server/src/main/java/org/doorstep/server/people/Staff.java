package org.doorstep.server.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.doorstep.model.people.AccountRules;

/**
 * Someone who signs in (R13-auth): passwords are bcrypt hashes; the role decides what they may do. A
 * disabled account stays, because records name it, but signs in nowhere (R13-accounts); accounts are
 * made and changed through {@link People}.
 */
@Entity
@Table(name = "staff")
@UserDefinition
public class Staff extends PanacheEntityBase {

    public static final String PRACTITIONER = AccountRules.PRACTITIONER;
    public static final String SUPERVISOR = AccountRules.SUPERVISOR;
    public static final String MANAGER = AccountRules.MANAGER;
    public static final String ADMIN = AccountRules.ADMIN;

    @Id
    @Username
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String role;

    public String team;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_by")
    public String disabledBy;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    /**
     * Stores an account as it is given, with no checks: for tests and seeds that make people directly.
     * Everything a person does goes through {@link People}, which checks the rules first.
     */
    public static Staff create(String username, String displayName, String role, String team, String password) {
        if (team != null) {
            Team.ensure(team, null);
        }
        Staff s = new Staff();
        s.username = username;
        s.displayName = displayName;
        s.role = role;
        s.team = team;
        s.passwordHash = PasswordHashes.hash(password);
        s.persist();
        return s;
    }

    public static Staff named(String username) {
        return username == null ? null : findById(username);
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public boolean isPractitioner() {
        return PRACTITIONER.equals(role);
    }
}
