package org.doorstep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.doorstep.app.Navigator;
import org.doorstep.app.outbox.SyncSummary;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.ChallengeRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real tablet screens (Monocle) against the real server whose embedded database has just been
 * killed: every request is answered 503 with Retry-After, and the practitioner reads that the server
 * is unavailable and the visits are safe, never that the tablet must be enrolled again.
 */
@ExtendWith(ApplicationExtension.class)
class OutageMessageTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    @DisplayName("R1-contemporaneous: while the server's database is down, API calls and pages answer 503 with Retry-After "
            + "and the tablet shows the outage message; when it is back, the queued visit syncs")
    void outageMessageWhileDatabaseDown(FxRobot robot) throws Exception {
        ServerProcess server = ServerProcess.shared();
        Path home = Files.createTempDirectory(server.dataDir().getParent(), "outage-tablet-");
        FieldTablet tablet = FieldTablet.enrol(home, server.uri(), "amara.okafor", "Outage tablet");
        tablet.recordVisit(0);
        Navigator[] nav = new Navigator[1];
        robot.interact(() -> {
            nav[0] = AppHarness.show(stage, Clock.systemDefaultZone(), home.resolve("unused"), server.uri().toString(), 1280, 800);
            nav[0].opened(tablet.session, false);
            nav[0].showVisits(false);
        });

        ProcessHandle db = server.mariadbd().orElseThrow();
        db.destroyForcibly();
        db.onExit().get();
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (server.readiness() != 503 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(503, server.readiness(), "readiness is DOWN while the database is out");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> challenge = http.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/tokens/challenges"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(new ChallengeRequest(tablet.session.identity().deviceId()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertUnavailable(challenge, "application/problem+json");
        assertTrue(challenge.body().contains("service-unavailable"), challenge.body());
        assertUnavailable(http.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/caseload"))
                .header("Authorization", "Bearer not-looked-up").build(), HttpResponse.BodyHandlers.ofString()), "application/problem+json");
        assertUnavailable(http.send(HttpRequest.newBuilder(server.uri().resolve("workspace")).build(),
                HttpResponse.BodyHandlers.ofString()), "text/html");

        robot.clickOn("#sync-now");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).startsWith(SyncSummary.UNAVAILABLE));
        String said = message(robot);
        assertFalse(said.toLowerCase().contains("enrol"), said);
        assertEquals(1, tablet.pending(), "the visit stays queued on the tablet");
        Path shots = Path.of(System.getProperty("doorstep.reliability.dir", "target"), "screenshots");
        Files.createDirectories(shots);
        Scene scene = stage.getScene();
        robot.interact(() -> {
            try {
                Png.snapshot(scene, shots.resolve("tablet-server-unavailable.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        server.awaitReady(Duration.ofSeconds(90));
        robot.clickOn("#sync-now");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(robot).startsWith("1 synced"));
        assertEquals(0, tablet.pending());
    }

    private static void assertUnavailable(HttpResponse<String> r, String type) {
        assertEquals(503, r.statusCode(), r.uri() + ": " + r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), r.uri() + " says when to try again");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.uri() + " " + r.headers());
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#sync-message").queryAs(Label.class).getText();
    }
}
