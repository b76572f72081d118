package org.doorstep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.doorstep.app.Navigator;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.signing.SignedNote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real tablet screens (Monocle) and the real server: a photo whose bytes on the tablet no longer
 * match the hash the note signed is refused by the server (422); the tablet says so on the visits
 * screen and stops sending it, the note itself synced. A good photo shows on the tablet's record.
 */
@ExtendWith(ApplicationExtension.class)
class RefusedFileTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    @DisplayName("R1-media: a file the server refuses (bytes changed since signing, 422) is not left queued silently: the "
            + "visits screen says what was refused, why and what to do, it is not sent again, and the note stays synced; "
            + "the record on the tablet lists the case's files that arrived (name, kind, size)")
    void refusedFileIsShownAndNotRetried(FxRobot robot) throws Exception {
        ServerProcess server = ServerProcess.shared();
        Path home = Files.createTempDirectory(server.dataDir().getParent(), "refused-file-tablet-");
        FieldTablet tablet = FieldTablet.enrol(home, server.uri(), "amara.okafor", "Files tablet");
        Attachment damaged = tablet.session.files().keep("kitchen.jpg", photo("the kitchen"));
        Attachment good = tablet.session.files().keep("bedroom.jpg", photo("the bedroom"));
        SignedNote note = tablet.recordVisit(0, List.of(damaged));
        tablet.recordVisit(0, List.of(good));
        // What a damaged flash store would do: the encrypted copy no longer holds what was signed.
        tablet.session.store().put("file-" + damaged.sha256(), photo("something else"));

        Navigator[] nav = new Navigator[1];
        robot.interact(() -> {
            nav[0] = AppHarness.show(stage, Clock.systemDefaultZone(), home.resolve("unused"), server.uri().toString(), 1280, 800);
            nav[0].opened(tablet.session, false);
            nav[0].showVisits(false);
        });
        robot.clickOn("#sync-now");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#refused-file-0").tryQuery().isPresent());
        String said = robot.lookup("#refused-file-0").queryAs(Label.class).getText();
        assertTrue(said.contains("The server refused kitchen.jpg") && said.contains("no longer matches the file you signed")
                && said.contains("Correct this note") && said.contains("The visit note itself is synced"), said);
        assertEquals(0, tablet.pending(), "the note is synced all the same");
        assertTrue(tablet.session.files().waiting().isEmpty(), "the refused file is not queued to be sent again");
        // The refusal is shown first; the cards below it are built in the same refresh, which may still be under way.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#files-" + note.noteId()).tryQuery().isPresent());
        assertTrue(robot.lookup("#files-" + note.noteId()).queryAs(Label.class).getText()
                .contains("kitchen.jpg (photo, "), "the visit's card names its file");

        robot.clickOn("#sync-now");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#sync-now").queryButton().isDisabled());
        assertEquals(1, tablet.session.files().refused().size(), "told once, not sent again");
        Path shots = Path.of(System.getProperty("doorstep.reliability.dir", "target"), "screenshots");
        Files.createDirectories(shots);
        snapshot(robot, shots.resolve("tablet-file-refused.png"));

        String caseId = tablet.cases.get(0).caseId();
        robot.interact(() -> nav[0].showRecord(caseId, () -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#record-files").tryQuery().isPresent());
        List<String> files = robot.lookup("#record-files").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(box -> box.lookupAll(".label").stream().map(l -> ((Label) l).getText())
                        .reduce("", (a, b) -> a + " | " + b)).toList();
        String bedroom = files.stream().filter(f -> f.contains("bedroom.jpg")).findFirst().orElse(files.toString());
        assertTrue(bedroom.contains("Photo, ") && !bedroom.contains("Not on the server yet"), bedroom);
        String kitchen = files.stream().filter(f -> f.contains("kitchen.jpg")).findFirst().orElse(files.toString());
        assertTrue(kitchen.contains("Not on the server yet"), "a file that never arrived says so: " + kitchen);
        robot.interact(() -> {
            // the section sits below the chronology: scroll it into the picture
            javafx.scene.Node section = robot.lookup("#record-files").query();
            javafx.scene.Parent p = section.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane pane) {
                double y = section.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
                pane.setVvalue(Math.min(1, (y - 80) / Math.max(1, pane.getContent().getBoundsInLocal().getHeight()
                        - pane.getViewportBounds().getHeight())));
            }
        });
        snapshot(robot, shots.resolve("tablet-record-files.png"));
    }

    private void snapshot(FxRobot robot, Path file) {
        Scene scene = stage.getScene();
        robot.interact(() -> {
            try {
                Png.snapshot(scene, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static byte[] photo(String what) {
        return ("\u00ff\u00d8 a photo of " + what + " " + System.nanoTime()).getBytes(StandardCharsets.ISO_8859_1);
    }
}
