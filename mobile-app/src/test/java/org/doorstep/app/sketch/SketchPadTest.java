package org.doorstep.app.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Inflater;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.app.ui.TapAt;
import org.doorstep.model.sketch.SketchCodec;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.SurfaceSign;
import org.doorstep.model.sketch.Tool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real sketch view at 1280x800 under Monocle: mouse through the glass robot, touch as fired TouchEvents. */
@ExtendWith(ApplicationExtension.class)
class SketchPadTest {

    SketchPadView view;
    SketchPad pad;
    final List<Sketch> saved = new ArrayList<>();

    @Start
    void start(Stage stage) {
        pad = new SketchPad("body-front-child");
        pad.addChangeListener(saved::add);
        view = new SketchPadView(pad);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(SketchPadTest.class.getResource("/org/doorstep/app/doorstep.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @DisplayName("R1-sketch: a mouse drag draws ink where it went, and one stroke in logical units is in the Sketch")
    void mouseDragDraws(FxRobot robot) {
        robot.drag(screen(300, 300), MouseButton.PRIMARY).moveTo(screen(400, 320)).moveTo(screen(500, 300)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        Sketch s = fx(() -> pad.toSketch());
        assertEquals(1, s.strokes().size());
        Stroke st = s.strokes().get(0);
        assertEquals(Tool.PEN, st.tool());
        InkPoint first = st.points().get(0);
        InkPoint last = st.points().get(st.points().size() - 1);
        assertEquals(300, first.x(), 2);
        assertEquals(300, first.y(), 2);
        assertEquals(500, last.x(), 2);
        assertEquals(300, last.y(), 2);
        assertTrue(st.points().stream().allMatch(p -> p.pressure() == SketchPad.DEFAULT_PRESSURE));

        PixelReader ink = inkPixels(robot);
        assertTrue(inkNear(ink, 400, 320), "ink where the line passed");
        assertTrue(inkNear(ink, 300, 300), "ink at the start");
        assertTrue(inkNear(ink, 450, 310), "ink on the way back up");
        assertEquals(0, ink.getColor(400, 500).getOpacity(), "no ink far from the line");
        assertEquals(1, saved.size(), "autosave hook called once for the finished stroke");
    }

    @Test
    @DisplayName("R1-sketch: points are recorded in sketch units whatever the zoom")
    void zoomDoesNotChangeCoordinates(FxRobot robot) {
        robot.interact(() -> pad.zoomAt(2.5, pad.getWidth() / 2, pad.getHeight() / 2));
        assertEquals(2.5, fx(() -> pad.getZoom()), 1e-9);
        robot.drag(screen(600, 380), MouseButton.PRIMARY).moveTo(screen(660, 400)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Stroke st = fx(() -> pad.toSketch()).strokes().get(0);
        assertEquals(600, st.points().get(0).x(), 1);
        assertEquals(380, st.points().get(0).y(), 1);
        assertEquals(660, st.points().get(st.points().size() - 1).x(), 1);
        assertEquals(400, st.points().get(st.points().size() - 1).y(), 1);
    }

    @Test
    @DisplayName("R1-sketch: each touch is one stroke; the mouse events the platform synthesizes from it add nothing")
    void touchIsDrawnOnce(FxRobot robot) {
        touchStroke(robot, 1, new double[][] {{200, 600}, {250, 610}, {300, 620}, {350, 600}});
        assertEquals(1, fx(() -> pad.toSketch()).strokes().size());
        touchStroke(robot, 2, new double[][] {{200, 700}, {260, 700}, {320, 700}});
        Sketch s = fx(() -> pad.toSketch());
        assertEquals(2, s.strokes().size());
        assertEquals(4, s.strokes().get(0).points().size());
        assertEquals(3, s.strokes().get(1).points().size());
        assertEquals(350, s.strokes().get(0).points().get(3).x(), 0.5);
        assertTrue(inkPixels(robot).getColor(260, 700).getOpacity() > 0.9);
    }

    @Test
    @DisplayName("R1-sketch: a second finger turns the stroke into a pinch: zoom, no ink")
    void twoFingersPinch(FxRobot robot) {
        // scene coordinates fixed before the gesture: the sheet moves under the fingers while zooming
        double[] x = new double[7];
        for (int i = 0; i < x.length; i++) {
            int sx = 400 + i * 70;
            x[i] = fx(() -> pad.toScene(sx, 400).getX());
        }
        double y = fx(() -> pad.toScene(0, 400).getY());
        robot.interact(() -> {
            touchScene(TouchPoint.State.PRESSED, 0, 7, x[2], y);
            touchScene(TouchPoint.State.MOVED, 0, 7, x[2] + 5, y);
            touchScene(TouchPoint.State.PRESSED, 1, 7, x[2] + 5, y, 8, x[4], y);
            touchScene(TouchPoint.State.MOVED, 1, 7, x[1], y, 8, x[5], y);
            touchScene(TouchPoint.State.MOVED, 1, 7, x[0], y, 8, x[6], y);
            touchScene(TouchPoint.State.RELEASED, 1, 7, x[0], y, 8, x[6], y);
            touchScene(TouchPoint.State.RELEASED, 0, 8, x[6], y);
        });
        assertTrue(fx(() -> pad.getZoom()) > 1.5, "zoomed in");
        assertEquals(0, fx(() -> pad.toSketch()).strokes().size());
        assertTrue(saved.isEmpty());
    }

    @Test
    @DisplayName("R1-sketch: undo and redo, with the autosave hook called each time")
    void undoRedo(FxRobot robot) {
        mouseStroke(robot, 100, 100, 300, 100);
        mouseStroke(robot, 100, 200, 300, 200);
        assertEquals(2, saved.size());
        clickOn(robot, "#sketch-undo");
        assertEquals(1, fx(() -> pad.toSketch()).strokes().size());
        assertEquals(0, inkPixels(robot).getColor(200, 200).getOpacity(), "undone ink is gone from the canvas");
        assertTrue(inkPixels(robot).getColor(200, 100).getOpacity() > 0.9);
        clickOn(robot, "#sketch-redo");
        assertEquals(2, fx(() -> pad.toSketch()).strokes().size());
        assertTrue(inkPixels(robot).getColor(200, 200).getOpacity() > 0.9);
        assertEquals(4, saved.size());
        assertEquals(200, saved.get(3).strokes().get(1).points().get(0).y(), 0.5);
    }

    @Test
    @DisplayName("R1-sketch: the eraser removes whole strokes it touches, as one undoable step")
    void eraser(FxRobot robot) {
        mouseStroke(robot, 100, 100, 400, 100);
        mouseStroke(robot, 100, 200, 400, 200);
        mouseStroke(robot, 100, 300, 400, 300);
        List<Stroke> before = fx(() -> pad.toSketch()).strokes();
        clickOn(robot, "#sketch-eraser");
        robot.drag(screen(250, 180), MouseButton.PRIMARY).moveTo(screen(250, 205)).moveTo(screen(260, 230)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Sketch s = fx(() -> pad.toSketch());
        assertEquals(List.of(before.get(0), before.get(2)), s.strokes());
        assertEquals(0, inkPixels(robot).getColor(120, 200).getOpacity(), "the whole stroke is gone, not just where the eraser passed");
        clickOn(robot, "#sketch-undo");
        assertEquals(before, fx(() -> pad.toSketch()).strokes());
    }

    @Test
    @DisplayName("R1-sketch: the highlighter is recorded as such and painted translucent")
    void highlighter(FxRobot robot) {
        clickOn(robot, "#sketch-highlighter");
        mouseStroke(robot, 100, 500, 400, 500);
        Stroke st = fx(() -> pad.toSketch()).strokes().get(0);
        assertEquals(Tool.HIGHLIGHTER, st.tool());
        assertEquals(SketchToolbar.HIGHLIGHTER_COLOURS.get(0).rgb(), st.rgb());
        double a = inkPixels(robot).getColor(250, 500).getOpacity();
        assertTrue(a > 0.2 && a < 0.5, "translucent, was " + a);
    }

    @Test
    @DisplayName("R1-sketch: in mark mode a tap places a numbered pin; the form proposes the site and explains a wrong size")
    void markWithForm(FxRobot robot) {
        clickOn(robot, "#sketch-mark");
        double[] c = SketchSamples.centre("body-front-child", "forearm-left");
        TapAt.point(robot, screen(c[0], c[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> view.isMarkFormOpen()));
        assertEquals("left forearm", text(robot, "#mark-site"));

        robot.interact(() -> {
            field("#mark-size").setText("two");
            field("#mark-shape").setText("oval");
            button("#mark-save").fire();
        });
        assertEquals("Give the size as a number of centimetres, such as 2.5.", label("#error-mark-size").getText());
        assertEquals("Say whether you saw the mark yourself or were told about it.", label("#error-mark-basis").getText());
        assertTrue(fx(() -> pad.marks().isEmpty()));
        assertTrue(fx(() -> view.isMarkFormOpen()));

        robot.interact(() -> {
            field("#mark-size").setText("2.5");
            field("#mark-colours").setText("purple, yellow");
            ((ToggleButton) view.getMarkForm().lookup("#mark-basis-seen")).fire();
            ((ToggleButton) view.getMarkForm().lookup("#mark-skin-broken-false")).fire();
            ((javafx.scene.control.CheckBox) view.getMarkForm().lookup("#mark-scab")).fire();
            ((javafx.scene.control.TextArea) view.getMarkForm().lookup("#mark-child-explanation")).setText("I fell off my bike");
            field("#mark-first-noticed").setText("Monday evening");
            button("#mark-save").fire();
        });
        assertFalse(fx(() -> view.isMarkFormOpen()));
        assertEquals("", label("#error-mark-size").getText());
        Mark m = fx(() -> pad.toSketch()).marks().get(0);
        assertEquals(1, m.number());
        assertEquals("forearm-left", m.regionId());
        assertEquals("left forearm", m.site());
        assertEquals(2.5, m.sizeCm());
        assertEquals(List.of("purple", "yellow"), m.colours());
        assertEquals(Boolean.FALSE, m.skinBroken());
        assertNull(m.swelling(), "not asked stays unknown");
        assertEquals(List.of(SurfaceSign.SCAB), m.surface());
        assertEquals(MarkBasis.SEEN, m.basis());
        assertEquals("I fell off my bike", m.childExplanation());
        assertEquals(c[0], m.x(), 2);
        assertEquals(1, saved.size());

        // a second tap elsewhere gets number 2; tapping pin 1 opens it again
        double[] k = SketchSamples.centre("body-front-child", "knee-right");
        TapAt.point(robot, screen(k[0], k[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, fx(() -> view.getMarkForm().request().number()));
        assertEquals("right knee", text(robot, "#mark-site"));
        robot.interact(() -> button("#mark-cancel").fire());
        TapAt.point(robot, screen(c[0], c[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(m, fx(() -> view.getMarkForm().request().existing()));
        assertEquals("2.5", text(robot, "#mark-size"));
    }

    @Test
    @DisplayName("R1-sketch R1-signed: once locked (signed) the pad refuses every change")
    void lockedRefusesChanges(FxRobot robot) {
        mouseStroke(robot, 100, 100, 300, 100);
        robot.interact(() -> pad.putMark(new Mark(1, 600, 400, null, "chest", null, null, List.of(), null, null, List.of(), null, null,
                MarkBasis.REPORTED, null)));
        Sketch signed = fx(() -> pad.toSketch());
        int calls = saved.size();
        robot.interact(() -> pad.lock());

        mouseStroke(robot, 100, 300, 300, 300);
        touchStroke(robot, 3, new double[][] {{100, 400}, {300, 400}});
        robot.interact(() -> {
            assertFalse(pad.undo());
            assertFalse(pad.redo());
            assertFalse(pad.clear());
            assertFalse(pad.setTemplate("hands"));
            assertFalse(pad.setCaption("changed"));
            assertFalse(pad.removeMark(1));
            assertFalse(pad.putMark(new Mark(2, 700, 400, null, null, null, null, List.of(), null, null, List.of(), null, null,
                    MarkBasis.SEEN, null)));
            pad.modeProperty().set(SketchPad.Mode.ERASE);
        });
        robot.drag(screen(200, 80), MouseButton.PRIMARY).moveTo(screen(200, 120)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(signed, fx(() -> pad.toSketch()));
        assertEquals(calls, saved.size(), "no change was announced");
        assertTrue(fx(() -> view.lookup("#sketch-clear").isDisabled()));
        assertTrue(fx(() -> view.lookup("#sketch-caption").isDisabled()));
        assertTrue(fx(() -> view.lookup("#sketch-undo").isDisabled()));
    }

    @Test
    @DisplayName("R1-sketch: a sketch in progress survives the app being killed: encode, decode, new pad, same sketch and same pixels")
    void restoreFromEncoded(FxRobot robot) {
        mouseStroke(robot, 100, 100, 300, 150);
        clickOn(robot, "#sketch-highlighter");
        mouseStroke(robot, 100, 300, 500, 300);
        robot.interact(() -> {
            pad.setCaption("Bruise on the left forearm");
            pad.putMark(SketchSamples.mark(1, "body-front-child", "forearm-left", 0, 0, 3, "oval", List.of("blue"), "Fell", null));
        });
        Sketch before = fx(() -> pad.toSketch());
        String encoded = SketchCodec.encode(before);

        AtomicReference<SketchPad> restored = new AtomicReference<>();
        robot.interact(() -> restored.set(new SketchPad(SketchCodec.decode(encoded))));
        Sketch after = fx(() -> restored.get().toSketch());
        assertEquals(before, after);
        assertEquals(encoded, SketchCodec.encode(after));

        WritableImage a = fx(() -> pad.render());
        WritableImage b = fx(() -> restored.get().render());
        int differ = 0;
        for (int y = 0; y < 800; y += 2) {
            for (int x = 0; x < 1280; x += 2) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ, "the restored pad paints the same picture");

        // drawing goes on after the restore, later in time than what was restored
        robot.interact(() -> {
            Stage s = (Stage) view.getScene().getWindow();
            SketchPadView v2 = new SketchPadView(restored.get());
            s.getScene().setRoot(v2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        pad = restored.get();
        mouseStroke(robot, 600, 600, 700, 650);
        Sketch more = fx(() -> pad.toSketch());
        assertEquals(3, more.strokes().size());
        assertTrue(more.strokes().get(2).startMs() > more.strokes().get(1).startMs());
    }

    @Test
    @DisplayName("R1-sketch: PNG export on the tablet: 1280x800 RGB that decodes to the pad's picture")
    void pngExport(FxRobot robot) throws Exception {
        mouseStroke(robot, 100, 100, 300, 150);
        robot.interact(() -> pad.zoomAt(3, 100, 100)); // export does not depend on the zoom
        byte[] png = fx(() -> SketchPng.encode(pad));
        WritableImage img = fx(() -> pad.render());
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        ByteBuffer b = ByteBuffer.wrap(png);
        assertEquals(13, b.getInt(8));
        assertEquals(1280, b.getInt(16));
        assertEquals(800, b.getInt(20));
        int idatLen = b.getInt(33);
        assertEquals("IDAT", new String(png, 37, 4, java.nio.charset.StandardCharsets.US_ASCII));
        Inflater inf = new Inflater();
        inf.setInput(png, 41, idatLen);
        byte[] raw = new byte[800 * (1 + 1280 * 3)];
        assertEquals(raw.length, inf.inflate(raw));
        int y = 125;
        int row = y * (1 + 1280 * 3);
        int[] rgb = new int[1280 * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = ((raw[row + 1 + i] & 0xFF) + (i >= 3 ? rgb[i - 3] : 0)) & 0xFF;
        }
        for (int x : new int[] {0, 200, 640, 1279}) {
            int argb = img.getPixelReader().getArgb(x, y);
            assertEquals(argb & 0xFFFFFF, rgb[3 * x] << 16 | rgb[3 * x + 1] << 8 | rgb[3 * x + 2], "pixel " + x);
        }
        assertNotEquals(0xFFFFFF, img.getPixelReader().getArgb(200, 125) & 0xFFFFFF, "the ink is in the export");
    }

    // ------------------------------------------------------------------ helpers

    private Point2D screen(double x, double y) {
        return fx(() -> pad.toScreen(x, y));
    }

    private void clickOn(FxRobot robot, String query) {
        TapAt.node(robot, robot.lookup(query).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private PixelReader inkPixels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            return pad.inkLayer().snapshot(p, null).getPixelReader();
        });
    }

    /** Opaque ink within 2 units of (x, y): the robot's pointer lands on whole screen pixels. */
    private static boolean inkNear(PixelReader r, int x, int y) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (r.getColor(x + dx, y + dy).getOpacity() > 0.9) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A real (not synthesized) mouse stroke fired at the pad, in sketch units. */
    private void mouseStroke(FxRobot robot, double x0, double y0, double x1, double y1) {
        robot.interact(() -> {
            int n = 8;
            for (int i = 0; i <= n; i++) {
                Point2D p = pad.toScene(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n);
                mouse(i == 0 ? MouseEvent.MOUSE_PRESSED : MouseEvent.MOUSE_DRAGGED, p, false);
            }
            mouse(MouseEvent.MOUSE_RELEASED, pad.toScene(x1, y1), false);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void mouse(javafx.event.EventType<MouseEvent> type, Point2D scene, boolean synthesized) {
        Event.fireEvent(pad, new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, synthesized, false, false, null));
    }

    /**
     * One finger: pressed, moved, released, each followed by the mouse event a touch screen platform
     * synthesizes from it (isSynthesized() true), which the pad must ignore.
     */
    private void touchStroke(FxRobot robot, int id, double[][] pts) {
        robot.interact(() -> {
            for (int i = 0; i < pts.length; i++) {
                TouchPoint.State st = i == 0 ? TouchPoint.State.PRESSED : i == pts.length - 1 ? TouchPoint.State.RELEASED : TouchPoint.State.MOVED;
                touch(st, 0, id, pts[i][0], pts[i][1]);
                Point2D p = pad.toScene(pts[i][0], pts[i][1]);
                mouse(st == TouchPoint.State.PRESSED ? MouseEvent.MOUSE_PRESSED
                        : st == TouchPoint.State.RELEASED ? MouseEvent.MOUSE_RELEASED : MouseEvent.MOUSE_DRAGGED, p, true);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int eventSet = 1;

    /**
     * Fires a TouchEvent for one changed point; {@code idAndXY} holds (id, x, y) triples in sketch
     * units for every finger down, the one at index {@code changed} being the point of this event.
     */
    private void touch(TouchPoint.State state, int changed, double... idAndXY) {
        double[] scene = idAndXY.clone();
        for (int i = 0; i < idAndXY.length; i += 3) {
            Point2D p = pad.toScene(idAndXY[i + 1], idAndXY[i + 2]);
            scene[i + 1] = p.getX();
            scene[i + 2] = p.getY();
        }
        touchScene(state, changed, scene);
    }

    /** As {@link #touch} with scene coordinates (the stage is at the screen's origin). */
    private void touchScene(TouchPoint.State state, int changed, double... idAndXY) {
        List<TouchPoint> all = new ArrayList<>();
        for (int i = 0; i < idAndXY.length; i += 3) {
            TouchPoint.State s = i / 3 == changed ? state : TouchPoint.State.STATIONARY;
            all.add(new TouchPoint((int) idAndXY[i], s, idAndXY[i + 1], idAndXY[i + 2], idAndXY[i + 1], idAndXY[i + 2], pad, null));
        }
        javafx.event.EventType<TouchEvent> type = switch (state) {
            case PRESSED -> TouchEvent.TOUCH_PRESSED;
            case MOVED -> TouchEvent.TOUCH_MOVED;
            case RELEASED -> TouchEvent.TOUCH_RELEASED;
            case STATIONARY -> TouchEvent.TOUCH_STATIONARY;
        };
        Event.fireEvent(pad, new TouchEvent(type, all.get(changed), all, eventSet++, false, false, false, false));
    }

    private TextField field(String id) {
        return (TextField) view.getMarkForm().lookup(id);
    }

    private Button button(String id) {
        return (Button) view.getMarkForm().lookup(id);
    }

    private Label label(String id) {
        return fx(() -> (Label) view.getMarkForm().lookup(id));
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> field(id).getText());
    }
}
