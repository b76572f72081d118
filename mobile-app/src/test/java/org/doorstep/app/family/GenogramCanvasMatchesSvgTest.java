package org.doorstep.app.family;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.doorstep.app.ui.InkComparison;
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
    static final Path OUT = Paths.get("target", "genogram-vs-canvas");

    @Test
    @DisplayName("R5.6-genogram: the server's SVG in Chromium and the tablet's canvas draw the same genogram (three generations)")
    void sameGenogram(FxRobot robot) throws Exception {
        Drawing d = withoutText(Genogram.draw(family(), LocalDate.of(2026, 12, 3), "Mia Reed"));
        boolean[][] svg = ink(chromium(d, "svg"), d);
        boolean[][] canvas = ink(canvas(robot, d, "canvas"), d);
        int svgInk = InkComparison.count(svg);
        int canvasInk = InkComparison.count(canvas);
        double a = InkComparison.agreement(svg, canvas);
        double b = InkComparison.agreement(canvas, svg);
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
        long differing = InkComparison.differing(svg, canvas);
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

    /** The server's SVG of the drawing, rasterized by Chromium ({@link InkComparison}). */
    static PixelReader chromium(Drawing d, String name) throws IOException, InterruptedException {
        return InkComparison.chromium(DrawingSvg.render(d), (int) d.width(), (int) d.height(), OUT, name);
    }

    /** The tablet's canvas of the drawing, kept as a PNG beside Chromium's. */
    static PixelReader canvas(FxRobot robot, Drawing d, String name) throws IOException {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(new DrawingCanvas(d).render()));
        Files.createDirectories(OUT);
        Png.write(img.get(), OUT.resolve(name + ".png"));
        return img.get().getPixelReader();
    }

    static boolean[][] ink(PixelReader r, Drawing d) {
        return InkComparison.ink(r, (int) d.width(), (int) d.height());
    }
}
