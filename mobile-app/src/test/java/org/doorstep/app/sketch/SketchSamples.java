package org.doorstep.app.sketch;

import java.util.ArrayList;
import java.util.List;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.SurfaceSign;
import org.doorstep.model.sketch.Tool;

/** Hand-drawn-looking sample sketches for tests, screenshots and the benchmark. */
final class SketchSamples {

    static final int W = SketchPad.DEFAULT_WIDTH;
    static final int H = SketchPad.DEFAULT_HEIGHT;

    private SketchSamples() {
    }

    /** The centre of a template region on the canvas. */
    static double[] centre(String templateId, String regionId) {
        SketchTemplate t = SketchTemplates.find(templateId).orElseThrow();
        SketchTemplate.Region r = t.regions().stream().filter(x -> x.id().equals(regionId)).findFirst().orElseThrow();
        double x = 0;
        double y = 0;
        for (SketchTemplate.Pt p : r.polygon()) {
            x += p.x();
            y += p.y();
        }
        return SketchTemplate.toCanvas(W, H, new SketchTemplate.Pt(x / r.polygon().size(), y / r.polygon().size()));
    }

    /** A slightly wobbly ring around (cx, cy), as a finger draws it. */
    static Stroke ring(double cx, double cy, double r, int rgb, double width, Tool tool, long startMs) {
        List<InkPoint> pts = new ArrayList<>();
        for (int i = 0; i <= 64; i++) {
            double a = -Math.PI / 2 + 2.1 * Math.PI * i / 64;
            double wob = 1 + 0.05 * Math.sin(i * 0.7);
            pts.add(new InkPoint(cx + r * wob * Math.cos(a), cy + r * wob * Math.sin(a), i * 9, 0.5));
        }
        return new Stroke(rgb, width, tool, startMs, pts);
    }

    /** A gently curved line from a to b. */
    static Stroke line(double ax, double ay, double bx, double by, double bend, int rgb, double width, Tool tool, long startMs) {
        List<InkPoint> pts = new ArrayList<>();
        int n = 24;
        double nx = -(by - ay);
        double ny = bx - ax;
        double len = Math.hypot(nx, ny);
        for (int i = 0; i <= n; i++) {
            double f = i / (double) n;
            double b = bend * Math.sin(Math.PI * f) / (len == 0 ? 1 : len);
            pts.add(new InkPoint(ax + f * (bx - ax) + b * nx, ay + f * (by - ay) + b * ny, i * 11, 0.5));
        }
        return new Stroke(rgb, width, tool, startMs, pts);
    }

    static Mark mark(int n, String templateId, String regionId, double dx, double dy, double sizeCm, String shape,
                     List<String> colours, String child, String carer) {
        double[] c = centre(templateId, regionId);
        Mark placed = Mark.placed(n, c[0] + dx, c[1] + dy, SketchTemplates.find(templateId).orElseThrow(), W, H, MarkBasis.SEEN);
        return new Mark(n, placed.x(), placed.y(), placed.regionId(), placed.site(), sizeCm, shape, colours, false, true,
                List.of(SurfaceSign.SCAB), child, carer, MarkBasis.SEEN, "Monday evening");
    }

    /** Some ink and one or two marks over each screenshot template. */
    static Sketch sample(String templateId) {
        List<Stroke> s = new ArrayList<>();
        List<Mark> m = new ArrayList<>();
        String caption;
        switch (templateId) {
            case "body-front-child" -> {
                double[] f = centre(templateId, "forearm-left");
                s.add(ring(f[0], f[1], 34, 0xd32f2f, 4, Tool.PEN, 0));
                double[] c = centre(templateId, "thigh-right");
                s.add(line(c[0] - 4, c[1] - 40, c[0] + 4, c[1] + 40, 6, 0xfdd835, 16, Tool.HIGHLIGHTER, 4_000));
                m.add(mark(1, templateId, "forearm-left", 0, 0, 3.5, "oval", List.of("purple", "yellow"), "I fell off my bike", "She fell off her bike at the park"));
                m.add(mark(2, templateId, "cheek-right", 0, 0, 1.0, "round", List.of("red"), null, null));
                caption = "Bruising seen on T.'s left forearm and right cheek";
            }
            case "body-back-adolescent" -> {
                double[] b = centre(templateId, "upper-back-left");
                for (int i = 0; i < 3; i++) {
                    s.add(line(b[0] - 30, b[1] - 20 + i * 14, b[0] + 30, b[1] - 30 + i * 14, 3, 0x6a1b9a, 4, Tool.PEN, i * 1_500L));
                }
                m.add(mark(1, templateId, "upper-back-left", 0, 30, 12, "three parallel linear marks", List.of("red", "purple"), "Don't know", "Playing rugby"));
                caption = "Three linear marks, upper back (child's left)";
            }
            case "head-face" -> {
                double[] e = centre(templateId, "eye-right");
                s.add(ring(e[0], e[1], 48, 0x6a1b9a, 4, Tool.PEN, 0));
                double[] t = centre(templateId, "temple-cheek-left");
                s.add(line(t[0] - 20, t[1] - 20, t[0] + 20, t[1] + 20, 6, 0xf06292, 16, Tool.HIGHLIGHTER, 3_000));
                m.add(mark(1, templateId, "eye-right", 0, 0, 4, "round", List.of("purple", "black"), "Walked into a door", "Walked into the door"));
                caption = "Swelling around the right eye";
            }
            case "hands" -> {
                double[] h = centre(templateId, "left-hand-back");
                s.add(ring(h[0], h[1], 40, 0xd32f2f, 4, Tool.PEN, 0));
                double[] p = centre(templateId, "right-palm");
                s.add(line(p[0] - 30, p[1], p[0] + 30, p[1], 2, 0x1b1f24, 4, Tool.PEN, 2_000));
                m.add(mark(1, templateId, "left-hand-back", 0, 0, 2, "round, blistered", List.of("red"), "Hot tap", "Hot tap in the bathroom"));
                caption = "Burn on the back of the left hand";
            }
            case "room-grid" -> {
                double[] a = centre(templateId, "cell-b2");
                double[] b = centre(templateId, "cell-h8");
                double[] k = centre(templateId, "cell-c3");
                double[] d = centre(templateId, "cell-e7");
                s.add(line(a[0], a[1], b[0], a[1], 0, 0x1b1f24, 6, Tool.PEN, 0));
                s.add(line(b[0], a[1], b[0], b[1], 0, 0x1b1f24, 6, Tool.PEN, 1_000));
                s.add(line(b[0], b[1], a[0], b[1], 0, 0x1b1f24, 6, Tool.PEN, 2_000));
                s.add(line(a[0], b[1], a[0], a[1], 0, 0x1b1f24, 6, Tool.PEN, 3_000));
                s.add(line(k[0] - 20, k[1] - 10, k[0] + 60, k[1] - 10, 0, 0x795548, 16, Tool.PEN, 4_000));
                s.add(line(k[0] + 20, k[1] + 10, d[0], d[1], 30, 0x1565c0, 4, Tool.PEN, 5_000));
                s.add(line(d[0] - 30, d[1] - 20, d[0] + 30, d[1] + 20, 0, 0xfdd835, 16, Tool.HIGHLIGHTER, 6_000));
                Mark placed = Mark.placed(1, k[0] + 20, k[1] - 10, SketchTemplates.find(templateId).orElseThrow(), W, H, MarkBasis.REPORTED);
                m.add(new Mark(1, placed.x(), placed.y(), placed.regionId(), "kitchen worktop by the kettle", null, null, List.of(),
                        null, null, List.of(), "The kettle fell off here", "The kettle was on the side", MarkBasis.REPORTED, "Saturday"));
                caption = "Kitchen: where the kettle was and where T. was standing";
            }
            case "body-left-infant" -> {
                double[] t = centre(templateId, "thigh-left");
                s.add(ring(t[0], t[1], 30, 0x1565c0, 4, Tool.PEN, 0));
                double[] c = centre(templateId, "chest-left");
                s.add(line(c[0] - 25, c[1], c[0] + 25, c[1], 3, 0xfdd835, 16, Tool.HIGHLIGHTER, 2_500));
                m.add(mark(1, templateId, "thigh-left", 0, 0, 1.5, "four small round marks", List.of("blue", "grey"), null, "Don't know how it happened"));
                caption = "Small round bruises, left thigh (non-mobile baby)";
            }
            default -> throw new IllegalArgumentException(templateId);
        }
        return Sketch.of(templateId, caption, W, H, s, m);
    }

    /** Screenshot templates, in order. */
    static final List<String> TEMPLATES = List.of("body-front-child", "body-back-adolescent", "head-face", "hands", "room-grid", "body-left-infant");
}
