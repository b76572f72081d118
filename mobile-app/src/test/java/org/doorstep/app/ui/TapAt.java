package org.doorstep.app.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;

/**
 * A tap as a finger makes it: the pointer lands on the spot in one step, presses and lets go.
 * TestFX's {@code clickOn} glides there instead, in up to 200 moves a millisecond apart, each a
 * mouse-moved event the scene picks and styles for; no test here is about that path, only about what
 * the tap does, so this is the same click without the glide. Drawing tests that need a path keep
 * {@code moveTo}.
 */
public final class TapAt {

    private TapAt() {
    }

    /** Taps the centre of {@code node}, where {@code clickOn(node)} would click. */
    public static void node(FxRobot robot, Node node) {
        point(robot, robot.point(node).query());
    }

    /** Taps a point on the screen. Returns once the scene has handled the release. */
    public static void point(FxRobot robot, Point2D where) {
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.move(where);
        mouse.pressNoWait(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
    }
}
