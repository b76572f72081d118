package org.doorstep.server;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one test server that differs from the default: sessions that end in seconds (a 3-second idle
 * timeout, a 10-second lifetime) instead of 15 minutes and 10 hours, the cookie forced Secure as behind
 * a TLS proxy, the server's log in a file of its own, and the demo data seeded at start. Each profile of
 * its own restarts the application (and cleans and migrates the database) once more per run, so the
 * tests that need any of these share it: none of the session tests minds the demo team, and the demo
 * test reads only the database.
 */
public class ShortSessionsAndDemoData implements QuarkusTestProfile {

    public static final Path LOG = Path.of("target", "session-lifetime-test.log");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("doorstep.session.idle-timeout", "PT3S", "doorstep.session.absolute-lifetime", "PT10S",
                "doorstep.session.secure-cookie", "true", "doorstep.demo-data", "true",
                "quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString());
    }
}
