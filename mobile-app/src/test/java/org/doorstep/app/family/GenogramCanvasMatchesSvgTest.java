package org.doorstep.app.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.doorstep.app.ui.Png;
import org.doorstep.model.family.Bond;
import org.doorstep.model.family.Drawing;
import org.doorstep.model.family.DrawingSvg;
import org.doorstep.model.family.Family;
import org.doorstep.model.family.FamilyPerson;
import org.doorstep.model.family.Genogram;
import org.doorstep.model.family.Relationship;
import org.doorstep.model.family.Sex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * R5.6-genogram: the server's genogram SVG ({@link DrawingSvg}, rasterized by headless Chromium) and
 * the tablet's {@link DrawingCanvas} show the same lines and symbols, compared pixel by pixel as the
 * sketch test does (2 px tolerance for antialiasing). Names and ages are left out of the comparison:
 * the two sides set text with different font engines; that they are there is checked on each side.
 */
@ExtendWith(ApplicationExtension.class)
class GenogramCanvasMatchesSvgTest {

    static final double REQUIRED = 0.95;
    static final int TOLERANCE_PX = 2;
    static final Path OUT = Paths.get("target", "genogram-vs-canvas");

    @Test
    @DisplayName("R5.6-genogram: the server's SVG in Chromium and the tablet's canvas draw the same genogram (three generations)")
    void sameGenogram(FxRobot robot) throws Exception {
        Drawing d = withoutText(Genogram.draw(family(), LocalDate.of(2026, 12, 3), "Mia Reed"));
        boolean[][] svg = ink(chromium(d, "svg"), d);
        boolean[][] canvas = ink(canvas(robot, d, "canvas"), d);
        int svgInk = count(svg);
        int canvasInk = count(canvas);
        double a = agreement(svg, canvas);
        double b = agreement(canvas, svg);
        String numbers = String.format("SVG ink %d px, canvas ink %d px; SVG on canvas %.4f, canvas on SVG %.4f (images in %s)",
                svgInk, canvasInk, a, b, OUT.toAbsolutePath());
        System.out.println("R5.6-genogram SVG vs canvas: " + numbers);
        assertTrue(svgInk > 2_000 && canvasInk > 2_000, "both show ink: " + numbers);
        assertTrue(a >= REQUIRED && b >= REQUIRED, numbers);
    }

    @Test
    @DisplayName("R5.6-genogram: the comparison notices a different family (one divorce drawn as a marriage)")
    void comparisonNoticesADifference(FxRobot robot) throws Exception {
        Family f = family();
        List<Relationship> changed = f.relationships().stream()
                .map(r -> r.bond() == Bond.DIVORCED ? Relationship.partners(r.from(), r.to(), Bond.PARTNERED) : r).toList();
        Drawing server = withoutText(Genogram.draw(f, LocalDate.of(2026, 12, 3), "Mia Reed"));
        Drawing tablet = withoutText(Genogram.draw(new Family(f.people(), changed), LocalDate.of(2026, 12, 3), "Mia Reed"));
        boolean[][] svg = ink(chromium(server, "differs-svg"), server);
        boolean[][] canvas = ink(canvas(robot, tablet, "differs-canvas"), tablet);
        long differing = 0;
        for (int y = 0; y < svg.length; y++) {
            for (int x = 0; x < svg[0].length; x++) {
                if (svg[y][x] && !near(canvas, x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 20, "a divorce drawn as a dashed partnership must show: " + differing + " px differ");
    }

    static Family family() {
        return new Family(List.of(
                new FamilyPerson("gf", "George Reed", Sex.MALE, LocalDate.of(1948, 3, 2), true, LocalDate.of(2019, 6, 1), false, false),
                new FamilyPerson("gm", "Ada Reed", Sex.FEMALE, LocalDate.of(1951, 7, 9), false, null, false, false),
                new FamilyPerson("dad", "Sam Reed", Sex.MALE, LocalDate.of(1984, 1, 20), false, null, false, false),
                new FamilyPerson("mum", "Jo Reed", Sex.FEMALE, LocalDate.of(1987, 11, 3), false, null, true, false),
                new FamilyPerson("new", "Alex Kim", Sex.OTHER_UNKNOWN, null, false, null, true, false),
                new FamilyPerson("mia", "Mia Reed", Sex.FEMALE, LocalDate.of(2016, 4, 12), false, null, true, true),
                new FamilyPerson("ava", "Ava Kim", Sex.FEMALE, LocalDate.of(2023, 2, 14), false, null, true, false)),
                List.of(Relationship.partners("gf", "gm", Bond.MARRIED), Relationship.parentOf("gf", "dad"), Relationship.parentOf("gm", "dad"),
                        Relationship.partners("dad", "mum", Bond.DIVORCED), Relationship.partners("mum", "new", Bond.PARTNERED),
                        Relationship.parentOf("dad", "mia"), Relationship.parentOf("mum", "mia"), Relationship.parentOf("mum", "ava"),
                        Relationship.parentOf("new", "ava")));
    }

    static Drawing withoutText(Drawing d) {
        return new Drawing(d.width(), d.height(), d.title(), d.description(),
                d.parts().stream().filter(p -> !(p instanceof Drawing.Label)).toList());
    }

    static PixelReader chromium(Drawing d, String name) throws IOException, InterruptedException {
        Path browser = Paths.get(System.getProperty("doorstep.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(browser)) {
            fail("R5.6-genogram SVG vs canvas needs Chromium at " + browser + " (Debian: apt-get install -y chromium).");
        }
        Files.createDirectories(OUT);
        Path dir = Files.createTempDirectory("genogram-vs-canvas");
        Path page = dir.resolve("genogram.html");
        Files.writeString(page, "<!doctype html><html><head><meta charset=\"utf-8\"><style>"
                + "html,body{margin:0;padding:0;background:#fff;overflow:hidden}svg{display:block}</style></head><body>"
                + DrawingSvg.render(d) + "</body></html>", StandardCharsets.UTF_8);
        Path png = OUT.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png,
                "--window-size=" + (int) d.width() + "," + (int) d.height(), "--force-device-scale-factor=1", "--hide-scrollbars",
                page.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish the screenshot in 90 s");
        }
        Image img = new Image(png.toUri().toString());
        assertEquals((int) d.width(), (int) img.getWidth(), "screenshot width");
        return img.getPixelReader();
    }

    static PixelReader canvas(FxRobot robot, Drawing d, String name) throws IOException {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(new DrawingCanvas(d).render()));
        Files.createDirectories(OUT);
        Png.write(img.get(), OUT.resolve(name + ".png"));
        return img.get().getPixelReader();
    }

    /** Ink: a dark pixel or a coloured one (the household outline is blue). */
    static boolean[][] ink(PixelReader r, Drawing d) {
        int w = (int) d.width();
        int h = (int) d.height();
        boolean[][] out = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
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

    static double agreement(boolean[][] a, boolean[][] b) {
        long ink = 0;
        long matched = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) {
                if (a[y][x]) {
                    ink++;
                    if (near(b, x, y)) {
                        matched++;
                    }
                }
            }
        }
        return ink == 0 ? 0 : matched / (double) ink;
    }

    static boolean near(boolean[][] b, int x, int y) {
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

    static int count(boolean[][] a) {
        int n = 0;
        for (boolean[] row : a) {
            for (boolean v : row) {
                n += v ? 1 : 0;
            }
        }
        return n;
    }
}
