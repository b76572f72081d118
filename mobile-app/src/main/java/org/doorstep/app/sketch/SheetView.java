package org.doorstep.app.sketch;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;

/**
 * The one view transform over the pad's canvases: the sheet fitted to the pad with a margin, then
 * pinch zoom (1 to {@value SketchPad#MAX_ZOOM} times the fit) and pan, held so the sheet never
 * leaves the pad. The sketch itself stays in logical units whatever the zoom.
 */
final class SheetView {

    private static final double MARGIN = 8;

    private final Region pad;
    private final Group sheet;
    private final int w;
    private final int h;
    private final Affine view = new Affine();
    private double zoom = 1;
    private double panX;
    private double panY;

    SheetView(Region pad, Group sheet, int w, int h) {
        this.pad = pad;
        this.sheet = sheet;
        this.w = w;
        this.h = h;
        sheet.getTransforms().add(view);
    }

    private double fitScale() {
        double fw = (pad.getWidth() - 2 * MARGIN) / w;
        double fh = (pad.getHeight() - 2 * MARGIN) / h;
        double s = Math.min(fw, fh);
        return s > 0 ? s : 1;
    }

    void update() {
        double s = fitScale() * zoom;
        double cx = (pad.getWidth() - s * w) / 2;
        double cy = (pad.getHeight() - s * h) / 2;
        double ox = clampOffset(cx + panX, pad.getWidth(), s * w, cx);
        double oy = clampOffset(cy + panY, pad.getHeight(), s * h, cy);
        panX = ox - cx;
        panY = oy - cy;
        view.setToTransform(s, 0, ox, 0, s, oy);
    }

    private static double clampOffset(double o, double viewSize, double sheetSize, double centred) {
        if (sheetSize + 2 * MARGIN <= viewSize) {
            return centred;
        }
        return Math.max(viewSize - MARGIN - sheetSize, Math.min(MARGIN, o));
    }

    void zoomAt(double factor, double x, double y) {
        zoomAround(zoom * factor, x, y, view.getTx(), view.getTy(), zoom, x, y);
    }

    /** The zoom that keeps the sheet point under (x0, y0) at zoom0 and offset (ox0, oy0) under (x, y). */
    void zoomAround(double newZoom, double x, double y, double ox0, double oy0, double zoom0, double x0, double y0) {
        double z = Math.max(1, Math.min(SketchPad.MAX_ZOOM, newZoom));
        double s0 = fitScale() * zoom0;
        double s = fitScale() * z;
        double lx = (x0 - ox0) / s0;
        double ly = (y0 - oy0) / s0;
        zoom = z;
        panX = x - s * lx - (pad.getWidth() - s * w) / 2;
        panY = y - s * ly - (pad.getHeight() - s * h) / 2;
        update();
    }

    void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        update();
    }

    void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
        update();
    }

    double zoom() {
        return zoom;
    }

    double offsetX() {
        return view.getTx();
    }

    double offsetY() {
        return view.getTy();
    }

    /** A scene point in the sheet's logical units, held to the sheet. */
    Point2D toLogical(double sceneX, double sceneY) {
        Point2D p = sheet.sceneToLocal(sceneX, sceneY);
        return new Point2D(Math.max(0, Math.min(w, p.getX())), Math.max(0, Math.min(h, p.getY())));
    }
}
