package org.doorstep.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.doorstep.app.Navigator;
import org.doorstep.app.outbox.OutboxEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * The app against a running Doorstep server (demo data): only with
 * {@code -Ddoorstep.it.server=http://localhost:8080}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "doorstep.it.server", matches = ".+")
class RealServerTest {

    Navigator nav;

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("doorstep-it");
        nav = AppHarness.show(stage, Clock.system(ZoneId.of("Europe/London")), home,
                System.getProperty("doorstep.it.server"), 1280, 800);
        nav.showStart();
    }

    @Test
    @DisplayName("R13-auth R1-signed R5.2-failed: enrol with the real server, read the caseload, sign a failed visit, sync, 'Synced at'")
    void againstRealServer(FxRobot robot) throws Exception {
        SignInToSyncTest.set(robot, "#username", System.getProperty("doorstep.it.user", "amara.okafor"));
        SignInToSyncTest.set(robot, "#password", "doorstep-demo");
        SignInToSyncTest.set(robot, "#pin", "482913");
        SignInToSyncTest.set(robot, "#pin-repeat", "482913");
        SignInToSyncTest.click(robot, "#sign-in");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".card .button").tryQuery().isPresent());
        robot.interact(() -> { });
        Node start = robot.lookup(".card .button").queryAs(Node.class);
        robot.clickOn(start);
        // The short path of a visit nobody answered (R5.2-failed): every step the real server checks.
        SignInToSyncTest.click(robot, "#went-ahead-no");
        SignInToSyncTest.click(robot, "#outcome-NO_RESPONSE");
        SignInToSyncTest.click(robot, "#next");
        SignInToSyncTest.set(robot, "#purpose", "Unannounced visit");
        SignInToSyncTest.click(robot, "#next");
        SignInToSyncTest.click(robot, "#next");
        SignInToSyncTest.set(robot, "#narrative", "Knocked twice; no answer.");
        SignInToSyncTest.set(robot, "#actions-after", "Left a card asking the family to call me.");
        SignInToSyncTest.click(robot, "#next");
        SignInToSyncTest.click(robot, "#sign");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sync-message").tryQuery().isPresent()
                && !SignInToSyncTest.label(robot, "#sync-message").getText().isEmpty());
        OutboxEntry e = nav.session().outbox().all().get(0);
        assertEquals(OutboxEntry.State.SYNCED, e.state(), SignInToSyncTest.label(robot, "#sync-message").getText()
                + " / " + e.statusText(ZoneId.of("Europe/London")));
        assertTrue(e.receipt().verifiesWith(nav.session().serverKey()));
        assertTrue(SignInToSyncTest.label(robot, "#status-" + e.noteId()).getText().startsWith("Synced at "));

        // R11-rectify: correct the synced note; the real server takes the correction as a new entry naming it.
        SignInToSyncTest.click(robot, "#correct-" + e.noteId());
        for (int step = 1; step < 5; step++) {
            SignInToSyncTest.click(robot, "#next");
        }
        SignInToSyncTest.set(robot, "#correction-reason", "I left out that I also phoned the school.");
        SignInToSyncTest.click(robot, "#sign");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> nav.session().outbox().all().size() == 2
                && nav.session().outbox().pending().isEmpty());
        OutboxEntry correction = nav.session().outbox().all().stream().filter(x -> !x.noteId().equals(e.noteId()))
                .findFirst().orElseThrow();
        assertEquals(OutboxEntry.State.SYNCED, correction.state(), correction.statusText(ZoneId.of("Europe/London")));
        assertEquals(e.noteId(), correction.note().visitNote().amendment().amends());
        assertTrue(correction.receipt().verifiesWith(nav.session().serverKey()));
        assertEquals(e.receipt().caseSequence() + 1, correction.receipt().caseSequence());
    }
}
