package org.doorstep.app.ui;

import static org.doorstep.app.ui.SignInToSyncTest.click;
import static org.doorstep.app.ui.SignInToSyncTest.label;
import static org.doorstep.app.ui.SignInToSyncTest.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Enrolments;
import org.doorstep.app.store.UnlockSecret;
import org.doorstep.app.sync.FakeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

/**
 * The tablet's guards as a practitioner meets them (R13-accounts, R13-at-rest): https by default,
 * a passphrase instead of a PIN, a new tablet waiting for its supervisor's approval, and the limit
 * of wrong PINs. With {@code -Dscreenshots=DIR} it writes the screens as PNGs.
 */
@ExtendWith(ApplicationExtension.class)
class TabletGuardTest {

    static final Clock CLOCK = Clock.system(ZoneId.of("Europe/London"));

    FakeServer server;
    Path home;
    Navigator nav;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = new FakeServer();
        home = Files.createTempDirectory("doorstep-guard");
        nav = AppHarness.show(stage, CLOCK, home, server.uri().toString());
        nav.showStart();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("R13-accounts R13-at-rest: set-up refuses plain http to a network server and says why; a passphrase can "
            + "replace the PIN; a new tablet says plainly it waits for approval and whom to ask")
    void setUpWithPassphraseWaitsForApproval(FxRobot robot) throws Exception {
        assertTrue(texts(robot).contains("Plain http:// is allowed only for a server on this device"), "the screen says so");
        set(robot, "#server", "http://192.168.1.20:8080");
        set(robot, "#username", "amara.okafor");
        set(robot, "#password", "doorstep-demo");
        click(robot, "#use-passphrase");
        assertTrue(texts(robot).contains("Choose a passphrase (at least 12 characters"), texts(robot));
        set(robot, "#pin", "kettle");
        click(robot, "#sign-in");
        assertTrue(label(robot, "#server-error").getText().contains("Use https://"), label(robot, "#server-error").getText());
        assertTrue(label(robot, "#pin-error").getText().contains("at least 12 characters"));
        shot(robot, "app-setup-passphrase-errors");

        server.waitingForApproval = true;
        set(robot, "#server", server.uri().toString());
        set(robot, "#pin", "kettle harbour violet");
        set(robot, "#pin-repeat", "kettle harbour violet");
        click(robot, "#sign-in");
        waitFor(() -> robot.lookup("#caseload-status").tryQuery()
                .map(n -> ((Labeled) n).getText().startsWith("Waiting for approval")).orElse(false));
        String status = label(robot, "#caseload-status").getText();
        assertTrue(status.contains("Ask Priya Shah (supervisor) or Daniel Reed (manager)"), status);
        shot(robot, "app-waiting-for-approval");

        assertEquals(UnlockSecret.Kind.PASSPHRASE, new Enrolments(home, CLOCK).secretKind());
        robot.interact(() -> nav.lock());
        assertTrue(texts(robot).contains("Enter your passphrase"), texts(robot));
    }

    @Test
    @DisplayName("R13-at-rest: the unlock screen counts wrong PINs, warns before the last 3 that unsynced visits would be "
            + "lost, and after the 10th the tablet's data is deleted and set-up starts again")
    void tenWrongPins(FxRobot robot) throws Exception {
        new Enrolments(home, CLOCK).enrol(server.uri(), "amara.okafor", "doorstep-demo", "482913", UnlockSecret.Kind.PIN, "Tablet");
        robot.interact(() -> nav.showStart());
        for (int i = 1; i <= 6; i++) {
            wrongPin(robot);
            assertEquals("That PIN is not right. Try again.", label(robot, "#pin-error").getText());
        }
        wrongPin(robot);
        String warning = label(robot, "#pin-error").getText();
        assertTrue(warning.contains("3 tries are left") && warning.contains("visits that have not synced yet would be lost"), warning);
        shot(robot, "app-unlock-last-tries");
        wrongPin(robot);
        wrongPin(robot);
        click(robot, "#pin");
        set(robot, "#pin", "111112");
        click(robot, "#unlock");
        waitFor(() -> robot.lookup("#sign-in").tryQuery().isPresent());
        assertTrue(label(robot, "#notice").getText().contains("deleted its Doorstep data"), label(robot, "#notice").getText());
        assertFalse(new Enrolments(home, CLOCK).enrolled());
        shot(robot, "app-wiped");
    }

    private void wrongPin(FxRobot robot) throws Exception {
        String before = label(robot, "#pin-error").getText();
        set(robot, "#pin", "111112");
        int wrong = new Enrolments(home, CLOCK).wrongSoFar();
        click(robot, "#unlock");
        waitFor(() -> new Enrolments(home, CLOCK).wrongSoFar() == wrong + 1
                && !robot.lookup("#unlock").queryAs(Node.class).isDisabled() && !label(robot, "#pin-error").getText().isEmpty());
        assertFalse(before == null);
    }

    private static String texts(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        robot.lookup(n -> n instanceof Labeled).queryAll().forEach(n -> all.append(((Labeled) n).getText()).append('\n'));
        return all.toString();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Png.screenshot(robot, stage.getScene(), name);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
