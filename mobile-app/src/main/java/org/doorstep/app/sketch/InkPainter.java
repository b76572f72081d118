package org.doorstep.app.sketch;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.SketchSvg;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.Tool;

/**
 * Paints the model's vector data onto a canvas exactly as {@link SketchSvg} draws it (same grey
 * outline, line widths, highlighter opacity and pin size), so what the tablet shows, the PNG export
 * and the server's SVG agree.
 */
final class InkPainter {

    static final Color OUTLINE = Color.web(SketchSvg.OUTLINE_COLOUR);
    static final Color MARK = Color.web(SketchSvg.MARK_COLOUR);
    static final double HIGHLIGHTER_ALPHA = Double.parseDouble(SketchSvg.HIGHLIGHTER_OPACITY);

    private InkPainter() {
    }

    /** White sheet with the template's outlines and labels. */
    static void template(GraphicsContext g, SketchTemplate t, int w, int h) {
        template(g, t, w, h, Math.max(1, Math.min(w, h) / 400));
    }

    /** As {@link #template(GraphicsContext, SketchTemplate, int, int)} with another outline width (a small preview's). */
    static void template(GraphicsContext g, SketchTemplate t, int w, int h, double outlineWidth) {
        g.setGlobalAlpha(1);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double side = Math.min(w, h);
        g.setStroke(OUTLINE);
        g.setLineWidth(outlineWidth);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
        for (SketchTemplate.Outline o : t.outlines()) {
            g.beginPath();
            for (int i = 0; i < o.points().size(); i++) {
                double[] p = SketchTemplate.toCanvas(w, h, o.points().get(i));
                if (i == 0) {
                    g.moveTo(p[0], p[1]);
                } else {
                    g.lineTo(p[0], p[1]);
                }
            }
            if (o.closed()) {
                g.closePath();
            }
            g.stroke();
        }
        g.setFill(OUTLINE);
        g.setFont(Font.font("sans-serif", Math.max(8, side / 40)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (SketchTemplate.Label l : t.labels()) {
            double[] p = SketchTemplate.toCanvas(w, h, new SketchTemplate.Pt(l.x(), l.y()));
            g.fillText(l.text(), p[0], p[1]);
        }
    }

    static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** One finished stroke as a single path (so a highlighter is evenly translucent). */
    static void stroke(GraphicsContext g, Stroke s) {
        g.setGlobalAlpha(s.tool() == Tool.HIGHLIGHTER ? HIGHLIGHTER_ALPHA : 1);
        Color c = colour(s.rgb());
        List<InkPoint> pts = s.points();
        if (pts.size() == 1) {
            g.setFill(c);
            double r = s.width() / 2;
            g.fillOval(pts.get(0).x() - r, pts.get(0).y() - r, s.width(), s.width());
        } else {
            g.setStroke(c);
            g.setLineWidth(s.width());
            g.setLineCap(StrokeLineCap.ROUND);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.beginPath();
            g.moveTo(pts.get(0).x(), pts.get(0).y());
            for (int i = 1; i < pts.size(); i++) {
                g.lineTo(pts.get(i).x(), pts.get(i).y());
            }
            g.stroke();
        }
        g.setGlobalAlpha(1);
    }

    static void strokes(GraphicsContext g, List<Stroke> strokes) {
        for (Stroke s : strokes) {
            stroke(g, s);
        }
    }

    static double pinRadius(int w, int h) {
        return Math.max(8, Math.min(w, h) / 50.0);
    }

    /** A numbered pin; a pending one (form still open) is drawn dashed. */
    static void pin(GraphicsContext g, int number, double x, double y, int w, int h, boolean pending) {
        double r = pinRadius(w, h);
        g.setGlobalAlpha(1);
        g.setFill(Color.WHITE);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(MARK);
        g.setLineWidth(r / 5);
        g.setLineDashes(pending ? new double[] {r / 2.5, r / 4} : null);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineDashes((double[]) null);
        g.setFill(MARK);
        g.setFont(Font.font("sans-serif", FontWeight.BOLD, r * 1.2));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Integer.toString(number), x, y);
    }

    static void marks(GraphicsContext g, List<Mark> marks, int w, int h) {
        for (Mark m : marks) {
            pin(g, m.number(), m.x(), m.y(), w, h, false);
        }
    }
}
