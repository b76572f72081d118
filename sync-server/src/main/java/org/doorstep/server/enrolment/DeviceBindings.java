package org.doorstep.server.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.server.cluster.RetryOnConflict;
import org.doorstep.server.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Binds a device key to the practitioner whose password was just checked: once, whichever instance
 * the tablet reaches. Its own transaction, run again on a conflict, after the password check and
 * apart from it, so running it again never checks (or counts) the password twice.
 */
@ApplicationScoped
class DeviceBindings {

    private final Clock clock;
    private final boolean approveOnEnrolment;

    DeviceBindings(Clock clock,
                   @ConfigProperty(name = "doorstep.devices.approve-on-enrolment", defaultValue = "false") boolean approveOnEnrolment) {
        this.clock = clock;
        this.approveOnEnrolment = approveOnEnrolment;
    }

    @Transactional
    @RetryOnConflict
    Device bind(VerifyingKey key, String username, String deviceName) {
        Device device = Device.findById(key.keyId());
        if (device == null) {
            device = new Device();
            device.deviceId = key.keyId();
            device.username = username;
            device.deviceName = deviceName;
            device.publicKey = key.base64();
            device.enrolledAt = clock.instant();
            if (approveOnEnrolment) {
                device.approvedAt = device.enrolledAt;
            }
            device.persist();
        } else if (!device.username.equals(username)) {
            throw ProblemException.of("device-already-enrolled", "Device already enrolled", 409,
                    "This key is already enrolled for another practitioner; make a new key pair on the tablet.");
        } else if (device.isRevoked()) {
            throw ProblemException.of("device-revoked", "Device revoked", 403,
                    "This device key was revoked; make a new key pair on the tablet and enrol again.");
        }
        return device;
    }
}
