package org.doorstep.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * What the drawing tests share to compare the server's SVG with the tablet's canvas (R1-sketch,
 * R5.6-genogram): the SVG rasterized by headless Chromium at one pixel per unit, both images reduced
 * to "ink or not", and how much of one's ink has ink in the other within a few pixels (antialiasing).
 *
 * <p>Needs Chromium ({@code /usr/bin/chromium}, or {@code -Ddoorstep.chromium=PATH}); without it the
 * comparison fails and says so, because CI installs it.
 */
public final class InkComparison {

    /** How far apart two inks may be and still count as the same line: antialiasing differs by a pixel or two. */
    public static final int TOLERANCE_PX = 2;

    private InkComparison() {
    }

    /** The SVG in a zero-margin page, screenshotted by headless Chromium at {@code width} x {@code height}, kept as {@code out/name.png}. */
    public static PixelReader chromium(String svg, int width, int height, Path out, String name) throws IOException, InterruptedException {
        Path browser = Paths.get(System.getProperty("doorstep.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(browser)) {
            fail("Comparing the server's SVG with the tablet's canvas needs Chromium at " + browser + " to rasterize the SVG. "
                    + "Install it (Debian: apt-get install -y chromium) or point -Ddoorstep.chromium at it.");
        }
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("svg-vs-canvas");
        Path page = dir.resolve("drawing.html");
        Files.writeString(page, "<!doctype html><html><head><meta charset=\"utf-8\"><style>"
                + "html,body{margin:0;padding:0;background:#fff;overflow:hidden}svg{display:block}</style></head><body>"
                + svg + "</body></html>", StandardCharsets.UTF_8);
        Path png = out.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png,
                "--window-size=" + width + "," + height, "--force-device-scale-factor=1", "--hide-scrollbars",
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
        assertEquals(width, (int) img.getWidth(), "screenshot width");
        assertEquals(height, (int) img.getHeight(), "screenshot height");
        return img.getPixelReader();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** Ink everywhere {@code skip} does not leave out (x + 0.5, y + 0.5 in drawing units). */
    public static boolean[][] ink(PixelReader r, int width, int height, BiPredicate<Double, Double> skip) {
        boolean[][] out = new boolean[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y][x] = !skip.test(x + 0.5, y + 0.5) && ink(r.getArgb(x, y));
            }
        }
        return out;
    }

    public static boolean[][] ink(PixelReader r, int width, int height) {
        return ink(r, width, height, (x, y) -> false);
    }

    /**
     * Ink: a dark pixel (any channel under 110) or a coloured one (channels more than 40 apart). A
     * sketch template's grey (#9e9e9e) and antialiased edges are neither.
     */
    static boolean ink(int argb) {
        int red = (argb >> 16) & 0xFF;
        int green = (argb >> 8) & 0xFF;
        int blue = argb & 0xFF;
        int min = Math.min(red, Math.min(green, blue));
        int max = Math.max(red, Math.max(green, blue));
        return min < 110 || max - min > 40;
    }

    /** The share of a's ink pixels that have ink in b within {@link #TOLERANCE_PX} (a square neighbourhood); 1 when a has none. */
    public static double agreement(boolean[][] a, boolean[][] b) {
        long total = 0;
        long matched = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) {
                if (a[y][x]) {
                    total++;
                    matched += near(b, x, y) ? 1 : 0;
                }
            }
        }
        return total == 0 ? 1 : matched / (double) total;
    }

    /** Whether b has ink within {@link #TOLERANCE_PX} of (x, y). */
    public static boolean near(boolean[][] b, int x, int y) {
        for (int dy = -TOLERANCE_PX; dy <= TOLERANCE_PX; dy++) {
            for (int dx = -TOLERANCE_PX; dx <= TOLERANCE_PX; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if (yy >= 0 && yy < b.length && xx >= 0 && xx < b[0].length && b[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Pixels of a's ink with no ink of b near them. */
    public static long differing(boolean[][] a, boolean[][] b) {
        long n = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) {
                n += a[y][x] && !near(b, x, y) ? 1 : 0;
            }
        }
        return n;
    }

    public static int count(boolean[][] m) {
        int n = 0;
        for (boolean[] row : m) {
            for (boolean v : row) {
                n += v ? 1 : 0;
            }
        }
        return n;
    }
}
