package org.doorstep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.doorstep.app.sync.SyncOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What used to need a person at night: a server killed outright starts again by itself on the same data. */
class KilledServerRestartsTest {

    @Test
    @DisplayName("R1-contemporaneous: a server killed with SIGKILL starts again on the same data directory within 60 s, "
            + "with no hand clean-up, and knows the tablets and notes it had")
    void killedServerStartsAgain() throws Exception {
        ServerProcess server = ServerProcess.shared();
        Path home = Files.createTempDirectory(server.dataDir().getParent(), "restart-tablet-");
        FieldTablet tablet = FieldTablet.enrol(home, server.uri(), "tom.price", "Restart tablet");
        tablet.recordVisit(0);
        assertInstanceOf(SyncOutcome.Accepted.class, tablet.session.worker().syncNow().get(0));

        ProcessHandle leftover = server.mariadbd().orElseThrow();
        server.kill();
        assertTrue(leftover.isAlive(), "SIGKILL leaves the embedded mariadbd running, holding the data directory's locks");

        Duration took = server.start();

        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "ready again in " + took);
        assertFalse(leftover.isAlive(), "the leftover mariadbd was stopped by the new start");
        assertEquals(1, ProcessHandle.allProcesses().filter(p -> server.mariadbd().map(m -> m.pid() == p.pid()).orElse(false)).count());
        tablet.recordVisit(1);
        var outcomes = tablet.session.worker().syncNow();
        assertEquals(1, outcomes.size(), "the note synced before the kill is not sent again");
        assertInstanceOf(SyncOutcome.Accepted.class, outcomes.get(0), "the enrolled tablet gets a token and its note is stored");
        System.out.println("RESTART-TEST ready again after SIGKILL in " + took);
    }
}
