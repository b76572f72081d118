package org.doorstep.app.sketch;

import java.util.Objects;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.doorstep.model.sketch.Sketch;

/**
 * The whole sketch screen part: toolbar on top, the pad in the middle, a plain hint underneath,
 * and the mark form in a panel on the right while a pin is open. Embed it in a wizard step; listen
 * for changes with {@code getPad().addChangeListener(...)} to autosave the draft.
 */
public final class SketchPadView extends BorderPane {

    static final double FORM_WIDTH = 400;
    /** Narrower than this (a phone), the mark form takes the pad's place instead of sitting beside it. */
    static final double NARROW = 2 * FORM_WIDTH;

    private final SketchPad pad;
    private final SketchToolbar toolbar;
    private final MarkForm form = new MarkForm();
    private final ScrollPane formPanel;
    private final Label hint = new Label();
    private final StackPane centre;
    /**
     * On a tablet the right-hand column is always there: the numbered marks while no mark is open,
     * the mark form while one is. So the drawing keeps its place when a mark is opened, instead of
     * jumping left to make room.
     */
    private final VBox markList = new VBox(8);
    private final ScrollPane marksPanel;

    public SketchPadView(SketchPad pad) {
        this.pad = Objects.requireNonNull(pad);
        this.toolbar = new SketchToolbar(pad);
        getStyleClass().add("sketch-view");
        getStylesheets().add(Objects.requireNonNull(SketchPadView.class.getResource("sketch.css")).toExternalForm());

        toolbar.setPadding(new Insets(10, 12, 10, 12));
        setTop(toolbar);
        centre = new StackPane(pad);
        setCenter(centre);

        form.setPadding(new Insets(16, 18, 24, 18));
        formPanel = new ScrollPane(form);
        formPanel.setId("mark-panel");
        formPanel.setFitToWidth(true);
        formPanel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formPanel.setPrefWidth(FORM_WIDTH);
        formPanel.setMinWidth(FORM_WIDTH);
        formPanel.getStyleClass().add("mark-panel");

        markList.setId("mark-list");
        markList.setPadding(new Insets(16, 18, 24, 18));
        marksPanel = new ScrollPane(markList);
        marksPanel.setId("marks-panel");
        marksPanel.setFitToWidth(true);
        marksPanel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        marksPanel.setPrefWidth(FORM_WIDTH);
        marksPanel.setMinWidth(FORM_WIDTH);
        marksPanel.getStyleClass().add("mark-panel");
        pad.addChangeListener(s -> showMarks());
        showMarks();
        widthProperty().addListener((o, a, w) -> {
            if (!isMarkFormOpen()) {
                setRight(w.doubleValue() >= NARROW ? marksPanel : null);
            }
        });

        hint.setId("sketch-hint");
        hint.getStyleClass().add("sketch-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        setBottom(hint);

        pad.setOnMarkRequest(this::openMark);
        form.setOnSave(m -> {
            if (pad.putMark(m)) {
                closeForm();
            }
        });
        form.setOnCancel(this::closeForm);
        form.setOnRemove(n -> {
            pad.removeMark(n);
            closeForm();
        });
        pad.modeProperty().addListener((o, a, b) -> {
            closeForm();
            updateHint();
        });
        pad.toolProperty().addListener((o, a, b) -> updateHint());
        pad.lockedProperty().addListener((o, a, b) -> {
            closeForm();
            updateHint();
        });
        updateHint();
    }

    /** A view over a new pad restored from a sketch (e.g. the autosaved draft). */
    public SketchPadView(Sketch sketch) {
        this(new SketchPad(sketch));
    }

    public SketchPad getPad() {
        return pad;
    }

    public SketchToolbar getToolbar() {
        return toolbar;
    }

    public MarkForm getMarkForm() {
        return form;
    }

    public boolean isMarkFormOpen() {
        return getRight() == formPanel || getCenter() == formPanel;
    }

    /** Opens the mark form beside the pad for a new pin (shown dashed until saved) or an existing mark. */
    public void openMark(SketchPad.MarkRequest r) {
        pad.showPending(r);
        form.open(r, pad.isLocked());
        if (getWidth() > 0 && getWidth() < NARROW) {
            formPanel.setMinWidth(0);
            setRight(null);
            setCenter(formPanel);
        } else {
            formPanel.setMinWidth(FORM_WIDTH);
            setCenter(centre);
            setRight(formPanel);
        }
        formPanel.setVvalue(0);
    }

    private void closeForm() {
        pad.clearPending();
        setRight(getWidth() >= NARROW ? marksPanel : null);
        setCenter(centre);
    }

    /** The numbered marks in words, beside the drawing. */
    private void showMarks() {
        markList.getChildren().clear();
        Label heading = new Label("Numbered marks");
        heading.getStyleClass().add("field-label");
        markList.getChildren().add(heading);
        if (pad.marks().isEmpty()) {
            Label none = new Label("None yet. Choose Mark, then tap where the mark is.");
            none.setWrapText(true);
            none.getStyleClass().add("sketch-hint");
            markList.getChildren().add(none);
        }
        for (var m : pad.marks()) {
            Label l = new Label(m.describe());
            l.setId("mark-line-" + m.number());
            l.setWrapText(true);
            markList.getChildren().add(l);
        }
    }

    private void updateHint() {
        hint.setText(pad.isLocked()
                ? "Signed: this sketch can no longer be changed. Tap a numbered mark to read it."
                : switch (pad.modeProperty().get()) {
                    case DRAW -> "Draw with a finger, stylus or mouse. Two fingers zoom and move the sheet.";
                    case ERASE -> "Touch a line to remove it. Undo brings it back.";
                    case MARK -> "Tap where the mark is to place a numbered pin, or tap a pin to open it.";
                });
    }
}
