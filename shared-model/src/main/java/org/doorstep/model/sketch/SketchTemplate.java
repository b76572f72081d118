package org.doorstep.model.sketch;

import java.util.List;
import java.util.Optional;

/**
 * An outline drawn in grey under the ink, with named regions used to name where a mark is. All
 * geometry is in a normalized unit square (0..1 each way, y down), which is placed on a canvas by
 * {@link #toCanvas}: scaled to the canvas's shorter side and centred. A template's geometry never
 * changes once released, because signed sketches refer to it by id; a better drawing gets a new id.
 *
 * @param id       stable id, e.g. "body-front-child"
 * @param title    what a practitioner sees in the picker, e.g. "Body, front (child)"
 * @param outlines polylines, drawn in grey
 * @param regions  named polygons; where they overlap, the first one listed wins
 * @param labels   short texts drawn with the outline ("Front", "R", "L")
 */
public record SketchTemplate(String id, String title, List<Outline> outlines, List<Region> regions, List<Label> labels) {

    public SketchTemplate {
        outlines = List.copyOf(outlines);
        regions = List.copyOf(regions);
        labels = List.copyOf(labels);
    }

    /** A point in the template's normalized unit square. */
    public record Pt(double x, double y) {
    }

    /** A polyline; closed ones join their last point to the first. */
    public record Outline(List<Pt> points, boolean closed) {
        public Outline {
            points = List.copyOf(points);
        }
    }

    /**
     * A named area.
     *
     * @param id   stable machine id, e.g. "forearm-left"
     * @param name how it reads in a note, e.g. "left forearm" (the child's left)
     */
    public record Region(String id, String name, List<Pt> polygon) {
        public Region {
            polygon = List.copyOf(polygon);
        }

        /** Even-odd point-in-polygon test in normalized coordinates. */
        public boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
                Pt a = polygon.get(i);
                Pt b = polygon.get(j);
                if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /** A short text at a normalized position (its centre). */
    public record Label(double x, double y, String text) {
    }

    /** The first region containing a normalized point. */
    public Optional<Region> regionAtNormalized(double nx, double ny) {
        return regions.stream().filter(r -> r.contains(nx, ny)).findFirst();
    }

    /** The region under a canvas point, for a canvas of the given size. */
    public Optional<Region> regionAt(int canvasWidth, int canvasHeight, double x, double y) {
        double side = Math.min(canvasWidth, canvasHeight);
        return regionAtNormalized((x - (canvasWidth - side) / 2) / side, (y - (canvasHeight - side) / 2) / side);
    }

    /** Where a normalized point lands on a canvas of the given size: {x, y} in logical units. */
    public static double[] toCanvas(int canvasWidth, int canvasHeight, Pt p) {
        double side = Math.min(canvasWidth, canvasHeight);
        return new double[] {(canvasWidth - side) / 2 + p.x() * side, (canvasHeight - side) / 2 + p.y() * side};
    }
}
