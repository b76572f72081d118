package org.doorstep.app.sketch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.input.ZoomEvent;

/**
 * Finger, stylus and mouse on the pad, turned into pointer down, move and up for the pad, or into
 * pinch zoom and pan for its {@link SheetView}. One finger draws; a second finger cancels the stroke
 * just begun and pinches. Mouse events JavaFX synthesizes from touch are ignored, so a touch stroke
 * is recorded once.
 */
final class PadInput {

    private final SketchPad pad;
    private final SheetView view;
    private boolean mouseDown;
    private final Map<Integer, Point2D> touches = new LinkedHashMap<>();
    private int drawingTouch = -1;
    private boolean pinching;
    private double pinchDist0;
    private double pinchZoom0;
    private Point2D pinchMid0;
    private double pinchOx0;
    private double pinchOy0;

    PadInput(SketchPad pad, SheetView view) {
        this.pad = pad;
        this.view = view;
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, this::mouse);
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouse);
        pad.addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouse);
        pad.addEventHandler(TouchEvent.ANY, this::touch);
        pad.addEventHandler(ZoomEvent.ZOOM, this::zoomGesture);
        pad.addEventHandler(ScrollEvent.SCROLL, this::scroll);
    }

    private void mouse(MouseEvent e) {
        if (e.isSynthesized()) {
            e.consume(); // made by the platform from a touch we already handle
            return;
        }
        if (!touches.isEmpty()) {
            return;
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            if (e.getButton() != MouseButton.PRIMARY || mouseDown) {
                return;
            }
            mouseDown = true;
            pad.pointerDown(e.getSceneX(), e.getSceneY(), SketchPad.DEFAULT_PRESSURE);
        } else if (mouseDown && e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            pad.pointerMove(e.getSceneX(), e.getSceneY(), SketchPad.DEFAULT_PRESSURE);
        } else if (mouseDown && e.getEventType() == MouseEvent.MOUSE_RELEASED && e.getButton() == MouseButton.PRIMARY) {
            mouseDown = false;
            pad.pointerUp(e.getSceneX(), e.getSceneY(), SketchPad.DEFAULT_PRESSURE);
        }
        e.consume();
    }

    private void touch(TouchEvent e) {
        TouchPoint tp = e.getTouchPoint();
        int id = tp.getId();
        Point2D at = new Point2D(tp.getSceneX(), tp.getSceneY());
        switch (tp.getState()) {
            case PRESSED -> {
                touches.put(id, at);
                if (touches.size() == 1 && !pinching) {
                    drawingTouch = id;
                    pad.pointerDown(at.getX(), at.getY(), SketchPad.DEFAULT_PRESSURE);
                } else if (touches.size() >= 2 && !pinching) {
                    pad.cancelLive(); // the first finger was the start of a pinch, not a line
                    drawingTouch = -1;
                    beginPinch();
                }
            }
            case MOVED, STATIONARY -> {
                if (!touches.containsKey(id)) {
                    break;
                }
                touches.put(id, at);
                if (pinching) {
                    if (touches.size() >= 2) {
                        updatePinch();
                    }
                } else if (id == drawingTouch) {
                    pad.pointerMove(at.getX(), at.getY(), SketchPad.DEFAULT_PRESSURE);
                }
            }
            case RELEASED -> {
                touches.remove(id);
                if (id == drawingTouch && !pinching) {
                    pad.pointerUp(at.getX(), at.getY(), SketchPad.DEFAULT_PRESSURE);
                }
                if (id == drawingTouch) {
                    drawingTouch = -1;
                }
                if (pinching && touches.size() >= 2) {
                    beginPinch();
                }
                if (touches.isEmpty()) {
                    pinching = false;
                }
            }
        }
        e.consume();
    }

    private void beginPinch() {
        pinching = true;
        List<Point2D> two = new ArrayList<>(touches.values()).subList(0, 2);
        Point2D a = pad.sceneToLocal(two.get(0));
        Point2D b = pad.sceneToLocal(two.get(1));
        pinchDist0 = Math.max(1, a.distance(b));
        pinchMid0 = a.midpoint(b);
        pinchZoom0 = view.zoom();
        pinchOx0 = view.offsetX();
        pinchOy0 = view.offsetY();
    }

    private void updatePinch() {
        List<Point2D> two = new ArrayList<>(touches.values()).subList(0, 2);
        Point2D a = pad.sceneToLocal(two.get(0));
        Point2D b = pad.sceneToLocal(two.get(1));
        Point2D mid = a.midpoint(b);
        view.zoomAround(pinchZoom0 * a.distance(b) / pinchDist0, mid.getX(), mid.getY(), pinchOx0, pinchOy0, pinchZoom0,
                pinchMid0.getX(), pinchMid0.getY());
    }

    private void zoomGesture(ZoomEvent e) {
        if (!touches.isEmpty()) {
            return; // a touch screen's pinch: handled from the touch points themselves
        }
        Point2D p = pad.sceneToLocal(e.getSceneX(), e.getSceneY());
        view.zoomAt(e.getZoomFactor(), p.getX(), p.getY());
        e.consume();
    }

    private void scroll(ScrollEvent e) {
        if (e.getTouchCount() > 0 || !touches.isEmpty()) {
            return; // made from touches, which are handled directly
        }
        if (e.isControlDown()) {
            Point2D p = pad.sceneToLocal(e.getSceneX(), e.getSceneY());
            view.zoomAt(Math.exp(e.getDeltaY() / 300), p.getX(), p.getY());
        } else {
            view.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
