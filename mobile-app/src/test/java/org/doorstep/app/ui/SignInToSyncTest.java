package org.doorstep.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.doorstep.app.Navigator;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.sketch.SketchPad;
import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/**
 * The whole app as a practitioner uses it, against a real (tiny) HTTP server: sign in and enrol,
 * caseload from the server, record a visit, sign, sync, "Synced at". With {@code -Dscreenshots=DIR}
 * it also writes a PNG of each screen (width and height from {@code -Dscreenshots.size=1280x800}).
 */
@ExtendWith(ApplicationExtension.class)
class SignInToSyncTest {

    static final Clock CLOCK = Clock.system(ZoneId.of("Europe/London"));

    FakeServer server;
    Path home;
    Navigator nav;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = new FakeServer();
        home = Files.createTempDirectory("doorstep-ui");
        nav = AppHarness.show(stage, CLOCK, home, server.uri().toString());
        nav.showStart();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("R13-auth R13-at-rest R1-signed R5.2-child-seen R5.2-failed: enrol, caseload, visit, sign, sync, 'Synced at HH:mm'")
    void endToEnd(FxRobot robot) throws Exception {
        shot(robot, "app-signin");
        set(robot, "#username", "amara.okafor");
        set(robot, "#password", "wrong");
        set(robot, "#pin", "123");
        click(robot, "#sign-in");
        assertEquals("Choose a PIN of at least 6 digits.", label(robot, "#pin-error").getText());
        set(robot, "#pin", "482913");
        set(robot, "#pin-repeat", "482913");
        click(robot, "#sign-in");
        waitFor(() -> !label(robot, "#password-error").getText().isEmpty());
        assertEquals("The username or password is not right.", label(robot, "#password-error").getText());
        shot(robot, "app-signin-error");
        set(robot, "#password", "doorstep-demo");
        click(robot, "#sign-in");

        waitFor(() -> robot.lookup("#start-case-1001").tryQuery().isPresent()
                && label(robot, "#caseload-status").getText().startsWith("Updated"));
        assertTrue(EncryptedFileStore.exists(home.resolve("store")), "R13-at-rest: the tablet's store is encrypted on disk");
        shot(robot, "app-caseload");

        click(robot, "#start-case-1001");
        click(robot, "#went-ahead-no");
        shot(robot, "app-visit-0-outcome-failed");
        click(robot, "#went-ahead-yes");
        shot(robot, "app-visit-0-outcome");
        click(robot, "#next");
        set(robot, "#purpose", "Statutory visit under the child protection plan");
        shot(robot, "app-visit-1-when-where");
        set(robot, "#venue", "");
        click(robot, "#next");
        shot(robot, "app-visit-1-validation");
        set(robot, "#venue", "Family home, 12 Elm Road");
        click(robot, "#next");

        // the worker is listed already; the mother and brother are a tap each, from the household on the record
        click(robot, "#household-choice-0");
        click(robot, "#household-choice-1");
        click(robot, "#interpreter-no");
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#step-label").queryAs(Node.class)));
        shot(robot, "app-visit-2-present");
        click(robot, "#next");

        click(robot, "#seen-no");
        click(robot, "#next");
        shot(robot, "app-visit-3-child-validation");
        click(robot, "#seen-yes");
        click(robot, "#alone-yes");
        shot(robot, "app-visit-3-child");
        click(robot, "#next");

        set(robot, "#child-views", "Maya said school is \"good\" and she likes her new teacher, Mr Patel.");
        set(robot, "#child-views-support", "Talked alone in her room while Jo made tea; no help needed.");
        set(robot, "#carer-views", "Jo said the ICPC was frightening but the core group meeting helped and she feels more supported.");
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#advice-carer-views").queryAs(Node.class)));
        shot(robot, "app-visit-4-views");
        click(robot, "#next");
        set(robot, "#information", "I gave Jo the date of the review meeting (8 December) and the duty team's number.");
        set(robot, "#narrative", "Maya showed me her room and her reading book. The home was warm and tidy, "
                + "with food in the fridge. Jo and I went through the safety plan; she knows whom to call.");
        click(robot, "#add-reported");
        set(robot, "#reported-text-0", "Maya has been on time every day since half term.");
        set(robot, "#reported-by-0", "Mr Patel, class teacher, by phone");
        shot(robot, "app-visit-5-what-happened");
        click(robot, "#next");
        click(robot, "#household-no");
        set(robot, "#relationship", "Maya chatted easily and showed me her drawings without being asked.");
        shot(robot, "app-visit-6-changes");
        click(robot, "#next");
        set(robot, "#analysis-0", "Attendance is now every day, so this part of the plan is working.");
        click(robot, "#add-action");
        set(robot, "#action-what-0", "Check attendance with the school");
        set(robot, "#action-who-0", "Amara Okafor");
        robot.interact(() -> robot.lookup("#action-when-0").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.now(CLOCK).plusDays(14)));
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#analysis-0").queryAs(Node.class)));
        shot(robot, "app-visit-7-analysis");
        click(robot, "#next");
        click(robot, "#privacy-yes");
        set(robot, "#privacy-language", "English, printed leaflet");
        shot(robot, "app-visit-8-privacy");
        click(robot, "#next");
        // R1-sketch: a body map with a ring drawn round the bruise and a numbered mark
        click(robot, "#add-sketch");
        set(robot, "#sketch-caption", "Bruise seen on Maya's left forearm");
        SketchPad pad = robot.lookup(".sketch-pad").queryAs(SketchPad.class);
        double[] forearm = regionCentre("body-front-child", "forearm-left");
        robot.moveTo(onPad(robot, pad, forearm[0], forearm[1] - 36)).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 40; i++) {
            double a = -Math.PI / 2 + 2.1 * Math.PI * i / 40;
            robot.moveTo(onPad(robot, pad, forearm[0] + 30 * Math.cos(a), forearm[1] + 36 * Math.sin(a)));
        }
        robot.release(MouseButton.PRIMARY);
        click(robot, "#sketch-mark");
        TapAt.point(robot, onPad(robot, pad, forearm[0], forearm[1]));
        WaitForAsyncUtils.waitForFxEvents();
        set(robot, "#mark-size", "3");
        set(robot, "#mark-shape", "oval");
        set(robot, "#mark-colours", "purple, yellow");
        click(robot, "#mark-basis-seen");
        set(robot, "#mark-child-explanation", "I fell off my bike");
        set(robot, "#mark-carer-explanation", "She fell off her bike at the park on Saturday");
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#mark-site").queryAs(Node.class)));
        shot(robot, "app-visit-sketch-pad");
        click(robot, "#mark-save");
        click(robot, "#sketch-done");
        shot(robot, "app-visit-sketches");
        click(robot, "#next");
        shot(robot, "app-visit-9-review");
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#review-sketches").queryAs(Node.class)));
        shot(robot, "app-visit-review-sketch");
        java.time.Instant caseloadBefore = nav.session().caseload().load().orElseThrow().fetchedAt();
        click(robot, "#sign");

        waitFor(() -> robot.lookup("#sync-message").tryQuery().isPresent()
                && !label(robot, "#sync-message").getText().isEmpty());
        assertEquals(1, server.received.size());
        OutboxEntry e = nav.session().outbox().all().get(0);
        assertEquals(OutboxEntry.State.SYNCED, e.state());
        assertFalse(nav.session().outbox().contains(e.noteId()));
        assertTrue(label(robot, "#status-" + e.noteId()).getText().matches("Synced at \\d\\d:\\d\\d"));
        assertTrue(nav.session().caseload().load().orElseThrow().fetchedAt().isAfter(caseloadBefore),
                "R5.5-chronology: the sync also refreshed the caseload kept for offline use");
        assertTrue(e.receipt().verifiesWith(server.serverKey.verifyingKey()));
        shot(robot, "app-visits-synced");

        // a second visit the server refuses, and a third while the server is gone
        click(robot, "#caseload");
        server.batchAnswer = n -> org.doorstep.model.wire.NoteOutcome.rejected(n.noteId(),
                org.doorstep.model.wire.Problem.of("case-closed", "Case closed", 409,
                        "Case case-1002 was closed on 20 November 2026; ask your manager to reopen it."));
        quickVisit(robot, "case-1002", true);
        waitFor(() -> robot.lookup("#sync-message").tryQuery().isPresent()
                && label(robot, "#sync-message").getText().contains("refused"));
        server.close();
        click(robot, "#caseload");
        quickVisit(robot, "case-1003", false);
        waitFor(() -> robot.lookup("#sync-message").tryQuery().isPresent()
                && label(robot, "#sync-message").getText().startsWith("No connection"));
        java.util.List<OutboxEntry> all = nav.session().outbox().all();
        assertEquals(3, all.size());
        assertEquals(2, nav.session().outbox().pending().size());
        assertTrue(all.stream().anyMatch(x -> x.state() == OutboxEntry.State.REFUSED
                && x.statusText(ZoneId.of("Europe/London")).equals(
                        "Refused: Case case-1002 was closed on 20 November 2026; ask your manager to reopen it.")));
        assertTrue(all.stream().anyMatch(x -> x.state() == OutboxEntry.State.QUEUED));
        shot(robot, "app-visits-outbox");

        // R13-auto-logout: locked, the PIN opens the same encrypted store again (offline)
        robot.interact(nav::lock);
        set(robot, "#pin", "000001");
        click(robot, "#unlock");
        waitFor(() -> !label(robot, "#pin-error").getText().isEmpty());
        assertEquals("That PIN is not right. Try again.", label(robot, "#pin-error").getText());
        shot(robot, "app-unlock-wrong-pin");
        set(robot, "#pin", "482913");
        click(robot, "#unlock");
        waitFor(() -> robot.lookup("#start-case-1001").tryQuery().isPresent());
        assertEquals("Visits & sync (1 queued)", robot.lookup("#visits").queryAs(javafx.scene.control.Button.class).getText());

        // R11-rectify: correct the synced visit, offline; it is queued as a new note naming the first
        click(robot, "#visits");
        click(robot, "#correct-" + e.noteId());
        for (int step = 1; step < 11; step++) {
            click(robot, "#next");
        }
        assertEquals("Say why the earlier version needs correcting, e.g. the wrong date was entered.",
                label(robot, "#error-amendmentReason").getText());
        set(robot, "#correction-reason", "I wrote the wrong review date: it is 9 December, not 8 December.");
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#step-label").queryAs(Node.class)));
        shot(robot, "app-correction-review");
        click(robot, "#sign");
        waitFor(() -> robot.lookup("#version-" + e.noteId()).tryQuery().isPresent()
                && label(robot, "#sync-message").getText().startsWith("No connection"));
        assertTrue(label(robot, "#version-" + e.noteId()).getText().startsWith("Corrected by note "));
        shot(robot, "app-visits-corrected");
    }

    /** A visit where nobody answered the door: the short path (R5.2-failed). */
    private void quickVisit(FxRobot robot, String caseId, boolean screenshots) throws Exception {
        click(robot, "#start-" + caseId);
        click(robot, "#went-ahead-no");
        click(robot, "#outcome-NO_RESPONSE");
        click(robot, "#next");
        set(robot, "#purpose", "Unannounced visit");
        // a week ago: more than 48 working hours, so the review step warns it is a Late Entry (R9-timely)
        robot.interact(() -> robot.lookup("#date").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.now(CLOCK).minusDays(7)));
        click(robot, "#next");
        click(robot, "#next");
        set(robot, "#narrative", "Knocked twice; no answer. A neighbour said the family is away.");
        set(robot, "#actions-after", "Left a card asking the family to call me; phoned the father (no answer); told my manager.");
        if (screenshots) {
            shot(robot, "app-visit-failed");
        }
        click(robot, "#next");
        assertTrue(label(robot, "#late-warning").getText().startsWith("This note is late: it was due by "));
        if (screenshots) {
            shot(robot, "app-visit-failed-review");
        }
        click(robot, "#sign");
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Png.screenshot(robot, stage.getScene(), name);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.geometry.Point2D onPad(FxRobot robot, SketchPad pad, double x, double y) {
        javafx.geometry.Point2D[] p = new javafx.geometry.Point2D[1];
        robot.interact(() -> p[0] = pad.toScreen(x, y));
        return p[0];
    }

    private static double[] regionCentre(String templateId, String regionId) {
        SketchTemplate t = SketchTemplates.find(templateId).orElseThrow();
        SketchTemplate.Region r = t.regions().stream().filter(x -> x.id().equals(regionId)).findFirst().orElseThrow();
        double x = r.polygon().stream().mapToDouble(SketchTemplate.Pt::x).average().orElseThrow();
        double y = r.polygon().stream().mapToDouble(SketchTemplate.Pt::y).average().orElseThrow();
        return SketchTemplate.toCanvas(SketchPad.DEFAULT_WIDTH, SketchPad.DEFAULT_HEIGHT, new SketchTemplate.Pt(x, y));
    }

    static void click(FxRobot robot, String id) {
        Node n = robot.lookup(id).queryAs(Node.class);
        robot.interact(() -> org.doorstep.app.Ui.reveal(n));
        // The scroll lands at the next layout pulse: a click aimed before it hits where the node was.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (n.localToScene(n.getBoundsInLocal()).getMaxY() > n.getScene().getHeight()) {
            robot.interact(() -> org.doorstep.app.Ui.reveal(n));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        TapAt.node(robot, n);
    }

    static void set(FxRobot robot, String id, String text) {
        TextInputControl c = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            org.doorstep.app.Ui.reveal(c);
            c.setText(text);
        });
    }

    static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }
}
