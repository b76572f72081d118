package org.doorstep.model.sketch;

import java.util.List;

/**
 * One continuous line, from finger or stylus down to up.
 *
 * @param rgb     pen colour as 0xRRGGBB (no alpha: a highlighter's translucency comes from its tool)
 * @param width   line width in logical units, snapped to 0.25, more than 0
 * @param tool    pen or highlighter
 * @param startMs milliseconds since the sketch was opened when this stroke began, so the order and
 *                pace of drawing can be replayed
 * @param points  at least one; a tap is a one-point stroke (a dot)
 */
public record Stroke(int rgb, double width, Tool tool, long startMs, List<InkPoint> points) {

    public static final double MAX_WIDTH = 200;
    public static final int MAX_POINTS = 100_000;

    public Stroke {
        if ((rgb & 0xFF000000) != 0) {
            throw new IllegalArgumentException("rgb must be 0xRRGGBB without alpha, was 0x" + Integer.toHexString(rgb));
        }
        width = Quantum.coord(width, "width");
        if (width <= 0 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be within 0.25.." + (int) MAX_WIDTH + ", was " + width);
        }
        if (tool == null) {
            throw new IllegalArgumentException("tool is required");
        }
        if (startMs < 0) {
            throw new IllegalArgumentException("startMs must not be negative, was " + startMs);
        }
        points = List.copyOf(points);
        if (points.isEmpty() || points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("a stroke has 1.." + MAX_POINTS + " points, this one has " + points.size());
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).t() < points.get(i - 1).t()) {
                throw new IllegalArgumentException("point times must not go backwards (point " + i + ")");
            }
        }
    }

    /** The colour as an SVG/CSS hex string, "#rrggbb". */
    public String hex() {
        return String.format("#%06x", rgb);
    }

    int widthSteps() {
        return (int) Math.round(width * Quantum.COORD);
    }
}
