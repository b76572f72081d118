package org.doorstep.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.DeviceIdentity;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.outbox.TestNotes;
import org.doorstep.app.store.InMemoryStore;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.model.signing.SigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * What the practitioner sees on the visits screen when their tablet was revoked (R15-lost-device).
 * With {@code -Dscreenshots=DIR} it writes {@code app-visits-revoked.png}.
 */
@ExtendWith(ApplicationExtension.class)
class RevokedTabletTest {

    FakeServer server;
    Navigator nav;
    Stage stage;
    SigningKey key = SigningKey.generate();
    String deviceId = key.verifyingKey().keyId();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = new FakeServer();
        server.devices.put(deviceId, key.verifyingKey());
        nav = AppHarness.show(stage, AppHarness.CLOCK, java.nio.file.Files.createTempDirectory("doorstep-revoked"),
                server.uri().toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("R15-lost-device: a revoked tablet's Sync now says it was revoked and to contact the administrator; the visits stay queued")
    void revokedTabletKeepsItsVisits(FxRobot robot) throws Exception {
        DeviceIdentity id = new DeviceIdentity(server.uri().toString(), deviceId, "amara.okafor", "Amara Okafor",
                server.serverKey.verifyingKey().base64(), Base64.getUrlEncoder().withoutPadding().encodeToString(key.seed()));
        Session session = new Session(new InMemoryStore(), id, AppHarness.CLOCK);
        session.caseload().save(FakeServer.caseload("amara.okafor"), AppHarness.CLOCK.instant());
        server.revoke(deviceId);

        // Nothing queued: only the caseload refresh hears it, and the screen still says so.
        robot.interact(() -> {
            nav.opened(session, false);
            nav.showVisits(true);
        });
        waitFor(() -> message(robot).contains("revoked"));
        assertTrue(message(robot).endsWith("No visits are waiting to be sent. Contact your administrator."), message(robot));

        session.outbox().add(TestNotes.signed("case-1001", deviceId, key), "Maya Thompson", Instant.parse("2026-11-24T10:00:00Z"));
        session.outbox().add(TestNotes.signed("case-1002", deviceId, key), "Oliver Hughes", Instant.parse("2026-11-24T13:00:00Z"));
        robot.interact(() -> nav.showVisits(true));
        waitFor(() -> message(robot).contains("Your 2 visits"));
        assertEquals("This tablet has been revoked, so it can no longer send visits to the case record. This happens "
                + "when a tablet is reported lost or stolen. Your 2 visits that have not synced stay on this tablet, "
                + "encrypted; nothing was deleted. Contact your administrator.", message(robot));
        assertEquals(2, session.outbox().pending().size());
        session.outbox().all().forEach(e -> assertEquals(OutboxEntry.State.QUEUED, e.state()));
        assertEquals(0, server.batchRequests.get(), "no token, so nothing was sent");
        shot(robot, "app-visits-revoked");
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#sync-message").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Png.screenshot(robot, stage.getScene(), name);
    }
}
