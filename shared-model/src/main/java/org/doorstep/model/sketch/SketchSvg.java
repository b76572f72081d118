package org.doorstep.model.sketch;

import java.util.List;

/**
 * The one SVG rendering of a sketch, used by the server's supervisor page and exports: template
 * outline in grey under the ink, strokes as round-capped paths (highlighter translucent), marks
 * as numbered circles on top. Output is deterministic (same sketch, same bytes; no locale, no
 * ids) and every text is XML-escaped, so a caption can never become markup.
 *
 * <p>Line width does not follow pressure here; the pressure is kept in the data for replay.
 */
public final class SketchSvg {

    public static final String OUTLINE_COLOUR = "#9e9e9e";
    public static final String MARK_COLOUR = "#c62828";
    public static final String HIGHLIGHTER_OPACITY = "0.35";

    private SketchSvg() {
    }

    public static String render(Sketch s) {
        return render(s, SketchTemplates.orBlank(s.templateId()));
    }

    public static String render(Sketch s, SketchTemplate template) {
        int w = s.width();
        int h = s.height();
        double side = Math.min(w, h);
        StringBuilder out = new StringBuilder(256 + s.pointCount() * 12);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" role=\"img\" aria-label=\"")
                .append(escape(s.caption())).append("\">\n");
        out.append("<title>").append(escape(s.caption())).append("</title>\n");
        out.append("<desc>").append(escape(template.title())).append("; ").append(s.strokes().size()).append(" strokes, ")
                .append(s.marks().size()).append(" marks</desc>\n");
        out.append("<rect width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"#ffffff\"/>\n");

        if (!template.outlines().isEmpty()) {
            out.append("<path fill=\"none\" stroke=\"").append(OUTLINE_COLOUR).append("\" stroke-width=\"")
                    .append(hundredths(Math.max(1, side / 400))).append("\" stroke-linejoin=\"round\" d=\"");
            boolean first = true;
            for (SketchTemplate.Outline o : template.outlines()) {
                for (int i = 0; i < o.points().size(); i++) {
                    double[] p = SketchTemplate.toCanvas(w, h, o.points().get(i));
                    out.append(first ? "" : " ").append(i == 0 ? 'M' : 'L').append(hundredths(p[0])).append(' ').append(hundredths(p[1]));
                    first = false;
                }
                if (o.closed()) {
                    out.append('Z');
                }
            }
            out.append("\"/>\n");
        }
        if (!template.labels().isEmpty()) {
            out.append("<g fill=\"").append(OUTLINE_COLOUR).append("\" font-family=\"sans-serif\" font-size=\"")
                    .append(hundredths(Math.max(8, side / 40))).append("\" text-anchor=\"middle\" dominant-baseline=\"central\">\n");
            for (SketchTemplate.Label l : template.labels()) {
                double[] p = SketchTemplate.toCanvas(w, h, new SketchTemplate.Pt(l.x(), l.y()));
                out.append("<text x=\"").append(hundredths(p[0])).append("\" y=\"").append(hundredths(p[1])).append("\">")
                        .append(escape(l.text())).append("</text>\n");
            }
            out.append("</g>\n");
        }

        out.append("<g fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
        for (Stroke st : s.strokes()) {
            out.append("<path stroke=\"").append(st.hex()).append("\" stroke-width=\"").append(Quantum.coordText(st.widthSteps())).append('"');
            if (st.tool() == Tool.HIGHLIGHTER) {
                out.append(" stroke-opacity=\"").append(HIGHLIGHTER_OPACITY).append('"');
            }
            out.append(" d=\"");
            List<InkPoint> pts = st.points();
            for (int i = 0; i < pts.size(); i++) {
                InkPoint p = pts.get(i);
                out.append(i == 0 ? "M" : " L").append(Quantum.coordText(p.xSteps())).append(' ').append(Quantum.coordText(p.ySteps()));
            }
            if (pts.size() == 1) {
                // a tap: a zero-length segment, which round caps draw as a dot
                InkPoint p = pts.get(0);
                out.append(" L").append(Quantum.coordText(p.xSteps())).append(' ').append(Quantum.coordText(p.ySteps()));
            }
            out.append("\"/>\n");
        }
        out.append("</g>\n");

        if (!s.marks().isEmpty()) {
            double r = Math.max(8, side / 50);
            out.append("<g font-family=\"sans-serif\" font-size=\"").append(hundredths(r * 1.2))
                    .append("\" font-weight=\"bold\" text-anchor=\"middle\" dominant-baseline=\"central\">\n");
            for (Mark m : s.marks()) {
                String cx = Quantum.coordText((int) Math.round(m.x() * Quantum.COORD));
                String cy = Quantum.coordText((int) Math.round(m.y() * Quantum.COORD));
                out.append("<g><title>").append(escape(markTitle(m))).append("</title>")
                        .append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"").append(hundredths(r))
                        .append("\" fill=\"#ffffff\" stroke=\"").append(MARK_COLOUR).append("\" stroke-width=\"").append(hundredths(r / 5))
                        .append("\"/><text x=\"").append(cx).append("\" y=\"").append(cy).append("\" fill=\"").append(MARK_COLOUR)
                        .append("\">").append(m.number()).append("</text></g>\n");
            }
            out.append("</g>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static String markTitle(Mark m) {
        return m.number() + ": " + (m.site() == null ? "site not named" : m.site()) + " (" + m.basis().name().toLowerCase() + ")";
    }

    /** A number rounded to 0.01 and written without a locale: "12", "12.5", "12.05", "-3.1". */
    public static String hundredths(double v) {
        long c = Math.round(v * 100);
        long abs = Math.abs(c);
        String s = (c < 0 ? "-" : "") + (abs / 100);
        long frac = abs % 100;
        if (frac == 0) {
            return s;
        }
        return frac % 10 == 0 ? s + "." + (frac / 10) : s + "." + (frac < 10 ? "0" : "") + frac;
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
