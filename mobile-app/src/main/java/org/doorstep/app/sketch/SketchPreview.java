package org.doorstep.app.sketch;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.sketch.Stroke;

/** A sketch drawn small, away from any pad: for the note's list of sketches and the review. */
final class SketchPreview {

    private SketchPreview() {
    }

    /**
     * A small picture of a sketch (template, ink, pins) fitted into maxWidth x maxHeight pixels, e.g.
     * for a list of the note's sketches. It shows the part of the sheet that holds the outline, ink
     * and pins (a body outline fills only the middle of a wide sheet), and draws the outline at least
     * one pixel wide so it stays visible when small.
     */
    static WritableImage of(Sketch s, double maxWidth, double maxHeight) {
        int w = s.width();
        int h = s.height();
        SketchTemplate t = SketchTemplates.orBlank(s.templateId());
        double side = Math.min(w, h);
        double[] b = t.outlines().isEmpty() ? new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE}
                : new double[] {(w - side) / 2, (h - side) / 2, (w + side) / 2, (h + side) / 2};
        for (Stroke st : s.strokes()) {
            double[] sb = Eraser.boundsOf(st);
            double r = st.width() / 2;
            b[0] = Math.min(b[0], sb[0] - r);
            b[1] = Math.min(b[1], sb[1] - r);
            b[2] = Math.max(b[2], sb[2] + r);
            b[3] = Math.max(b[3], sb[3] + r);
        }
        double pin = InkPainter.pinRadius(w, h) * 1.2;
        for (Mark m : s.marks()) {
            b[0] = Math.min(b[0], m.x() - pin);
            b[1] = Math.min(b[1], m.y() - pin);
            b[2] = Math.max(b[2], m.x() + pin);
            b[3] = Math.max(b[3], m.y() + pin);
        }
        if (b[0] > b[2]) {
            b = new double[] {0, 0, w, h}; // nothing drawn on a blank sheet: the whole sheet
        }
        double pad = side / 40;
        double x0 = Math.max(0, b[0] - pad);
        double y0 = Math.max(0, b[1] - pad);
        double x1 = Math.min(w, b[2] + pad);
        double y1 = Math.min(h, b[3] + pad);
        double scale = Math.min(maxWidth / (x1 - x0), maxHeight / (y1 - y0));
        Canvas c = new Canvas(Math.max(1, Math.round((x1 - x0) * scale)), Math.max(1, Math.round((y1 - y0) * scale)));
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        g.scale(scale, scale);
        g.translate(-x0, -y0);
        InkPainter.template(g, t, w, h, Math.max(Math.max(1, side / 400), 1 / scale));
        InkPainter.strokes(g, s.strokes());
        InkPainter.marks(g, s.marks(), w, h);
        return c.snapshot(null, null);
    }
}
