package org.doorstep.model.family;

import org.doorstep.model.sketch.SketchSvg;

/**
 * Writes a {@link Drawing} as SVG for the server's pages, downloads and exports. Deterministic (no
 * locale, no ids) and every text escaped, as {@link SketchSvg} is.
 */
public final class DrawingSvg {

    private DrawingSvg() {
    }

    public static String render(Drawing d) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(d.width())).append(' ').append(n(d.height()))
                .append("\" width=\"").append(n(d.width())).append("\" height=\"").append(n(d.height()))
                .append("\" role=\"img\" aria-label=\"").append(SketchSvg.escape(d.title())).append("\">\n");
        out.append("<title>").append(SketchSvg.escape(d.title())).append("</title>\n");
        out.append("<desc>").append(SketchSvg.escape(d.description())).append("</desc>\n");
        out.append("<rect width=\"").append(n(d.width())).append("\" height=\"").append(n(d.height())).append("\" fill=\"")
                .append(Drawing.PAPER).append("\"/>\n");
        for (Drawing.Part p : d.parts()) {
            if (p instanceof Drawing.Box b) {
                out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"").append(n(b.w()))
                        .append("\" height=\"").append(n(b.h())).append("\" rx=\"").append(n(b.corner())).append('"');
                stroke(out, b.stroke(), b.strokeWidth(), b.dashed(), b.fill());
            } else if (p instanceof Drawing.Ring r) {
                out.append("<circle cx=\"").append(n(r.cx())).append("\" cy=\"").append(n(r.cy())).append("\" r=\"").append(n(r.r())).append('"');
                stroke(out, r.stroke(), r.strokeWidth(), false, r.fill());
            } else if (p instanceof Drawing.Polygon g) {
                out.append("<polygon points=\"").append(points(g.points())).append('"');
                stroke(out, g.stroke(), g.strokeWidth(), false, g.fill());
            } else if (p instanceof Drawing.Path l) {
                out.append("<polyline points=\"").append(points(l.points())).append("\" stroke-linecap=\"butt\" stroke-linejoin=\"miter\"");
                stroke(out, l.stroke(), l.strokeWidth(), l.dashed(), null);
            } else if (p instanceof Drawing.Label t) {
                out.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                        .append("\" font-family=\"sans-serif\" font-size=\"").append(n(t.size())).append('"')
                        .append(t.bold() ? " font-weight=\"bold\"" : "")
                        .append(" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"").append(Drawing.INK).append("\">")
                        .append(SketchSvg.escape(t.text())).append("</text>\n");
            }
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void stroke(StringBuilder out, String colour, double width, boolean dashed, String fill) {
        out.append(" fill=\"").append(fill == null ? "none" : fill).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(n(width)).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"").append(n(Drawing.DASH[0])).append(' ').append(n(Drawing.DASH[1])).append('"');
        }
        out.append("/>\n");
    }

    private static String points(double[] xy) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            b.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return b.toString();
    }

    private static String n(double v) {
        return SketchSvg.hundredths(v);
    }
}
