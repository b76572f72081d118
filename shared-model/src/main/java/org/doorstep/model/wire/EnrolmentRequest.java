package org.doorstep.model.wire;

/** POST /api/v1/enrolments: a practitioner binds this device's public key to their account. */
public record EnrolmentRequest(String username, String password, String deviceName, String publicKey) {
}
