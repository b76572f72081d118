package org.doorstep.server.enrolment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.doorstep.model.signing.VerifyingKey;

/** A tablet's public key bound to the practitioner who enrolled it; its id is the key id. */
@Entity
@Table(name = "devices")
public class Device extends PanacheEntityBase {

    @Id
    @Column(name = "device_id")
    public String deviceId;

    public String username;

    @Column(name = "device_name")
    public String deviceName;

    @Column(name = "public_key")
    public String publicKey;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    /** When its practitioner's supervisor or manager approved it (R13-accounts); until then it gets no caseload. */
    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Who approved it; null for a tablet enrolled before approval existed, or approved on enrolment in the demo. */
    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Who revoked it from the workspace (R15-lost-device); null for a device revoked before that page. */
    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_reason")
    public String revokedReason;

    /** The newest token issued before revocation, whose row revoking deletes. */
    @Column(name = "last_token_at")
    public Instant lastTokenAt;

    public VerifyingKey verifyingKey() {
        return ParsedDeviceKeys.of(publicKey);
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
