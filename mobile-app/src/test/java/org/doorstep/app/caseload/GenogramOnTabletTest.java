package org.doorstep.app.caseload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.family.DrawingCanvas;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** The case record shows the genogram from the encrypted cache, the server unreachable (R5.6-genogram). */
@ExtendWith(ApplicationExtension.class)
class GenogramOnTabletTest {

    @TempDir
    Path home;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Session session = AppHarness.offlineSession(AppHarness.CLOCK);
        Navigator nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1");
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R5.6-genogram: offline, the case record draws the child's genogram (mother and brother in the household) read-only")
    void genogramOffline(FxRobot robot) throws IOException {
        robot.clickOn("#record-case-1001");
        WaitForAsyncUtils.waitForFxEvents();
        DrawingCanvas canvas = robot.lookup("#record-genogram-drawing").queryAs(DrawingCanvas.class);
        assertTrue(canvas.getAccessibleText().contains("Jo Thompson is parent of Maya Thompson"), canvas.getAccessibleText());
        assertTrue(canvas.getWidth() >= 600 && canvas.getHeight() >= 300, "drawn at its size: " + canvas.getWidth());
        // the screen as the practitioner sees it, scrolled to the genogram
        robot.interact(() -> {
            javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) robot.lookup(".scroll-pane").queryAll().stream()
                    .filter(n -> n != canvas.getParent().getParent().getParent()).findFirst().orElseThrow();
            javafx.scene.Node section = robot.lookup("#record-genogram").query();
            double y = section.getParent().getBoundsInParent().getMinY();
            double content = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, (y - 20) / content)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
        Path dir = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Png.write(shot.get(), dir.resolve("app-genogram.png"));
    }
}
