package org.doorstep.app.enrolment;

/**
 * Who this tablet is, kept in the encrypted store: the server it is enrolled with, its device id,
 * the practitioner, the server's receipt key, and the device's private key seed (base64url). The
 * seed is only ever on disk inside the PIN-encrypted store.
 */
public record DeviceIdentity(
        String serverUri,
        String deviceId,
        String username,
        String displayName,
        String serverPublicKey,
        String deviceKeySeed) {

    public static final String NAME = "identity.json";

    @Override
    public String toString() {
        return "DeviceIdentity[" + deviceId + ", " + username + " @ " + serverUri + "]";
    }
}
