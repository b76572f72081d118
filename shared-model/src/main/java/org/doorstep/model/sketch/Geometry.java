package org.doorstep.model.sketch;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.sketch.SketchTemplate.Pt;

/** Small helpers that build template outlines and regions. Package-private: only the catalogue uses them. */
final class Geometry {

    private Geometry() {
    }

    static Pt pt(double x, double y) {
        return new Pt(round(x), round(y));
    }

    /** Template geometry is kept to 4 decimals, so what the catalogue holds prints the same everywhere. */
    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    static List<Pt> ellipse(double cx, double cy, double rx, double ry, int n) {
        List<Pt> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            pts.add(pt(cx + rx * Math.sin(a), cy - ry * Math.cos(a)));
        }
        return pts;
    }

    static List<Pt> rect(double x0, double y0, double x1, double y1) {
        return List.of(pt(x0, y0), pt(x1, y0), pt(x1, y1), pt(x0, y1));
    }

    /** The part of a polygon with x (axis 0) or y (axis 1) at least (keepAbove) or at most the value. */
    static List<Pt> clip(List<Pt> poly, int axis, double value, boolean keepAbove) {
        List<Pt> out = new ArrayList<>();
        for (int i = 0; i < poly.size(); i++) {
            Pt a = poly.get(i);
            Pt b = poly.get((i + 1) % poly.size());
            boolean ina = inside(a, axis, value, keepAbove);
            boolean inb = inside(b, axis, value, keepAbove);
            if (ina) {
                out.add(a);
            }
            if (ina != inb) {
                double av = axis == 0 ? a.x() : a.y();
                double bv = axis == 0 ? b.x() : b.y();
                double f = (value - av) / (bv - av);
                out.add(pt(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y())));
            }
        }
        return out;
    }

    static List<Pt> band(List<Pt> poly, int axis, double from, double to) {
        return clip(clip(poly, axis, from, true), axis, to, false);
    }

    private static boolean inside(Pt p, int axis, double value, boolean keepAbove) {
        double v = axis == 0 ? p.x() : p.y();
        return keepAbove ? v >= value : v <= value;
    }

    /**
     * A limb drawn as a chain of joints with a width at each; gives the two edges, so the outline is
     * one smooth shape and each stretch between joints can be a region.
     */
    static final class Chain {
        final List<Pt> sideA = new ArrayList<>();
        final List<Pt> sideB = new ArrayList<>();

        Chain(double[][] joints) {
            int n = joints.length;
            for (int i = 0; i < n; i++) {
                double dx = 0;
                double dy = 0;
                if (i > 0) {
                    double[] d = unit(joints[i][0] - joints[i - 1][0], joints[i][1] - joints[i - 1][1]);
                    dx += d[0];
                    dy += d[1];
                }
                if (i < n - 1) {
                    double[] d = unit(joints[i + 1][0] - joints[i][0], joints[i + 1][1] - joints[i][1]);
                    dx += d[0];
                    dy += d[1];
                }
                double[] d = unit(dx, dy);
                double half = joints[i][2] / 2;
                sideA.add(pt(joints[i][0] - d[1] * half, joints[i][1] + d[0] * half));
                sideB.add(pt(joints[i][0] + d[1] * half, joints[i][1] - d[0] * half));
            }
        }

        /** The whole limb as one closed outline. */
        List<Pt> outline() {
            return section(0, sideA.size() - 1);
        }

        /** The stretch from joint i to joint j as a polygon. */
        List<Pt> section(int i, int j) {
            List<Pt> poly = new ArrayList<>(sideA.subList(i, j + 1));
            List<Pt> back = new ArrayList<>(sideB.subList(i, j + 1));
            java.util.Collections.reverse(back);
            poly.addAll(back);
            return poly;
        }

        private static double[] unit(double x, double y) {
            double len = Math.hypot(x, y);
            return len == 0 ? new double[] {0, 1} : new double[] {x / len, y / len};
        }
    }
}
