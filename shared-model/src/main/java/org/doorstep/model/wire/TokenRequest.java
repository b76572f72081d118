package org.doorstep.model.wire;

/** POST /api/v1/tokens: the signed challenge, exchanged for a short-lived API token. */
public record TokenRequest(String deviceId, String challenge, String signature) {
}
