package org.doorstep.model.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Sketches for tests: small hand-made ones and a seeded "hand-drawn" body map. */
final class SampleSketches {

    private SampleSketches() {
    }

    static Mark forearmMark() {
        return new Mark(1, 750.5, 376, "forearm-left", "left forearm", 2.5, "oval", List.of("blue", "purple"), false, true,
                List.of(SurfaceSign.SCAB), "I fell off the trampoline", "She bumped it at school", MarkBasis.SEEN, "Monday evening");
    }

    static Sketch small() {
        Stroke a = new Stroke(0x1a237e, 2.5, Tool.PEN, 0, List.of(
                new InkPoint(100, 100, 0, 0.5), new InkPoint(102.3, 101.1, 16, 0.52), new InkPoint(105.1, 103, 33, 0.55)));
        Stroke b = new Stroke(0x1a237e, 2.5, Tool.PEN, 900, List.of(new InkPoint(400, 300, 0, 1)));
        Stroke c = new Stroke(0xffeb3b, 12, Tool.HIGHLIGHTER, 2_000, List.of(
                new InkPoint(700, 350, 0, 0.3), new InkPoint(760, 380, 120, 0.3)));
        return Sketch.of("body-front-child", "Bruise on left forearm", 1280, 800, List.of(a, b, c),
                List.of(forearmMark(), new Mark(2, 500, 200, null, null, null, null, List.of(), null, null, List.of(),
                        null, null, MarkBasis.REPORTED, null)));
    }

    /** Strokes that wobble like a hand: smooth curves at 60 Hz with sub-unit jitter and varying pressure. */
    static List<Stroke> handDrawn(long seed, int strokes, int points, int width, int height) {
        Random r = new Random(seed);
        List<Stroke> out = new ArrayList<>();
        long start = 0;
        int perStroke = points / strokes;
        for (int s = 0; s < strokes; s++) {
            int n = s == strokes - 1 ? points - perStroke * (strokes - 1) : perStroke;
            double x = width * (0.3 + 0.4 * r.nextDouble());
            double y = height * (0.1 + 0.8 * r.nextDouble());
            double heading = r.nextDouble() * 2 * Math.PI;
            double speed = 1.5 + r.nextDouble() * 3;
            double turn = (r.nextDouble() - 0.5) * 0.08;
            double p = 0.4 + 0.3 * r.nextDouble();
            int t = 0;
            List<InkPoint> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pts.add(new InkPoint(x + r.nextGaussian() * 0.3, y + r.nextGaussian() * 0.3, t, Math.max(0, Math.min(1, p))));
                heading += turn + r.nextGaussian() * 0.05;
                speed = Math.max(0.5, Math.min(6, speed + r.nextGaussian() * 0.3));
                x += Math.cos(heading) * speed;
                y += Math.sin(heading) * speed;
                p += r.nextGaussian() * 0.01;
                t += 16 + (r.nextInt(10) == 0 ? 1 : 0);
            }
            int rgb = s % 10 == 9 ? 0xd32f2f : 0x1a237e;
            Tool tool = s % 15 == 14 ? Tool.HIGHLIGHTER : Tool.PEN;
            out.add(new Stroke(rgb, tool == Tool.HIGHLIGHTER ? 14 : 2.5, tool, start, pts));
            start += t + 300 + r.nextInt(1500);
        }
        return out;
    }
}
