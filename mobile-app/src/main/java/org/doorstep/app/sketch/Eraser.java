package org.doorstep.app.sketch;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Stroke;

/**
 * An eraser drag: every whole stroke the circle touches goes, stroke by stroke as the finger moves,
 * and the circle shows on the live canvas. The pad records the drag as one undoable step.
 */
final class Eraser {

    /** Each stroke's bounding box, kept while the stroke is on the pad, so a miss costs four comparisons. */
    private final Map<Stroke, double[]> bounds = new IdentityHashMap<>();
    private final Canvas live;
    private final int w;
    private final int h;
    private List<Stroke> before;
    private Point2D last;

    Eraser(Canvas live, int w, int h) {
        this.live = live;
        this.w = w;
        this.h = h;
    }

    boolean erasing() {
        return before != null;
    }

    void begin(List<Stroke> strokes) {
        before = List.copyOf(strokes);
        last = null;
    }

    /** Removes from {@code strokes} every one the eraser touches on its way to p; true when any went. */
    boolean along(Point2D p, List<Stroke> strokes) {
        List<Point2D> samples = new ArrayList<>();
        if (last == null) {
            samples.add(p);
        } else {
            double d = last.distance(p);
            int n = Math.max(1, (int) Math.ceil(d / (SketchPad.ERASER_RADIUS / 2)));
            for (int i = 1; i <= n; i++) {
                samples.add(last.interpolate(p, i / (double) n));
            }
        }
        last = p;
        boolean removed = false;
        for (int i = strokes.size() - 1; i >= 0; i--) {
            Stroke s = strokes.get(i);
            for (Point2D q : samples) {
                if (touches(s, q.getX(), q.getY())) {
                    strokes.remove(i);
                    removed = true;
                    break;
                }
            }
        }
        GraphicsContext lg = live.getGraphicsContext2D();
        lg.clearRect(0, 0, w, h);
        live.setOpacity(1);
        lg.setGlobalAlpha(1);
        lg.setLineDashes((double[]) null);
        lg.setStroke(Color.web("#4a5360"));
        lg.setLineWidth(1.5);
        double r = SketchPad.ERASER_RADIUS;
        lg.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        return removed;
    }

    /** Ends the drag; returns the strokes as they were before it. */
    List<Stroke> finish() {
        List<Stroke> was = before;
        before = null;
        last = null;
        live.getGraphicsContext2D().clearRect(0, 0, w, h);
        return was;
    }

    void forget() {
        bounds.clear();
    }

    /** Whether the eraser circle at (x, y) touches the stroke's line. */
    boolean touches(Stroke s, double x, double y) {
        double reach = SketchPad.ERASER_RADIUS + s.width() / 2;
        double[] b = bounds.computeIfAbsent(s, Eraser::boundsOf);
        if (x < b[0] - reach || x > b[2] + reach || y < b[1] - reach || y > b[3] + reach) {
            return false;
        }
        List<InkPoint> pts = s.points();
        double r2 = reach * reach;
        if (pts.size() == 1) {
            double dx = pts.get(0).x() - x;
            double dy = pts.get(0).y() - y;
            return dx * dx + dy * dy <= r2;
        }
        for (int i = 1; i < pts.size(); i++) {
            if (segmentDistance2(pts.get(i - 1), pts.get(i), x, y) <= r2) {
                return true;
            }
        }
        return false;
    }

    static double[] boundsOf(Stroke s) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (InkPoint p : s.points()) {
            b[0] = Math.min(b[0], p.x());
            b[1] = Math.min(b[1], p.y());
            b[2] = Math.max(b[2], p.x());
            b[3] = Math.max(b[3], p.y());
        }
        return b;
    }

    private static double segmentDistance2(InkPoint a, InkPoint b, double x, double y) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / len2));
        double px = a.x() + f * dx - x;
        double py = a.y() + f * dy - y;
        return px * px + py * py;
    }
}
