package org.doorstep.app.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.doorstep.app.ui.Png;
import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchSvg;
import org.doorstep.model.sketch.Stroke;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * R1-sketch: the server's SVG ({@link SketchSvg}, rasterized by headless Chromium) and the tablet's
 * canvas ({@link SketchPad#render()}) show the same strokes. Both images are reduced to "ink or not"
 * (dark or coloured pixels; the grey template and its labels are not ink) and compared with a 2 px
 * tolerance for antialiasing. The numbered pins are left out: their digits come from two different
 * font engines.
 *
 * <p>Needs Chromium ({@code /usr/bin/chromium}, or {@code -Ddoorstep.chromium=PATH}); without it the
 * test fails and says so, because CI installs it.
 */
@ExtendWith(ApplicationExtension.class)
class SvgMatchesCanvasTest {

    static final double REQUIRED = 0.95;
    static final int TOLERANCE_PX = 2;
    static final Path OUT = Paths.get("target", "svg-vs-canvas");

    @Test
    @DisplayName("R1-sketch: the server's SVG in Chromium and the tablet's canvas show the same strokes (body map)")
    void bodyMap(FxRobot robot) throws Exception {
        same(robot, SketchSamples.sample("body-front-child"));
    }

    @Test
    @DisplayName("R1-sketch: the server's SVG in Chromium and the tablet's canvas show the same strokes (room plan, seven strokes, pen and highlighter)")
    void roomPlan(FxRobot robot) throws Exception {
        same(robot, SketchSamples.sample("room-grid"));
    }

    @Test
    @DisplayName("R1-sketch: the comparison notices one stroke moved by 12 units")
    void comparisonNoticesAMovedStroke(FxRobot robot) throws Exception {
        Sketch s = SketchSamples.sample("body-front-child");
        List<Stroke> moved = new ArrayList<>(s.strokes());
        Stroke first = moved.get(0);
        moved.set(0, new Stroke(first.rgb(), first.width(), first.tool(), first.startMs(), first.points().stream()
                .map(p -> new InkPoint(p.x() + 12, p.y(), p.t(), p.pressure())).toList()));
        Sketch other = Sketch.of(s.templateId(), s.caption(), s.width(), s.height(), moved, s.marks());

        boolean[][] svg = ink(chromium(s, "moved-svg"), s);
        boolean[][] canvas = ink(canvas(robot, other, "moved-canvas"), s);
        double a = agreement(svg, canvas);
        double b = agreement(canvas, svg);
        assertTrue(Math.min(a, b) < 0.8, "a stroke moved by 12 units must not pass as the same (agreement " + a + ", " + b + ")");
    }

    private void same(FxRobot robot, Sketch s) throws Exception {
        String name = s.templateId();
        boolean[][] svg = ink(chromium(s, name + "-svg"), s);
        boolean[][] canvas = ink(canvas(robot, s, name + "-canvas"), s);
        int svgInk = count(svg);
        int canvasInk = count(canvas);
        assertTrue(svgInk > 1_000 && canvasInk > 1_000, "both show ink: SVG " + svgInk + " px, canvas " + canvasInk + " px");
        double ratio = svgInk / (double) canvasInk;
        double svgOnCanvas = agreement(svg, canvas);
        double canvasOnSvg = agreement(canvas, svg);
        String numbers = String.format("SVG ink %d px, canvas ink %d px; SVG ink with canvas ink within %d px: %.4f; "
                + "the other way: %.4f (images in %s)", svgInk, canvasInk, TOLERANCE_PX, svgOnCanvas, canvasOnSvg, OUT.toAbsolutePath());
        System.out.println("R1-sketch SVG vs canvas, " + name + ": " + numbers);
        assertTrue(ratio > 0.85 && ratio < 1.0 / 0.85, "as much ink in both: " + numbers);
        assertTrue(svgOnCanvas >= REQUIRED, "every SVG stroke is on the canvas: " + numbers);
        assertTrue(canvasOnSvg >= REQUIRED, "every canvas stroke is in the SVG: " + numbers);
    }

    // ------------------------------------------------------------------ the two renderings

    /** The sketch's SVG in a zero-margin page, screenshotted by headless Chromium at the sketch's size. */
    static PixelReader chromium(Sketch s, String name) throws IOException, InterruptedException {
        Path browser = Paths.get(System.getProperty("doorstep.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(browser)) {
            fail("R1-sketch SVG vs canvas needs Chromium at " + browser + " to rasterize the server's SVG. "
                    + "Install it (Debian: apt-get install -y chromium) or point -Ddoorstep.chromium at it.");
        }
        Files.createDirectories(OUT);
        Path dir = Files.createTempDirectory("svg-vs-canvas");
        Path page = dir.resolve("sketch.html");
        Files.writeString(page, "<!doctype html><html><head><meta charset=\"utf-8\"><style>"
                + "html,body{margin:0;padding:0;background:#fff;overflow:hidden}svg{display:block}</style></head><body>"
                + SketchSvg.render(s) + "</body></html>", StandardCharsets.UTF_8);
        Path png = OUT.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png,
                "--window-size=" + s.width() + "," + s.height(), "--force-device-scale-factor=1", "--hide-scrollbars",
                page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish the screenshot in 90 s; its output is in " + log);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(png)) {
            fail("Chromium exited with " + p.exitValue() + " and no screenshot; its output:\n" + tail(log));
        }
        Image img = new Image(png.toUri().toString());
        if (img.isError()) {
            fail("cannot read Chromium's screenshot " + png + ": " + img.getException());
        }
        assertEquals(s.width(), (int) img.getWidth(), "screenshot width");
        assertEquals(s.height(), (int) img.getHeight(), "screenshot height");
        return img.getPixelReader();
    }

    /** The tablet's rendering of the sketch, as the pad paints it. */
    static PixelReader canvas(FxRobot robot, Sketch s, String name) throws IOException {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(new SketchPad(s).render()));
        assertEquals(s.width(), (int) img.get().getWidth(), "canvas width");
        assertEquals(s.height(), (int) img.get().getHeight(), "canvas height");
        Files.createDirectories(OUT);
        Png.write(img.get(), OUT.resolve(name + ".png"));
        return img.get().getPixelReader();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    // ------------------------------------------------------------------ comparing

    /**
     * Ink: a dark pixel (any channel under 110) or a coloured one (channels more than 40 apart). The
     * template's grey (#9e9e9e) and its antialiased edges are neither. Pixels near a pin are left out.
     */
    static boolean[][] ink(PixelReader r, Sketch s) {
        int w = s.width();
        int h = s.height();
        double pin = Math.max(8, Math.min(w, h) / 50.0) * 1.3 + 4;
        boolean[][] out = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (nearPin(s.marks(), x + 0.5, y + 0.5, pin)) {
                    continue;
                }
                int argb = r.getArgb(x, y);
                int red = (argb >> 16) & 0xFF;
                int green = (argb >> 8) & 0xFF;
                int blue = argb & 0xFF;
                int min = Math.min(red, Math.min(green, blue));
                int max = Math.max(red, Math.max(green, blue));
                out[y][x] = min < 110 || max - min > 40;
            }
        }
        return out;
    }

    private static boolean nearPin(List<Mark> marks, double x, double y, double r) {
        for (Mark m : marks) {
            if (Math.hypot(m.x() - x, m.y() - y) <= r) {
                return true;
            }
        }
        return false;
    }

    /** The share of a's ink pixels that have ink in b within {@link #TOLERANCE_PX} (a square neighbourhood). */
    static double agreement(boolean[][] a, boolean[][] b) {
        int h = a.length;
        int w = a[0].length;
        long total = 0;
        long matched = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!a[y][x]) {
                    continue;
                }
                total++;
                search:
                for (int dy = -TOLERANCE_PX; dy <= TOLERANCE_PX; dy++) {
                    for (int dx = -TOLERANCE_PX; dx <= TOLERANCE_PX; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < h && xx >= 0 && xx < w && b[yy][xx]) {
                            matched++;
                            break search;
                        }
                    }
                }
            }
        }
        return total == 0 ? 1 : matched / (double) total;
    }

    private static int count(boolean[][] m) {
        int n = 0;
        for (boolean[] row : m) {
            for (boolean v : row) {
                n += v ? 1 : 0;
            }
        }
        return n;
    }
}
