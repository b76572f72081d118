package org.doorstep.app.sketch;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.sketch.Tool;

/**
 * The pad's tools, touch-sized (every target at least 48 px): template, pen / highlighter / eraser /
 * mark, colours, line widths, undo, redo, clear, fit, and the caption. Bound to one {@link SketchPad};
 * everything that changes the sketch is disabled once the pad is locked.
 */
public final class SketchToolbar extends VBox {

    /** Pen colours: dark ink first, then colours that stay distinct from the grey outline and the red pins. */
    public static final List<Swatch> PEN_COLOURS = List.of(
            new Swatch("black", "Black", 0x1b1f24),
            new Swatch("blue", "Blue", 0x1565c0),
            new Swatch("red", "Red", 0xd32f2f),
            new Swatch("purple", "Purple", 0x6a1b9a),
            new Swatch("green", "Green", 0x2e7d32),
            new Swatch("brown", "Brown", 0x795548));
    /** Highlighter colours, drawn translucent. */
    public static final List<Swatch> HIGHLIGHTER_COLOURS = List.of(
            new Swatch("yellow", "Yellow", 0xfdd835),
            new Swatch("pink", "Pink", 0xf06292),
            new Swatch("sky", "Sky blue", 0x4fc3f7));
    /** Line widths in logical units. */
    public static final double[] WIDTHS = {2, 4, 8, 16};
    private static final String[] WIDTH_NAMES = {"Fine", "Medium", "Thick", "Broad"};

    public record Swatch(String id, String name, int rgb) {
    }

    private final SketchPad pad;
    private final ToggleGroup tools = new ToggleGroup();
    private final ToggleGroup colours = new ToggleGroup();
    private final ToggleGroup widths = new ToggleGroup();
    private final FlowPane colourRow = new FlowPane(6, 6);
    private final ComboBox<SketchTemplate> templates = new ComboBox<>();
    private final TextField caption = new TextField();
    private int penColour;
    private int highlighterColour = HIGHLIGHTER_COLOURS.get(0).rgb();
    private double penWidth;
    private double highlighterWidth = 16;

    public SketchToolbar(SketchPad pad) {
        super(8);
        this.pad = pad;
        getStyleClass().add("sketch-toolbar");
        penColour = pad.colourProperty().get();
        penWidth = pad.penWidthProperty().get();

        templates.setId("sketch-template");
        templates.getItems().setAll(SketchTemplates.all());
        templates.setCellFactory(v -> new TitleCell());
        templates.setButtonCell(new TitleCell());
        templates.setVisibleRowCount(10);
        templates.setMinHeight(48);
        templates.setPrefWidth(270);
        templates.setAccessibleText("Outline");
        templates.setValue(pad.getTemplate());
        templates.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.id().equals(pad.templateIdProperty().get()) && !pad.setTemplate(b.id())) {
                templates.setValue(pad.getTemplate());
            }
        });
        pad.templateIdProperty().addListener((o, a, b) -> templates.setValue(SketchTemplates.orBlank(b)));

        ToggleButton pen = tool("sketch-pen", "Pen");
        ToggleButton highlighter = tool("sketch-highlighter", "Highlighter");
        ToggleButton eraser = tool("sketch-eraser", "Eraser");
        ToggleButton mark = tool("sketch-mark", "Mark");
        pen.setTooltip(new Tooltip("Draw lines"));
        eraser.setTooltip(new Tooltip("Touch a line to remove it"));
        mark.setTooltip(new Tooltip("Tap to place a numbered mark"));
        tools.selectToggle(pen);
        tools.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                tools.selectToggle(a); // one tool is always chosen
                return;
            }
            rememberStyle();
            if (b == pen || b == highlighter) {
                pad.modeProperty().set(SketchPad.Mode.DRAW);
                pad.toolProperty().set(b == pen ? Tool.PEN : Tool.HIGHLIGHTER);
                pad.colourProperty().set(b == pen ? penColour : highlighterColour);
                pad.penWidthProperty().set(b == pen ? penWidth : highlighterWidth);
            } else {
                pad.modeProperty().set(b == eraser ? SketchPad.Mode.ERASE : SketchPad.Mode.MARK);
            }
            showColours();
        });

        Button undo = action("sketch-undo", "Undo");
        Button redo = action("sketch-redo", "Redo");
        Button clear = action("sketch-clear", "Clear");
        Button fit = action("sketch-fit", "Fit");
        fit.setTooltip(new Tooltip("Show the whole sheet"));
        clear.setTooltip(new Tooltip("Remove all ink and marks (Undo brings them back)"));
        undo.setOnAction(e -> pad.undo());
        redo.setOnAction(e -> pad.redo());
        clear.setOnAction(e -> pad.clear());
        fit.setOnAction(e -> pad.resetView());
        undo.disableProperty().bind(pad.canUndoProperty().not());
        redo.disableProperty().bind(pad.canRedoProperty().not());

        HBox widthRow = new HBox(6);
        for (int i = 0; i < WIDTHS.length; i++) {
            double wd = WIDTHS[i];
            Line sample = new Line(0, 0, 22, 0);
            sample.setStrokeWidth(Math.max(1.5, wd * 0.75));
            sample.setStrokeLineCap(StrokeLineCap.ROUND);
            ToggleButton b = new ToggleButton(null, sample);
            b.setId("sketch-width-" + WIDTH_NAMES[i].toLowerCase());
            b.setToggleGroup(widths);
            b.setUserData(wd);
            b.setAccessibleText(WIDTH_NAMES[i] + " line");
            b.setTooltip(new Tooltip(WIDTH_NAMES[i] + " line"));
            b.getStyleClass().add("width-button");
            widthRow.getChildren().add(b);
        }
        widths.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                widths.selectToggle(a);
                return;
            }
            pad.penWidthProperty().set((double) b.getUserData());
        });
        pad.penWidthProperty().addListener((o, a, b) -> selectWidth(b.doubleValue()));
        selectWidth(pad.penWidthProperty().get());
        pad.colourProperty().addListener((o, a, b) -> selectColour(b.intValue()));
        colours.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                pad.colourProperty().set((int) b.getUserData());
            }
        });
        showColours();

        caption.setId("sketch-caption");
        caption.setPromptText("Caption: what this drawing shows");
        caption.setAccessibleText("Caption");
        caption.setText(pad.captionProperty().get());
        caption.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > Sketch.MAX_CAPTION ? null : c));
        caption.textProperty().addListener((o, a, b) -> {
            if (!pad.setCaption(b)) {
                caption.setText(pad.captionProperty().get());
            }
        });
        pad.captionProperty().addListener((o, a, b) -> {
            if (!b.equals(caption.getText())) {
                caption.setText(b);
            }
        });
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMinWidth(200);

        Label outline = new Label("Outline");
        outline.getStyleClass().add("toolbar-label");
        HBox toolRow = new HBox(6, pen, highlighter, eraser, mark);
        HBox editRow = new HBox(6, undo, redo, clear, fit);
        FlowPane row1 = new FlowPane(14, 8, new HBox(8, outline, templates), toolRow, editRow);
        row1.setAlignment(Pos.CENTER_LEFT);
        ((HBox) row1.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        HBox row2 = new HBox(14, colourRow, widthRow, caption);
        row2.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row1, row2);

        for (var n : List.of(templates, highlighter, pen, eraser, clear, caption, widthRow, colourRow)) {
            n.disableProperty().bind(pad.lockedProperty());
        }
        // follow the pad when its mode or tool is set from elsewhere
        Runnable follow = () -> {
            ToggleButton want = switch (pad.modeProperty().get()) {
                case DRAW -> pad.toolProperty().get() == Tool.HIGHLIGHTER ? highlighter : pen;
                case ERASE -> eraser;
                case MARK -> mark;
            };
            if (tools.getSelectedToggle() != want) {
                tools.selectToggle(want);
            }
            boolean drawing = pad.modeProperty().get() == SketchPad.Mode.DRAW;
            widthRow.setVisible(drawing);
            colourRow.setVisible(drawing);
        };
        widthRow.managedProperty().bind(widthRow.visibleProperty());
        // an empty FlowPane still asks for its wrap length: on a phone that pushed the caption off screen
        colourRow.managedProperty().bind(colourRow.visibleProperty());
        pad.modeProperty().addListener((o, a, b) -> follow.run());
        pad.toolProperty().addListener((o, a, b) -> follow.run());
        follow.run();
        pad.lockedProperty().addListener((o, a, b) -> {
            if (b) {
                tools.selectToggle(mark); // after signing, pins can still be opened to read
            }
        });
        if (pad.isLocked()) {
            tools.selectToggle(mark);
        }
    }

    private ToggleButton tool(String id, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(tools);
        b.getStyleClass().add("tool-button");
        return b;
    }

    private static Button action(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("tool-button");
        return b;
    }

    private boolean highlighting() {
        return pad.modeProperty().get() == SketchPad.Mode.DRAW && pad.toolProperty().get() == Tool.HIGHLIGHTER;
    }

    private void rememberStyle() {
        if (pad.modeProperty().get() != SketchPad.Mode.DRAW) {
            return;
        }
        if (highlighting()) {
            highlighterColour = pad.colourProperty().get();
            highlighterWidth = pad.penWidthProperty().get();
        } else {
            penColour = pad.colourProperty().get();
            penWidth = pad.penWidthProperty().get();
        }
    }

    /** The pen's or the highlighter's swatches; none while erasing or marking. */
    private void showColours() {
        colourRow.getChildren().clear();
        colours.getToggles().clear();
        boolean drawing = pad.modeProperty().get() == SketchPad.Mode.DRAW;
        if (!drawing) {
            return;
        }
        for (Swatch s : highlighting() ? HIGHLIGHTER_COLOURS : PEN_COLOURS) {
            Circle dot = new Circle(13, InkPainter.colour(s.rgb()));
            dot.setStroke(Color.web("#00000033"));
            ToggleButton b = new ToggleButton(null, dot);
            b.setId("sketch-colour-" + s.id());
            b.setUserData(s.rgb());
            b.setToggleGroup(colours);
            b.setAccessibleText(s.name());
            b.setTooltip(new Tooltip(s.name()));
            b.getStyleClass().add("swatch");
            colourRow.getChildren().add(b);
        }
        selectColour(pad.colourProperty().get());
    }

    private void selectColour(int rgb) {
        for (var t : colours.getToggles()) {
            if ((int) t.getUserData() == rgb) {
                colours.selectToggle(t);
                return;
            }
        }
        colours.selectToggle(null);
    }

    private void selectWidth(double wd) {
        for (var t : widths.getToggles()) {
            if ((double) t.getUserData() == wd) {
                widths.selectToggle(t);
                return;
            }
        }
    }

    private static final class TitleCell extends ListCell<SketchTemplate> {
        TitleCell() {
            setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(SketchTemplate t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : t.title());
        }
    }
}
