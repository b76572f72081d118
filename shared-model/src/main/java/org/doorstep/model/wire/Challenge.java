package org.doorstep.model.wire;

import java.time.Instant;

/** A one-time challenge; the device signs {@link TokenChallenge#message} over it. */
public record Challenge(String deviceId, String challenge, Instant expiresAt) {
}
