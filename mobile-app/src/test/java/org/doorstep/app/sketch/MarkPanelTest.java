package org.doorstep.app.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.doorstep.app.ui.Png;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/** The body map with its mark form on a 1280x800 tablet (issue 12, item 9). */
@ExtendWith(ApplicationExtension.class)
class MarkPanelTest {

    SketchPadView view;
    SketchPad pad;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pad = new SketchPad("body-front-child");
        view = new SketchPadView(pad);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MarkPanelTest.class.getResource("/org/doorstep/app/doorstep.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @DisplayName("R1-sketch: opening a mark keeps the drawing where it was (the marks column is always beside it); the "
            + "check boxes are finger-sized; a saved mark is listed in words beside the drawing")
    void drawingStaysAndTargetsAreLarge(FxRobot robot) throws IOException {
        double[] c = SketchSamples.centre("body-front-child", "forearm-left");
        Point2D before = fx(robot, () -> pad.toScreen(c[0], c[1]));
        robot.clickOn(robot.lookup("#sketch-mark").queryAs(Node.class));
        robot.clickOn(before, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(robot, () -> view.isMarkFormOpen()));
        Point2D after = fx(robot, () -> pad.toScreen(c[0], c[1]));
        assertEquals(before.getX(), after.getX(), 1, "the drawing does not jump left");
        assertEquals(before.getY(), after.getY(), 1);
        Png.screenshot(robot, stage.getScene(), "app-sketch-mark-form");

        for (String id : List.of("#mark-scab", "#mark-blister", "#mark-bleeding")) {
            CheckBox box = robot.lookup(id).queryAs(CheckBox.class);
            Bounds b = box.getLayoutBounds();
            assertTrue(b.getHeight() >= 44 && b.getWidth() >= 44, id + " is " + b.getWidth() + "x" + b.getHeight());
            Node tick = box.lookup(".box");
            assertTrue(tick.getLayoutBounds().getWidth() >= 28, id + "'s box is " + tick.getLayoutBounds().getWidth() + " wide");
        }
        robot.interact(() -> {
            robot.lookup("#mark-basis-seen").queryAs(javafx.scene.control.ToggleButton.class).fire();
            robot.lookup("#mark-colours").queryAs(javafx.scene.control.TextField.class).setText("purple, yellow");
            robot.lookup("#mark-save").queryAs(javafx.scene.control.Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D closed = fx(robot, () -> pad.toScreen(c[0], c[1]));
        assertEquals(before.getX(), closed.getX(), 1, "and stays when the form closes");
        assertEquals("1: left forearm, seen by you; purple, yellow", robot.lookup("#mark-line-1").queryAs(Label.class).getText());
        Png.screenshot(robot, stage.getScene(), "app-sketch-marks-listed");
    }

    private static <T> T fx(FxRobot robot, java.util.function.Supplier<T> s) {
        java.util.concurrent.atomic.AtomicReference<T> r = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> r.set(s.get()));
        return r.get();
    }
}
