package org.doorstep.server.family;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.doorstep.model.family.Drawing;

/**
 * Paints a {@link Drawing} into a PDF as vectors, shape for shape as the SVG has them, so the court
 * export carries the same genogram as the workspace page (no raster, no second layout).
 */
public final class GenogramPdf {

    private GenogramPdf() {
    }

    /** The drawing as an image of the PDF being written, scaled down (never up) to fit the box given in points. */
    public static Image of(PdfContentByte cb, Drawing d, float maxWidth, float maxHeight) {
        float h = (float) d.height();
        PdfTemplate t = cb.createTemplate((float) d.width(), h);
        try {
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
            for (Drawing.Part p : d.parts()) {
                paint(t, p, h, regular, bold);
            }
            Image img = Image.getInstance(t);
            if (img.getWidth() > maxWidth || img.getHeight() > maxHeight) {
                img.scaleToFit(maxWidth, maxHeight);
            }
            img.setAlignment(Element.ALIGN_CENTER);
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paint(PdfTemplate t, Drawing.Part p, float h, BaseFont regular, BaseFont bold) {
        if (p instanceof Drawing.Label l) {
            t.beginText();
            t.setColorFill(colour(Drawing.INK));
            t.setFontAndSize(l.bold() ? bold : regular, (float) l.size());
            t.showTextAligned(Element.ALIGN_CENTER, l.text(), (float) l.x(), h - (float) l.y() - (float) l.size() * 0.35f, 0);
            t.endText();
            return;
        }
        // PDF wants the pen set before a path is begun, so each part sets it first, then traces, then paints
        if (p instanceof Drawing.Box b) {
            pen(t, b.stroke(), b.strokeWidth(), b.dashed(), b.fill());
            t.roundRectangle((float) b.x(), h - (float) (b.y() + b.h()), (float) b.w(), (float) b.h(), (float) b.corner());
            paint(t, b.fill());
        } else if (p instanceof Drawing.Ring r) {
            pen(t, r.stroke(), r.strokeWidth(), false, r.fill());
            t.circle((float) r.cx(), h - (float) r.cy(), (float) r.r());
            paint(t, r.fill());
        } else if (p instanceof Drawing.Polygon g) {
            pen(t, g.stroke(), g.strokeWidth(), false, g.fill());
            trace(t, g.points(), h);
            t.closePath();
            paint(t, g.fill());
        } else if (p instanceof Drawing.Path l) {
            pen(t, l.stroke(), l.strokeWidth(), l.dashed(), null);
            trace(t, l.points(), h);
            paint(t, null);
        }
    }

    private static void pen(PdfTemplate t, String stroke, double width, boolean dashed, String fill) {
        t.setColorStroke(colour(stroke));
        t.setLineWidth((float) width);
        if (dashed) {
            t.setLineDash((float) Drawing.DASH[0], (float) Drawing.DASH[1], 0);
        } else {
            t.setLineDash(0);
        }
        if (fill != null) {
            t.setColorFill(colour(fill));
        }
    }

    private static void paint(PdfTemplate t, String fill) {
        if (fill != null) {
            t.fillStroke();
        } else {
            t.stroke();
        }
    }

    private static void trace(PdfTemplate t, double[] xy, float h) {
        t.moveTo((float) xy[0], h - (float) xy[1]);
        for (int i = 2; i + 1 < xy.length; i += 2) {
            t.lineTo((float) xy[i], h - (float) xy[i + 1]);
        }
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
