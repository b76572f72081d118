package org.doorstep.app.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.Tool;

/**
 * Per-point cost of drawing (R1-sketch), not a timed test: the average time to handle one new point
 * of a stroke with 20 and with 20,000 points already on the pad. Prints three figures per size:
 * <ul>
 *   <li>event: firing one MOUSE_DRAGGED at the real pad (record the point, paint its segment);</li>
 *   <li>event + frame: the same, then rendering the whole pad (a scene snapshot, which draws every
 *       layer), i.e. what one point costs on screen;</li>
 *   <li>naive + frame: for contrast, repainting all committed ink per point and rendering.</li>
 * </ul>
 * Run under Monocle headless with the test class path (see the report for the command).
 */
public final class PointCostBench {

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        SketchPad pad = fx(() -> {
            SketchPad p = new SketchPad("body-front-child");
            Stage stage = new Stage();
            stage.setScene(new Scene(p, 1280, 800));
            stage.show();
            return p;
        });
        Scene scene = fx(pad::getScene);
        WritableImage frame = new WritableImage(1280, 800);

        for (int warm = 0; warm < 3; warm++) { // let the JIT settle on both sizes first
            measure(pad, scene, frame, 20_000, false, false, 10, 400);
            measure(pad, scene, frame, 20, false, false, 10, 400);
        }
        double e20 = 0;
        double e20k = 0;
        for (int rep = 0; rep < 3; rep++) { // interleaved, so drift hits both alike
            e20 += measure(pad, scene, frame, 20, false, false, 10, 400) / 3;
            e20k += measure(pad, scene, frame, 20_000, false, false, 10, 400) / 3;
        }
        System.out.printf("%-28s %14s %14s%n", "ns per new point", "20 drawn", "20,000 drawn");
        System.out.printf("%-28s %14.0f %14.0f%n", "event (handler)", e20, e20k);
        System.out.printf("%-28s %14.0f %14.0f%n", "event + frame (render)", measure(pad, scene, frame, 20, true, false, 2, 20),
                measure(pad, scene, frame, 20_000, true, false, 2, 20));
        System.out.printf("%-28s %14.0f %14.0f%n", "naive repaint-all + frame", measure(pad, scene, frame, 20, true, true, 1, 5),
                measure(pad, scene, frame, 20_000, true, true, 1, 5));
        Platform.exit();
        System.exit(0);
    }

    /** Average ns per point over {@code rounds} strokes of {@code points} points, with {@code drawn} points already committed. */
    static double measure(SketchPad pad, Scene scene, WritableImage frame, int drawn, boolean render, boolean naive,
                          int rounds, int points) throws Exception {
        Sketch base = existing(drawn);
        long total = 0;
        long n = 0;
        for (int r = 0; r < rounds; r++) {
            fx(() -> {
                pad.load(base);
                scene.snapshot(frame); // the committed ink is on its canvas before we start
                return null;
            });
            int round = r;
            long ns = fx(() -> {
                long spent = 0;
                fire(pad, MouseEvent.MOUSE_PRESSED, pad.toScene(100, 100 + round * 10));
                for (int i = 1; i <= points; i++) {
                    Point2D p = pad.toScene(100 + i * 2.5, 100 + round * 10 + 30 * Math.sin(i / 10.0));
                    long t0 = System.nanoTime();
                    fire(pad, MouseEvent.MOUSE_DRAGGED, p);
                    if (naive) {
                        GraphicsContext g = pad.inkLayer().getGraphicsContext2D();
                        g.clearRect(0, 0, pad.getSketchWidth(), pad.getSketchHeight());
                        InkPainter.strokes(g, base.strokes());
                    }
                    if (render) {
                        scene.snapshot(frame);
                    }
                    spent += System.nanoTime() - t0;
                }
                fire(pad, MouseEvent.MOUSE_RELEASED, pad.toScene(100 + points * 2.5, 100));
                return spent;
            });
            total += ns;
            n += points;
        }
        if (fx(() -> pad.toSketch().pointCount()) < drawn) {
            throw new IllegalStateException("the strokes were not drawn");
        }
        return total / (double) n;
    }

    /** Committed strokes of up to 100 points each, spread over the sheet, {@code points} in all. */
    static Sketch existing(int points) {
        List<Stroke> strokes = new ArrayList<>();
        int left = points;
        int k = 0;
        while (left > 0) {
            int len = Math.min(100, left);
            List<InkPoint> pts = new ArrayList<>();
            double y0 = 40 + (k * 7) % 720;
            double x0 = 40 + (k * 53) % 900;
            for (int i = 0; i < len; i++) {
                pts.add(new InkPoint(x0 + i * 3, y0 + 12 * Math.sin(i / 6.0), i * 8, 0.5));
            }
            strokes.add(new Stroke(0x1565c0, 3, Tool.PEN, k * 1000L, pts));
            left -= len;
            k++;
        }
        return Sketch.of("body-front-child", "", 1280, 800, strokes, List.of());
    }

    private static void fire(SketchPad pad, EventType<MouseEvent> type, Point2D scene) {
        Event.fireEvent(pad, new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }

    private static <T> T fx(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(600, TimeUnit.SECONDS);
    }
}
