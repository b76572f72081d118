package org.doorstep.app.family;

import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.doorstep.model.family.Drawing;

/**
 * A genogram or eco-map on the tablet (R5.6-genogram): the shared model's {@link Drawing}, painted
 * shape for shape as the server's SVG has it, so both sides show one picture. Read-only.
 */
public final class DrawingCanvas extends Canvas {

    private final Drawing drawing;

    public DrawingCanvas(Drawing drawing) {
        super(drawing.width(), drawing.height());
        this.drawing = drawing;
        setAccessibleText(drawing.title() + ". " + drawing.description());
        paint();
    }

    /**
     * The drawing shrunk, never enlarged, to fit {@code maxWidth}, so a whole eco-map is in view on a
     * tablet without scrolling sideways (the canvas keeps its id and its words for a screen reader).
     */
    public static javafx.scene.Group fitted(Drawing drawing, double maxWidth, String id) {
        DrawingCanvas canvas = new DrawingCanvas(drawing);
        canvas.setId(id);
        double scale = Math.min(1, maxWidth / canvas.getWidth());
        canvas.setScaleX(scale);
        canvas.setScaleY(scale);
        return new javafx.scene.Group(canvas);
    }

    /** The picture as pixels, at one canvas pixel per drawing unit. */
    public WritableImage render() {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        return snapshot(p, null);
    }

    private void paint() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.web(Drawing.PAPER));
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.MITER);
        for (Drawing.Part p : drawing.parts()) {
            if (p instanceof Drawing.Box b) {
                pen(g, b.stroke(), b.strokeWidth(), b.dashed());
                double arc = 2 * b.corner();
                if (b.fill() != null) {
                    g.setFill(Color.web(b.fill()));
                    g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
                }
                g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
            } else if (p instanceof Drawing.Ring r) {
                pen(g, r.stroke(), r.strokeWidth(), false);
                if (r.fill() != null) {
                    g.setFill(Color.web(r.fill()));
                    g.fillOval(r.cx() - r.r(), r.cy() - r.r(), 2 * r.r(), 2 * r.r());
                }
                g.strokeOval(r.cx() - r.r(), r.cy() - r.r(), 2 * r.r(), 2 * r.r());
            } else if (p instanceof Drawing.Polygon poly) {
                pen(g, poly.stroke(), poly.strokeWidth(), false);
                double[][] xy = split(poly.points());
                if (poly.fill() != null) {
                    g.setFill(Color.web(poly.fill()));
                    g.fillPolygon(xy[0], xy[1], xy[0].length);
                }
                g.strokePolygon(xy[0], xy[1], xy[0].length);
            } else if (p instanceof Drawing.Path line) {
                pen(g, line.stroke(), line.strokeWidth(), line.dashed());
                double[][] xy = split(line.points());
                g.strokePolyline(xy[0], xy[1], xy[0].length);
            } else if (p instanceof Drawing.Label l) {
                g.setFill(Color.web(Drawing.INK));
                g.setFont(Font.font("sans-serif", l.bold() ? FontWeight.BOLD : FontWeight.NORMAL, l.size()));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(l.text(), l.x(), l.y());
            }
        }
        g.setLineDashes();
    }

    private static void pen(GraphicsContext g, String colour, double width, boolean dashed) {
        g.setStroke(Color.web(colour));
        g.setLineWidth(width);
        if (dashed) {
            g.setLineDashes(Drawing.DASH);
        } else {
            g.setLineDashes();
        }
    }

    private static double[][] split(double[] points) {
        int n = points.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        return new double[][] {xs, ys};
    }
}
