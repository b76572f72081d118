package org.doorstep.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorstep.server.ProfileConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo's data and passwords are published in the README: the demo server must not be reachable from the network by default. */
class DemoBindingTest {

    @Test
    @DisplayName("R13-auth: the demo profile listens on loopback only; production keeps its own setting")
    void demoListensOnLoopback() throws IOException {
        assertEquals("127.0.0.1", ProfileConfig.of("demo").getValue("quarkus.http.host", String.class));
        assertTrue(ProfileConfig.of("prod").getOptionalValue("quarkus.http.host", String.class).isEmpty(),
                "production binds where its operator says (Quarkus's default unless configured)");
    }

    @Test
    @DisplayName("R13-auth: ./doorstep demo starts the server on 127.0.0.1 unless DOORSTEP_HOST says otherwise")
    void demoCommandBindsLoopback() throws IOException {
        String script = Files.readString(Path.of("..", "doorstep"));
        assertTrue(script.contains("HOST=\"${DOORSTEP_HOST:-127.0.0.1}\""), "the default host is loopback");
        assertTrue(script.contains("-Dquarkus.http.host=\"$HOST\""), "the server is started with that host");
    }
}
