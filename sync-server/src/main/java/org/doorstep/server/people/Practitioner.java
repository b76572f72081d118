package org.doorstep.server.people;

/** Who is calling the API: the practitioner a valid token was issued to, and the device it was issued for. */
public record Practitioner(String username, String displayName, String deviceId) {
}
