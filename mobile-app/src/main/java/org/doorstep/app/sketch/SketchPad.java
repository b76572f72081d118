package org.doorstep.app.sketch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Affine;

import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.sketch.Stroke;
import org.doorstep.model.sketch.Tool;

/**
 * The drawing surface of a sketch or body map (R1-sketch), for finger, stylus and mouse.
 *
 * <p>Four canvases sized in the sketch's logical units (e.g. 1280x800) sit under one view
 * transform (fit to the pad, then pinch zoom and pan): the template outline, the committed ink, the
 * live stroke and the numbered pins. As in ODK Collect's DrawView, a finished stroke is painted
 * once onto the committed-ink canvas, which keeps its pixels; while a stroke is being drawn each new
 * point paints only its own segment onto the live canvas. A new point therefore costs the same
 * however much is already drawn; only undo, erase and clear repaint the committed ink from the
 * vectors. The vectors ({@link Stroke}s of {@link InkPoint}s in logical units, independent of zoom)
 * are what {@link #toSketch()} returns and what is signed.
 *
 * <p>Touch: one finger draws; a second finger cancels the stroke just begun and pinches to zoom and
 * pan. Mouse events that JavaFX synthesizes from touch are ignored, so a touch stroke is recorded
 * once. JavaFX 21 reports no pressure for touch or mouse, so points carry {@link #DEFAULT_PRESSURE}.
 *
 * <p>After {@link #lock()} (the note is signed) every change is refused; zoom and pan still work.
 */
public final class SketchPad extends Region {

    /** What a touch or click on the sheet does. */
    public enum Mode {
        /** draws with the current {@link Tool}, colour and width */
        DRAW,
        /** removes every whole stroke the eraser touches */
        ERASE,
        /** a tap places a numbered pin (or opens an existing one) */
        MARK
    }

    /**
     * A tap in mark mode: a new pin (existing is null; region and site proposed by the model from the
     * template region under it) or an existing pin to look at or edit.
     */
    public record MarkRequest(int number, double x, double y, String regionId, String site, Mark existing) {
        public boolean isNew() {
            return existing == null;
        }
    }

    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;
    /** Recorded when the device gives no pressure (JavaFX touch and mouse events never do). */
    public static final double DEFAULT_PRESSURE = 0.5;
    public static final double MAX_ZOOM = 8;
    /** Eraser radius in logical units. */
    public static final double ERASER_RADIUS = 14;
    /** How far (screen px) a finger may slide and still count as a tap in mark mode. */
    static final double TAP_SLOP = 12;
    private static final double MARGIN = 8;

    private final int w;
    private final int h;
    private SketchTemplate template;
    private final ReadOnlyStringWrapper templateId = new ReadOnlyStringWrapper(this, "templateId");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final List<Stroke> strokes = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private long totalPoints;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DRAW);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.PEN);
    private final IntegerProperty colour = new SimpleIntegerProperty(this, "colour", 0x1b1f24);
    private final DoubleProperty penWidth = new SimpleDoubleProperty(this, "penWidth", 4);
    private final List<Consumer<Sketch>> changeListeners = new CopyOnWriteArrayList<>();
    private Consumer<MarkRequest> onMarkRequest;
    private MarkRequest pending;

    private final Canvas templateLayer;
    private final Canvas inkLayer;
    private final Canvas liveLayer;
    private final Canvas marksLayer;
    private final Group sheet;
    private final Affine view = new Affine();
    private double zoom = 1;
    private double panX;
    private double panY;

    // the stroke being drawn
    private List<InkPoint> live;
    private long liveStartNanos;
    private long liveStartMs;
    private int liveLastT;
    private double lastX;
    private double lastY;
    // an eraser drag
    private List<Stroke> eraseBefore;
    private Point2D eraseLast;
    private final Map<Stroke, double[]> bounds = new IdentityHashMap<>();
    // a tap in mark mode
    private Point2D markDownScene;

    // pointer sources
    private boolean mouseDown;
    private final Map<Integer, Point2D> touches = new LinkedHashMap<>();
    private int drawingTouch = -1;
    private boolean pinching;
    private double pinchDist0;
    private double pinchZoom0;
    private Point2D pinchMid0;
    private double pinchOx0;
    private double pinchOy0;

    private LongSupplier nanoClock = System::nanoTime;
    private long openedNanos = System.nanoTime();
    private long baseMs;

    /** An empty pad over a template, {@value #DEFAULT_WIDTH}x{@value #DEFAULT_HEIGHT} logical units. */
    public SketchPad(String templateId) {
        this(templateId, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public SketchPad(String templateId, int width, int height) {
        if (width < 1 || width > Sketch.MAX_CANVAS || height < 1 || height > Sketch.MAX_CANVAS) {
            throw new IllegalArgumentException("canvas must be 1.." + Sketch.MAX_CANVAS + " units each way");
        }
        this.w = width;
        this.h = height;
        this.template = known(templateId);
        this.templateId.set(template.id());
        templateLayer = new Canvas(w, h);
        inkLayer = new Canvas(w, h);
        liveLayer = new Canvas(w, h);
        marksLayer = new Canvas(w, h);
        for (Canvas c : List.of(templateLayer, inkLayer, liveLayer, marksLayer)) {
            c.setMouseTransparent(true);
        }
        sheet = new Group(templateLayer, inkLayer, liveLayer, marksLayer);
        sheet.getTransforms().add(view);
        sheet.setManaged(false);
        getChildren().add(sheet);
        getStyleClass().add("sketch-pad");
        setBackground(new Background(new BackgroundFill(Color.web("#dfe3e8"), null, null)));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setPrefSize(w / 2.0, h / 2.0);
        setMinSize(160, 100);
        setAccessibleText("Sketch pad");

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::mouse);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouse);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouse);
        addEventHandler(TouchEvent.ANY, this::touch);
        addEventHandler(ZoomEvent.ZOOM, this::zoomGesture);
        addEventHandler(ScrollEvent.SCROLL, this::scroll);
        mode.addListener((o, a, b) -> {
            cancelLive();
            clearPending();
        });
        repaintAll();
    }

    /** A pad holding a sketch (e.g. a draft decoded after the app was killed), with no undo history. */
    public SketchPad(Sketch sketch) {
        this(sketch.templateId(), sketch.width(), sketch.height());
        load(sketch);
    }

    private static SketchTemplate known(String id) {
        return SketchTemplates.find(id).orElseThrow(() -> new IllegalArgumentException("unknown sketch template " + id));
    }

    // ------------------------------------------------------------------ the sketch

    /** The sketch as it is now; strokes in drawing order, marks by number. */
    public Sketch toSketch() {
        return Sketch.of(template.id(), caption.get(), w, h, strokes, marks);
    }

    /**
     * Replaces the content with a sketch of the same canvas size (not a change: no listener is called,
     * the undo history is emptied). Refused once locked. A template id this build does not know shows blank.
     */
    public void load(Sketch s) {
        requireFx();
        if (s.width() != w || s.height() != h) {
            throw new IllegalArgumentException("sketch is " + s.width() + "x" + s.height() + ", this pad " + w + "x" + h);
        }
        if (isLocked()) {
            throw new IllegalStateException("the sketch is signed and cannot change");
        }
        cancelLive();
        template = SketchTemplates.orBlank(s.templateId());
        templateId.set(template.id());
        caption.set(s.caption());
        strokes.clear();
        strokes.addAll(s.strokes());
        bounds.clear();
        marks.clear();
        marks.addAll(s.marks());
        totalPoints = s.pointCount();
        undo.clear();
        redo.clear();
        long end = 0;
        for (Stroke st : s.strokes()) {
            end = Math.max(end, st.startMs() + st.points().get(st.points().size() - 1).t() + 1);
        }
        baseMs = end;
        openedNanos = nanoClock.getAsLong();
        historyChanged();
        repaintAll();
    }

    public int getSketchWidth() {
        return w;
    }

    public int getSketchHeight() {
        return h;
    }

    public SketchTemplate getTemplate() {
        return template;
    }

    public ReadOnlyStringProperty templateIdProperty() {
        return templateId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public List<Stroke> strokes() {
        return Collections.unmodifiableList(strokes);
    }

    public List<Mark> marks() {
        return Collections.unmodifiableList(marks);
    }

    public Optional<Mark> mark(int number) {
        return marks.stream().filter(m -> m.number() == number).findFirst();
    }

    /** Called with the new sketch after every finished stroke, erase, clear, undo, redo, mark, template or caption change. */
    public void addChangeListener(Consumer<Sketch> listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Consumer<Sketch> listener) {
        changeListeners.remove(listener);
    }

    // ------------------------------------------------------------------ lock

    /** The note is signed: from now on every change is refused. There is no unlock. */
    public void lock() {
        cancelLive();
        clearPending();
        locked.set(true);
        historyChanged();
    }

    public boolean isLocked() {
        return locked.get();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ tools

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** Ink colour as 0xRRGGBB. */
    public IntegerProperty colourProperty() {
        return colour;
    }

    /** Line width in logical units. */
    public DoubleProperty penWidthProperty() {
        return penWidth;
    }

    // ------------------------------------------------------------------ edits

    public boolean undo() {
        if (isLocked() || undo.isEmpty()) {
            return false;
        }
        cancelLive();
        Edit e = undo.pop();
        e.revert(this);
        redo.push(e);
        afterEdit(true);
        return true;
    }

    public boolean redo() {
        if (isLocked() || redo.isEmpty()) {
            return false;
        }
        cancelLive();
        Edit e = redo.pop();
        e.apply(this);
        undo.push(e);
        afterEdit(!(e instanceof AddStroke));
        return true;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Removes all ink and marks (undoable). */
    public boolean clear() {
        if (isLocked() || (strokes.isEmpty() && marks.isEmpty())) {
            return false;
        }
        cancelLive();
        clearPending();
        return perform(new Replace(List.copyOf(strokes), List.copyOf(marks), List.of(), List.of()));
    }

    /** Another template under the same ink (undoable). */
    public boolean setTemplate(String id) {
        SketchTemplate next = known(id);
        if (isLocked() || next.id().equals(template.id())) {
            return false;
        }
        cancelLive();
        clearPending();
        return perform(new ChangeTemplate(template.id(), next.id()));
    }

    /** The caption; refused (false) when locked, too long or not well-formed text. */
    public boolean setCaption(String text) {
        String t = text == null ? "" : text;
        if (isLocked()) {
            return false;
        }
        if (t.equals(caption.get())) {
            return true;
        }
        try {
            Sketch.of(template.id(), t, 1, 1, List.of(), List.of());
        } catch (IllegalArgumentException e) {
            return false;
        }
        caption.set(t);
        fireChanged();
        return true;
    }

    /** Adds a pin, or replaces the pin with the same number (undoable). */
    public boolean putMark(Mark m) {
        if (isLocked()) {
            return false;
        }
        if (pending != null && pending.number() == m.number()) {
            pending = null;
        }
        boolean ok = perform(new PutMark(mark(m.number()).orElse(null), m));
        repaintMarks();
        return ok;
    }

    public boolean removeMark(int number) {
        if (isLocked()) {
            return false;
        }
        Optional<Mark> m = mark(number);
        if (m.isEmpty()) {
            return false;
        }
        List<Mark> after = new ArrayList<>(marks);
        after.remove(m.get());
        return perform(new Replace(List.copyOf(strokes), List.copyOf(marks), List.copyOf(strokes), after));
    }

    /** Who is told about taps in mark mode (the view opens the mark form). */
    public void setOnMarkRequest(Consumer<MarkRequest> handler) {
        this.onMarkRequest = handler;
    }

    /** Shows a dashed pin where a new mark's form is open. */
    public void showPending(MarkRequest r) {
        pending = r != null && r.isNew() ? r : null;
        repaintMarks();
    }

    public void clearPending() {
        if (pending != null) {
            pending = null;
            repaintMarks();
        }
    }

    /** A new pin at (x, y) in logical units, with region and site proposed by the model; the number is the next free one. */
    public MarkRequest proposeMark(double x, double y) {
        int n = marks.stream().mapToInt(Mark::number).max().orElse(0) + 1;
        Mark placed = Mark.placed(n, x, y, template, w, h, MarkBasis.SEEN);
        return new MarkRequest(n, placed.x(), placed.y(), placed.regionId(), placed.site(), null);
    }

    private boolean perform(Edit e) {
        if (isLocked()) {
            return false;
        }
        e.apply(this);
        undo.push(e);
        redo.clear();
        afterEdit(!(e instanceof AddStroke));
        return true;
    }

    private void afterEdit(boolean repaint) {
        if (repaint) {
            repaintAll();
        }
        historyChanged();
        fireChanged();
    }

    private void historyChanged() {
        canUndo.set(!isLocked() && !undo.isEmpty());
        canRedo.set(!isLocked() && !redo.isEmpty());
    }

    private void fireChanged() {
        if (changeListeners.isEmpty()) {
            return;
        }
        Sketch s = toSketch();
        for (Consumer<Sketch> l : changeListeners) {
            l.accept(s);
        }
    }

    /** One undoable step. */
    private interface Edit {
        void apply(SketchPad p);

        void revert(SketchPad p);
    }

    private record AddStroke(Stroke stroke) implements Edit {
        public void apply(SketchPad p) {
            p.strokes.add(stroke);
            p.totalPoints += stroke.points().size();
            InkPainter.stroke(p.inkLayer.getGraphicsContext2D(), stroke);
        }

        public void revert(SketchPad p) {
            p.strokes.remove(p.strokes.size() - 1);
            p.totalPoints -= stroke.points().size();
        }
    }

    /** Erase, clear and mark removal: the whole before and after. */
    private record Replace(List<Stroke> strokesBefore, List<Mark> marksBefore, List<Stroke> strokesAfter, List<Mark> marksAfter)
            implements Edit {
        public void apply(SketchPad p) {
            p.set(strokesAfter, marksAfter);
        }

        public void revert(SketchPad p) {
            p.set(strokesBefore, marksBefore);
        }
    }

    private record PutMark(Mark before, Mark after) implements Edit {
        public void apply(SketchPad p) {
            p.marks.removeIf(m -> m.number() == after.number());
            p.marks.add(after);
            p.marks.sort(Comparator.comparingInt(Mark::number));
        }

        public void revert(SketchPad p) {
            p.marks.removeIf(m -> m.number() == after.number());
            if (before != null) {
                p.marks.add(before);
                p.marks.sort(Comparator.comparingInt(Mark::number));
            }
        }
    }

    private record ChangeTemplate(String before, String after) implements Edit {
        public void apply(SketchPad p) {
            p.template = known(after);
            p.templateId.set(after);
        }

        public void revert(SketchPad p) {
            p.template = known(before);
            p.templateId.set(before);
        }
    }

    private void set(List<Stroke> s, List<Mark> m) {
        strokes.clear();
        strokes.addAll(s);
        marks.clear();
        marks.addAll(m);
        totalPoints = strokes.stream().mapToLong(st -> st.points().size()).sum();
    }

    // ------------------------------------------------------------------ painting

    private void repaintAll() {
        GraphicsContext t = templateLayer.getGraphicsContext2D();
        t.clearRect(0, 0, w, h);
        InkPainter.template(t, template, w, h);
        GraphicsContext g = inkLayer.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        InkPainter.strokes(g, strokes);
        repaintMarks();
    }

    private void repaintMarks() {
        GraphicsContext g = marksLayer.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        InkPainter.marks(g, marks, w, h);
        if (pending != null) {
            InkPainter.pin(g, pending.number(), pending.x(), pending.y(), w, h, true);
        }
    }

    /** The sketch at its logical size on white (template, ink, pins), whatever the zoom: for export. */
    public WritableImage render() {
        requireFx();
        Canvas c = new Canvas(w, h);
        GraphicsContext g = c.getGraphicsContext2D();
        InkPainter.template(g, template, w, h);
        InkPainter.strokes(g, strokes);
        InkPainter.marks(g, marks, w, h);
        return c.snapshot(null, null);
    }

    /**
     * A small picture of a sketch (template, ink, pins) fitted into maxWidth x maxHeight pixels, e.g.
     * for a list of the note's sketches. It shows the part of the sheet that holds the outline, ink
     * and pins (a body outline fills only the middle of a wide sheet), and draws the outline at least
     * one pixel wide so it stays visible when small.
     */
    public static WritableImage preview(Sketch s, double maxWidth, double maxHeight) {
        requireFx();
        int w = s.width();
        int h = s.height();
        SketchTemplate t = SketchTemplates.orBlank(s.templateId());
        double side = Math.min(w, h);
        double[] b = t.outlines().isEmpty() ? new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE}
                : new double[] {(w - side) / 2, (h - side) / 2, (w + side) / 2, (h + side) / 2};
        for (Stroke st : s.strokes()) {
            double[] sb = boundsOf(st);
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

    /** Where a logical point is on the screen now (for tests and robots). */
    public Point2D toScreen(double x, double y) {
        return sheet.localToScreen(x, y);
    }

    /** Where a logical point is in the scene now. */
    Point2D toScene(double x, double y) {
        return sheet.localToScene(x, y);
    }

    Canvas inkLayer() {
        return inkLayer;
    }

    Canvas liveLayer() {
        return liveLayer;
    }

    // ------------------------------------------------------------------ view: fit, zoom, pan

    @Override
    protected void layoutChildren() {
        updateView();
    }

    private double fitScale() {
        double fw = (getWidth() - 2 * MARGIN) / w;
        double fh = (getHeight() - 2 * MARGIN) / h;
        double s = Math.min(fw, fh);
        return s > 0 ? s : 1;
    }

    private void updateView() {
        double s = fitScale() * zoom;
        double cx = (getWidth() - s * w) / 2;
        double cy = (getHeight() - s * h) / 2;
        double ox = clampOffset(cx + panX, getWidth(), s * w, cx);
        double oy = clampOffset(cy + panY, getHeight(), s * h, cy);
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

    /** Zoom by a factor keeping the point (x, y) in pad coordinates where it is; 1..{@value #MAX_ZOOM} times the fit. */
    public void zoomAt(double factor, double x, double y) {
        setZoomAround(zoom * factor, x, y, view.getTx(), view.getTy(), zoom, x, y);
    }

    private void setZoomAround(double newZoom, double x, double y, double ox0, double oy0, double zoom0, double x0, double y0) {
        double z = Math.max(1, Math.min(MAX_ZOOM, newZoom));
        double s0 = fitScale() * zoom0;
        double s = fitScale() * z;
        double lx = (x0 - ox0) / s0;
        double ly = (y0 - oy0) / s0;
        zoom = z;
        panX = x - s * lx - (getWidth() - s * w) / 2;
        panY = y - s * ly - (getHeight() - s * h) / 2;
        updateView();
    }

    public void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        updateView();
    }

    /** Back to the whole sheet fitted in the pad. */
    public void resetView() {
        zoom = 1;
        panX = 0;
        panY = 0;
        updateView();
    }

    public double getZoom() {
        return zoom;
    }

    /** A scene point in the sheet's logical units, held to the sheet. */
    Point2D toLogical(double sceneX, double sceneY) {
        Point2D p = sheet.sceneToLocal(sceneX, sceneY);
        return new Point2D(Math.max(0, Math.min(w, p.getX())), Math.max(0, Math.min(h, p.getY())));
    }

    private void zoomGesture(ZoomEvent e) {
        if (!touches.isEmpty()) {
            return; // a touch screen's pinch: handled from the touch points themselves
        }
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        zoomAt(e.getZoomFactor(), p.getX(), p.getY());
        e.consume();
    }

    private void scroll(ScrollEvent e) {
        if (e.getTouchCount() > 0 || !touches.isEmpty()) {
            return; // made from touches, which are handled directly
        }
        if (e.isControlDown()) {
            Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
            zoomAt(Math.exp(e.getDeltaY() / 300), p.getX(), p.getY());
        } else {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    // ------------------------------------------------------------------ input

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
            pointerDown(e.getSceneX(), e.getSceneY(), DEFAULT_PRESSURE);
        } else if (mouseDown && e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            pointerMove(e.getSceneX(), e.getSceneY(), DEFAULT_PRESSURE);
        } else if (mouseDown && e.getEventType() == MouseEvent.MOUSE_RELEASED && e.getButton() == MouseButton.PRIMARY) {
            mouseDown = false;
            pointerUp(e.getSceneX(), e.getSceneY(), DEFAULT_PRESSURE);
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
                    pointerDown(at.getX(), at.getY(), DEFAULT_PRESSURE);
                } else if (touches.size() >= 2 && !pinching) {
                    cancelLive(); // the first finger was the start of a pinch, not a line
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
                    pointerMove(at.getX(), at.getY(), DEFAULT_PRESSURE);
                }
            }
            case RELEASED -> {
                touches.remove(id);
                if (id == drawingTouch && !pinching) {
                    pointerUp(at.getX(), at.getY(), DEFAULT_PRESSURE);
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
        Point2D a = sceneToLocal(two.get(0));
        Point2D b = sceneToLocal(two.get(1));
        pinchDist0 = Math.max(1, a.distance(b));
        pinchMid0 = a.midpoint(b);
        pinchZoom0 = zoom;
        pinchOx0 = view.getTx();
        pinchOy0 = view.getTy();
    }

    private void updatePinch() {
        List<Point2D> two = new ArrayList<>(touches.values()).subList(0, 2);
        Point2D a = sceneToLocal(two.get(0));
        Point2D b = sceneToLocal(two.get(1));
        Point2D mid = a.midpoint(b);
        setZoomAround(pinchZoom0 * a.distance(b) / pinchDist0, mid.getX(), mid.getY(), pinchOx0, pinchOy0, pinchZoom0,
                pinchMid0.getX(), pinchMid0.getY());
    }

    private void pointerDown(double sx, double sy, double pressure) {
        if (isLocked() && mode.get() != Mode.MARK) {
            return;
        }
        Point2D p = toLogical(sx, sy);
        switch (mode.get()) {
            case DRAW -> startStroke(p, pressure);
            case ERASE -> {
                eraseBefore = List.copyOf(strokes);
                eraseLast = null;
                eraseAlong(p);
            }
            case MARK -> markDownScene = new Point2D(sx, sy);
        }
    }

    private void pointerMove(double sx, double sy, double pressure) {
        if (live != null) {
            extendStroke(toLogical(sx, sy), pressure);
        } else if (eraseBefore != null) {
            eraseAlong(toLogical(sx, sy));
        }
    }

    private void pointerUp(double sx, double sy, double pressure) {
        if (live != null) {
            extendStroke(toLogical(sx, sy), pressure);
            finishStroke();
        } else if (eraseBefore != null) {
            finishErase();
        } else if (markDownScene != null) {
            Point2D down = markDownScene;
            markDownScene = null;
            Point2D a = sceneToLocal(down);
            Point2D b = sceneToLocal(sx, sy);
            if (a.distance(b) <= TAP_SLOP) {
                tapForMark(toLogical(sx, sy));
            }
        }
    }

    /** Drops a stroke or eraser drag in progress (a second finger came down, the mode changed, the pad was locked). */
    private void cancelLive() {
        if (live != null) {
            live = null;
            liveLayer.getGraphicsContext2D().clearRect(0, 0, w, h);
        }
        if (eraseBefore != null) {
            finishErase();
        }
        markDownScene = null;
    }

    private long elapsedMs() {
        return baseMs + (nanoClock.getAsLong() - openedNanos) / 1_000_000;
    }

    private void startStroke(Point2D p, double pressure) {
        if (strokes.size() >= Sketch.MAX_STROKES || totalPoints >= Sketch.MAX_TOTAL_POINTS) {
            return;
        }
        live = new ArrayList<>();
        liveStartNanos = nanoClock.getAsLong();
        liveStartMs = Math.max(0, elapsedMs());
        liveLastT = 0;
        InkPoint first = new InkPoint(p.getX(), p.getY(), 0, pressure);
        live.add(first);
        lastX = first.x();
        lastY = first.y();
        GraphicsContext g = liveLayer.getGraphicsContext2D();
        boolean highlighter = tool.get() == Tool.HIGHLIGHTER;
        liveLayer.setOpacity(highlighter ? InkPainter.HIGHLIGHTER_ALPHA : 1);
        Color c = InkPainter.colour(colour.get());
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(width());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setGlobalAlpha(1);
        g.fillOval(lastX - width() / 2, lastY - width() / 2, width(), width());
    }

    private double width() {
        return Math.max(0.25, Math.min(Stroke.MAX_WIDTH, Math.round(penWidth.get() * 4) / 4.0));
    }

    /** Records one point and paints only the segment from the previous point: the per-point cost. */
    private void extendStroke(Point2D p, double pressure) {
        if (live.size() >= Stroke.MAX_POINTS || totalPoints + live.size() >= Sketch.MAX_TOTAL_POINTS) {
            return;
        }
        int t = (int) Math.max(liveLastT, Math.min(Integer.MAX_VALUE, (nanoClock.getAsLong() - liveStartNanos) / 1_000_000));
        InkPoint q = new InkPoint(p.getX(), p.getY(), t, pressure);
        if (q.x() == lastX && q.y() == lastY) {
            return; // the same grid point: nothing to add
        }
        live.add(q);
        liveLastT = t;
        liveLayer.getGraphicsContext2D().strokeLine(lastX, lastY, q.x(), q.y());
        lastX = q.x();
        lastY = q.y();
    }

    private void finishStroke() {
        Stroke s = new Stroke(colour.get() & 0xFFFFFF, width(), tool.get(), liveStartMs, live);
        live = null;
        liveLayer.getGraphicsContext2D().clearRect(0, 0, w, h);
        perform(new AddStroke(s));
    }

    private void eraseAlong(Point2D p) {
        List<Point2D> samples = new ArrayList<>();
        if (eraseLast == null) {
            samples.add(p);
        } else {
            double d = eraseLast.distance(p);
            int n = Math.max(1, (int) Math.ceil(d / (ERASER_RADIUS / 2)));
            for (int i = 1; i <= n; i++) {
                samples.add(eraseLast.interpolate(p, i / (double) n));
            }
        }
        eraseLast = p;
        boolean removed = false;
        for (int i = strokes.size() - 1; i >= 0; i--) {
            Stroke s = strokes.get(i);
            for (Point2D q : samples) {
                if (touches(s, q.getX(), q.getY())) {
                    strokes.remove(i);
                    totalPoints -= s.points().size();
                    removed = true;
                    break;
                }
            }
        }
        if (removed) {
            GraphicsContext g = inkLayer.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            InkPainter.strokes(g, strokes);
        }
        GraphicsContext lg = liveLayer.getGraphicsContext2D();
        lg.clearRect(0, 0, w, h);
        liveLayer.setOpacity(1);
        lg.setGlobalAlpha(1);
        lg.setLineDashes((double[]) null);
        lg.setStroke(Color.web("#4a5360"));
        lg.setLineWidth(1.5);
        lg.strokeOval(p.getX() - ERASER_RADIUS, p.getY() - ERASER_RADIUS, 2 * ERASER_RADIUS, 2 * ERASER_RADIUS);
    }

    private void finishErase() {
        List<Stroke> before = eraseBefore;
        eraseBefore = null;
        eraseLast = null;
        liveLayer.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (before.size() != strokes.size()) {
            // already applied stroke by stroke while erasing: record it as one undoable step
            List<Mark> m = List.copyOf(marks);
            undo.push(new Replace(before, m, List.copyOf(strokes), m));
            redo.clear();
            afterEdit(false);
        }
    }

    /** Whether the eraser circle at (x, y) touches the stroke's line. */
    boolean touches(Stroke s, double x, double y) {
        double reach = ERASER_RADIUS + s.width() / 2;
        double[] b = bounds.computeIfAbsent(s, SketchPad::boundsOf);
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

    private static double[] boundsOf(Stroke s) {
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

    private void tapForMark(Point2D p) {
        double r = InkPainter.pinRadius(w, h) * 1.3;
        Optional<Mark> hit = marks.stream()
                .filter(m -> Math.hypot(m.x() - p.getX(), m.y() - p.getY()) <= r)
                .reduce((a, b) -> b);
        MarkRequest req;
        if (hit.isPresent()) {
            Mark m = hit.get();
            req = new MarkRequest(m.number(), m.x(), m.y(), m.regionId(), m.site(), m);
            clearPending();
        } else {
            if (isLocked() || marks.size() >= Sketch.MAX_MARKS) {
                return;
            }
            req = proposeMark(p.getX(), p.getY());
            showPending(req);
        }
        if (onMarkRequest != null) {
            onMarkRequest.accept(req);
        }
    }

    /** For tests: a clock for stroke times. */
    void setNanoClock(LongSupplier clock) {
        this.nanoClock = clock;
        this.openedNanos = clock.getAsLong();
    }

    private static void requireFx() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call on the JavaFX application thread");
        }
    }
}
