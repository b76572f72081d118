package org.doorstep.server.people;

import io.quarkus.elytron.security.common.BcryptUtil;
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

/** Someone who signs in (R13-auth): passwords are bcrypt hashes; the role decides what they may do. */
@Entity
@Table(name = "staff")
@UserDefinition
public class Staff extends PanacheEntityBase {

    public static final String PRACTITIONER = "practitioner";
    public static final String SUPERVISOR = "supervisor";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

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

    public static Staff create(String username, String displayName, String role, String team, String password) {
        Staff s = new Staff();
        s.username = username;
        s.displayName = displayName;
        s.role = role;
        s.team = team;
        s.passwordHash = BcryptUtil.bcryptHash(password);
        s.persist();
        return s;
    }

    public static Staff named(String username) {
        return username == null ? null : findById(username);
    }

    public boolean isPractitioner() {
        return PRACTITIONER.equals(role);
    }
}
