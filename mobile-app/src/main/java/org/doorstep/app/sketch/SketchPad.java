package org.doorstep.app.sketch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
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
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

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
 * transform ({@link SheetView}: fit to the pad, then pinch zoom and pan): the template outline, the
 * committed ink, the live stroke and the numbered pins. As in ODK Collect's DrawView, a finished
 * stroke is painted once onto the committed-ink canvas, which keeps its pixels; while a stroke is
 * being drawn ({@link LiveStroke}) each new point paints only its own segment onto the live canvas
 * (as does the {@link Eraser}'s circle). A new point therefore costs the same however much is
 * already drawn; only undo, erase and clear repaint the committed ink from the vectors. The vectors ({@link Stroke}s of {@link InkPoint}s in logical units, independent of zoom)
 * are what {@link #toSketch()} returns and what is signed.
 *
 * <p>Touch ({@link PadInput}): one finger draws; a second finger cancels the stroke just begun and
 * pinches to zoom and pan. Mouse events that JavaFX synthesizes from touch are ignored, so a touch
 * stroke is recorded once. JavaFX 21 reports no pressure for touch or mouse, so points carry {@link #DEFAULT_PRESSURE}.
 *
 * <p>Every change is an {@link Edit}, undone and redone here. After {@link #lock()} (the note is
 * signed) every change is refused; zoom and pan still work.
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
    private final SheetView sheetView;
    private final LiveStroke live;
    private final Eraser eraser;
    // a tap in mark mode
    private Point2D markDownScene;

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
        sheetView = new SheetView(this, sheet, w, h);
        live = new LiveStroke(liveLayer, w, h);
        eraser = new Eraser(liveLayer, w, h);
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

        new PadInput(this, sheetView);
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
        eraser.forget();
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
        afterEdit(!(e instanceof Edit.AddStroke));
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
        return perform(new Edit.Replace(List.copyOf(strokes), List.copyOf(marks), List.of(), List.of()));
    }

    /** Another template under the same ink (undoable). */
    public boolean setTemplate(String id) {
        SketchTemplate next = known(id);
        if (isLocked() || next.id().equals(template.id())) {
            return false;
        }
        cancelLive();
        clearPending();
        return perform(new Edit.ChangeTemplate(template.id(), next.id()));
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
        boolean ok = perform(new Edit.PutMark(mark(m.number()).orElse(null), m));
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
        return perform(new Edit.Replace(List.copyOf(strokes), List.copyOf(marks), List.copyOf(strokes), after));
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
        afterEdit(!(e instanceof Edit.AddStroke));
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

    // what the edits do to the content (see Edit)

    void set(List<Stroke> s, List<Mark> m) {
        strokes.clear();
        strokes.addAll(s);
        marks.clear();
        marks.addAll(m);
        totalPoints = strokes.stream().mapToLong(st -> st.points().size()).sum();
    }

    void appendStroke(Stroke stroke) {
        strokes.add(stroke);
        totalPoints += stroke.points().size();
        InkPainter.stroke(inkLayer.getGraphicsContext2D(), stroke);
    }

    void dropLastStroke(Stroke stroke) {
        strokes.remove(strokes.size() - 1);
        totalPoints -= stroke.points().size();
    }

    /** The pin with this number replaced by {@code m}, or removed when m is null; pins stay in number order. */
    void replaceMark(int number, Mark m) {
        marks.removeIf(x -> x.number() == number);
        if (m != null) {
            marks.add(m);
            marks.sort(Comparator.comparingInt(Mark::number));
        }
    }

    void useTemplate(String id) {
        template = known(id);
        templateId.set(id);
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
     * for a list of the note's sketches ({@link SketchPreview}).
     */
    public static WritableImage preview(Sketch s, double maxWidth, double maxHeight) {
        requireFx();
        return SketchPreview.of(s, maxWidth, maxHeight);
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
        sheetView.update();
    }

    /** Zoom by a factor keeping the point (x, y) in pad coordinates where it is; 1..{@value #MAX_ZOOM} times the fit. */
    public void zoomAt(double factor, double x, double y) {
        sheetView.zoomAt(factor, x, y);
    }

    public void panBy(double dx, double dy) {
        sheetView.panBy(dx, dy);
    }

    /** Back to the whole sheet fitted in the pad. */
    public void resetView() {
        sheetView.reset();
    }

    public double getZoom() {
        return sheetView.zoom();
    }

    /** A scene point in the sheet's logical units, held to the sheet. */
    Point2D toLogical(double sceneX, double sceneY) {
        return sheetView.toLogical(sceneX, sceneY);
    }

    void pointerDown(double sx, double sy, double pressure) {
        if (isLocked() && mode.get() != Mode.MARK) {
            return;
        }
        Point2D p = toLogical(sx, sy);
        switch (mode.get()) {
            case DRAW -> startStroke(p, pressure);
            case ERASE -> {
                eraser.begin(strokes);
                eraseAlong(p);
            }
            case MARK -> markDownScene = new Point2D(sx, sy);
        }
    }

    void pointerMove(double sx, double sy, double pressure) {
        if (live.drawing()) {
            extendStroke(toLogical(sx, sy), pressure);
        } else if (eraser.erasing()) {
            eraseAlong(toLogical(sx, sy));
        }
    }

    void pointerUp(double sx, double sy, double pressure) {
        if (live.drawing()) {
            extendStroke(toLogical(sx, sy), pressure);
            perform(new Edit.AddStroke(live.finish()));
        } else if (eraser.erasing()) {
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
    void cancelLive() {
        if (live.drawing()) {
            live.cancel();
        }
        if (eraser.erasing()) {
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
        live.start(p, pressure, nanoClock.getAsLong(), elapsedMs(), tool.get(), colour.get(), width());
    }

    private double width() {
        return Math.max(0.25, Math.min(Stroke.MAX_WIDTH, Math.round(penWidth.get() * 4) / 4.0));
    }

    private void extendStroke(Point2D p, double pressure) {
        if (live.size() >= Stroke.MAX_POINTS || totalPoints + live.size() >= Sketch.MAX_TOTAL_POINTS) {
            return;
        }
        live.extend(p, pressure, nanoClock.getAsLong());
    }

    private void eraseAlong(Point2D p) {
        if (eraser.along(p, strokes)) {
            totalPoints = strokes.stream().mapToLong(st -> st.points().size()).sum();
            GraphicsContext g = inkLayer.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            InkPainter.strokes(g, strokes);
        }
    }

    private void finishErase() {
        List<Stroke> before = eraser.finish();
        if (before.size() != strokes.size()) {
            // already applied stroke by stroke while erasing: record it as one undoable step
            List<Mark> m = List.copyOf(marks);
            undo.push(new Edit.Replace(before, m, List.copyOf(strokes), m));
            redo.clear();
            afterEdit(false);
        }
    }

    /** Whether the eraser circle at (x, y) touches the stroke's line. */
    boolean touches(Stroke s, double x, double y) {
        return eraser.touches(s, x, y);
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
