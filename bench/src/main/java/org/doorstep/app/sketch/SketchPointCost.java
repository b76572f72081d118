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
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.Tool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * R1-sketch: what one new point of a stroke costs the pad (a MOUSE_DRAGGED fired at the real
 * {@link SketchPad}: record the point, paint its segment) with 20 and with 20,000 points already
 * drawn. Each invocation is one stroke of {@value #POINTS} points over freshly loaded and rendered
 * ink; the score is per point. The pad's scene has no window, so no pulse renders it behind the
 * benchmark's back: the drag runs on the benchmark thread (JavaFX allows that for a node that is not
 * showing), and set-up and rendering run on the JavaFX thread, handed over through futures.
 * Sampled per stroke, so the median shrugs off the moments a shared machine stalls the run.
 * In this package for the pad's scene mapping. Run headless: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Djava.awt.headless=true"})
public class SketchPointCost {

    static final int POINTS = 400;

    @Param({"20", "20000"})
    int drawn;

    private SketchPad pad;
    private Scene scene;
    private WritableImage frame;
    private Sketch base;
    private int round;

    @Setup(Level.Trial)
    public void open() throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        base = existing(drawn);
        pad = fx(() -> {
            SketchPad p = new SketchPad("body-front-child");
            new Scene(p, 1280, 800);
            p.resize(1280, 800);
            p.layout();
            return p;
        });
        scene = pad.getScene();
        frame = new WritableImage(1280, 800);
    }

    /** The ink as it was, rendered once, and the pen down: only the drag is timed. */
    @Setup(Level.Invocation)
    public void penDown() throws Exception {
        round = (round + 1) % 60;
        fx(() -> {
            pad.load(base);
            scene.snapshot(frame);
            fire(pad, MouseEvent.MOUSE_PRESSED, pad.toScene(100, 100 + round * 10));
            return null;
        });
        // Loading and rendering 20,000 points leaves far more garbage than loading 20: collected here,
        // so a young collection it brings on does not land in the drag and pass for the pad's cost.
        System.gc();
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public int drag() {
        int r = round;
        for (int i = 1; i <= POINTS; i++) {
            fire(pad, MouseEvent.MOUSE_DRAGGED, pad.toScene(100 + i * 2.5, 100 + r * 10 + 30 * Math.sin(i / 10.0)));
        }
        return pad.strokes().size();
    }

    @TearDown(Level.Invocation)
    public void penUp() throws Exception {
        fx(() -> {
            fire(pad, MouseEvent.MOUSE_RELEASED, pad.toScene(100 + POINTS * 2.5, 100));
            scene.snapshot(frame); // what a frame would show, so the live canvas's commands are consumed
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void close() {
        Platform.exit();
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

    private static void fire(SketchPad pad, EventType<MouseEvent> type, Point2D at) {
        Event.fireEvent(pad, new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), MouseButton.PRIMARY, 1,
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
