package org.doorstep.app.family;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.doorstep.app.ui.InkComparison;
import org.doorstep.model.family.Drawing;
import org.doorstep.model.family.EcoMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * R5.6-genogram: the server's eco-map SVG, rasterized by headless Chromium, and the tablet's
 * {@link DrawingCanvas} show the same lines and boxes, compared pixel by pixel as the genogram and
 * sketch tests do ({@link InkComparison}). Names are left out: two font engines set them.
 */
@ExtendWith(ApplicationExtension.class)
class EcoMapCanvasMatchesSvgTest {

    static final double REQUIRED = 0.95;

    static EcoMap map(int n) {
        List<EcoMap.Tie> ties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ties.add(new EcoMap.Tie("Tie " + i, EcoMap.Kind.values()[i % EcoMap.Kind.values().length], EcoMap.Strength.values()[i % 3]));
        }
        return new EcoMap("Maya Thompson", ties);
    }

    @Test
    @DisplayName("R5.6-genogram: the server's SVG in Chromium and the tablet's canvas draw the same eco-map (5 and 16 ties: strong, weak, stressful)")
    void sameEcoMap(FxRobot robot) throws Exception {
        for (int n : new int[] {5, 16}) {
            Drawing d = GenogramCanvasMatchesSvgTest.withoutText(map(n).draw());
            boolean[][] svg = GenogramCanvasMatchesSvgTest.ink(GenogramCanvasMatchesSvgTest.chromium(d, "ecomap-" + n + "-svg"), d);
            boolean[][] canvas = GenogramCanvasMatchesSvgTest.ink(GenogramCanvasMatchesSvgTest.canvas(robot, d, "ecomap-" + n + "-canvas"), d);
            double a = InkComparison.agreement(svg, canvas);
            double b = InkComparison.agreement(canvas, svg);
            String numbers = String.format("%d ties: SVG ink %d px, canvas ink %d px; SVG on canvas %.4f, canvas on SVG %.4f",
                    n, InkComparison.count(svg), InkComparison.count(canvas), a, b);
            System.out.println("R5.6-genogram eco-map SVG vs canvas: " + numbers);
            assertTrue(InkComparison.count(svg) > 2_000 && InkComparison.count(canvas) > 2_000, "both show ink: " + numbers);
            assertTrue(a >= REQUIRED && b >= REQUIRED, numbers);
        }
    }

    @Test
    @DisplayName("R5.6-genogram: the comparison notices one tie drawn weak (dashed) where the other side has it stressful (zigzag)")
    void comparisonNoticesADifferentStrength(FxRobot robot) throws Exception {
        EcoMap server = map(5);
        List<EcoMap.Tie> ties = new ArrayList<>(server.ties());
        EcoMap.Tie stressful = ties.get(2);
        ties.set(2, new EcoMap.Tie(stressful.name(), stressful.kind(), EcoMap.Strength.WEAK));
        Drawing s = GenogramCanvasMatchesSvgTest.withoutText(server.draw());
        Drawing t = GenogramCanvasMatchesSvgTest.withoutText(new EcoMap(server.childName(), ties).draw());
        boolean[][] svg = GenogramCanvasMatchesSvgTest.ink(GenogramCanvasMatchesSvgTest.chromium(s, "ecomap-differs-svg"), s);
        boolean[][] canvas = GenogramCanvasMatchesSvgTest.ink(GenogramCanvasMatchesSvgTest.canvas(robot, t, "ecomap-differs-canvas"), t);
        long differing = InkComparison.differing(svg, canvas);
        assertTrue(differing > 20, "a stressful tie drawn as weak must show: " + differing + " px differ");
    }
}
