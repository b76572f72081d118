package org.doorstep.model.wire;

import java.time.Instant;

/** A bearer token for the API, valid until {@code expiresAt}. */
public record AccessToken(String token, Instant expiresAt) {
}
