package org.doorstep.server.signin;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Sessions that end in seconds (a 3-second idle timeout, a 10-second lifetime) instead of 15 minutes
 * and 10 hours, the cookie forced Secure as behind a TLS proxy, and the server's log in a file of its
 * own. One profile for every test that needs short sessions: each profile of its own restarts the
 * application (and cleans and migrates the database) once more per run.
 */
public class ShortSessions implements QuarkusTestProfile {

    public static final Path LOG = Path.of("target", "session-lifetime-test.log");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("doorstep.session.idle-timeout", "PT3S", "doorstep.session.absolute-lifetime", "PT10S",
                "doorstep.session.secure-cookie", "true",
                "quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString());
    }
}
