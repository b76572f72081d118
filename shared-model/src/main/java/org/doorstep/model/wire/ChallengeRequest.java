package org.doorstep.model.wire;

/** POST /api/v1/tokens/challenges: asks for a one-time challenge to sign with the device key. */
public record ChallengeRequest(String deviceId) {
}
