package org.doorstep.model.family;

import java.util.List;

/**
 * A genogram or eco-map as plain shapes in pixels: what both the server's SVG and the tablet's
 * canvas paint, so neither side decides anything about the picture. Colours are {@code #rrggbb}.
 */
public record Drawing(double width, double height, String title, String description, List<Part> parts) {

    public Drawing {
        parts = List.copyOf(parts);
    }

    /** One shape; {@code dashed} draws it with {@link #DASH} dashes. */
    public sealed interface Part permits Box, Ring, Polygon, Path, Label {
    }

    /** A rectangle with corners rounded by {@code corner}. */
    public record Box(double x, double y, double w, double h, double corner, String stroke, double strokeWidth,
            boolean dashed, String fill) implements Part {
    }

    public record Ring(double cx, double cy, double r, String stroke, double strokeWidth, String fill) implements Part {
    }

    /** A closed shape through {@code points} (x0, y0, x1, y1, ...). */
    public record Polygon(double[] points, String stroke, double strokeWidth, String fill) implements Part {
    }

    /** An open line through {@code points} (x0, y0, x1, y1, ...). */
    public record Path(double[] points, String stroke, double strokeWidth, boolean dashed) implements Part {
    }

    /** Text centred on (x, y). */
    public record Label(double x, double y, double size, boolean bold, String text) implements Part {
    }

    public static final double[] DASH = {6, 4};
    public static final String INK = "#212121";
    public static final String PAPER = "#ffffff";
}
