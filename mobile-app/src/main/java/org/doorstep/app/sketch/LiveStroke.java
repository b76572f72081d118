package org.doorstep.app.sketch;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.Tool;

/**
 * The stroke being drawn, on its own canvas above the committed ink. Each new point is recorded and
 * only its own segment is painted, so a point costs the same however much is drawn already; the
 * finished stroke goes to the pad, which paints it once onto the committed ink.
 */
final class LiveStroke {

    private final Canvas layer;
    private final int w;
    private final int h;
    private List<InkPoint> points;
    private long startNanos;
    private long startMs;
    private int lastT;
    private double lastX;
    private double lastY;
    private int colour;
    private double width;
    private Tool tool;

    LiveStroke(Canvas layer, int w, int h) {
        this.layer = layer;
        this.w = w;
        this.h = h;
    }

    boolean drawing() {
        return points != null;
    }

    int size() {
        return points.size();
    }

    void start(Point2D p, double pressure, long nowNanos, long sketchMs, Tool tool, int colour, double width) {
        points = new ArrayList<>();
        startNanos = nowNanos;
        startMs = Math.max(0, sketchMs);
        lastT = 0;
        this.tool = tool;
        this.colour = colour;
        this.width = width;
        InkPoint first = new InkPoint(p.getX(), p.getY(), 0, pressure);
        points.add(first);
        lastX = first.x();
        lastY = first.y();
        GraphicsContext g = layer.getGraphicsContext2D();
        layer.setOpacity(tool == Tool.HIGHLIGHTER ? InkPainter.HIGHLIGHTER_ALPHA : 1);
        Color c = InkPainter.colour(colour);
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setGlobalAlpha(1);
        g.fillOval(lastX - width / 2, lastY - width / 2, width, width);
    }

    /** Records one point and paints only the segment from the previous point: the per-point cost. */
    void extend(Point2D p, double pressure, long nowNanos) {
        int t = (int) Math.max(lastT, Math.min(Integer.MAX_VALUE, (nowNanos - startNanos) / 1_000_000));
        InkPoint q = new InkPoint(p.getX(), p.getY(), t, pressure);
        if (q.x() == lastX && q.y() == lastY) {
            return; // the same grid point: nothing to add
        }
        points.add(q);
        lastT = t;
        layer.getGraphicsContext2D().strokeLine(lastX, lastY, q.x(), q.y());
        lastX = q.x();
        lastY = q.y();
    }

    /** The finished stroke, its canvas cleared. */
    Stroke finish() {
        Stroke s = new Stroke(colour & 0xFFFFFF, width, tool, startMs, points);
        cancel();
        return s;
    }

    void cancel() {
        points = null;
        layer.getGraphicsContext2D().clearRect(0, 0, w, h);
    }
}
