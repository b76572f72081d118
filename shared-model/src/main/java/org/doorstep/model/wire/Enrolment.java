package org.doorstep.model.wire;

/** The enrolled device: its id (the key id), whose it is, and the key that signs receipts. */
public record Enrolment(String deviceId, String username, String displayName, String serverPublicKey) {
}
