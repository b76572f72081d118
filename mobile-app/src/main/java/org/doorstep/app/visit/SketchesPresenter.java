package org.doorstep.app.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.doorstep.app.Ui;
import org.doorstep.app.sketch.SketchPad;
import org.doorstep.app.sketch.SketchPadView;
import org.doorstep.app.sketch.SketchPng;
import org.doorstep.app.store.SecureStore;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchCodec;
import org.doorstep.model.sketch.SketchTemplates;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The wizard's sketches (R1-sketch): the list with captions, "Add a sketch", the sketch pad full
 * screen until Done. Every change on the pad is written into the draft as {@link SketchCodec} JSON
 * and autosaved, so a drawing in progress survives the app being killed. After signing the pad is
 * locked. Only the open sketch has a pad (four canvases); the others are kept as their JSON.
 */
final class SketchesPresenter {

    static final String DEFAULT_TEMPLATE = "body-front-child";
    static final double LIST_PREVIEW = 150;
    static final double REVIEW_PREVIEW = 200;

    private final VisitWizardView view;
    private final VisitDraft draft;
    private final Runnable changed;
    private final SecureStore pictures;
    private SketchPad open;
    private boolean signed;

    SketchesPresenter(VisitWizardView view, VisitDraft draft, Runnable changed, SecureStore pictures) {
        this.view = view;
        this.draft = draft;
        this.changed = changed;
        this.pictures = pictures;
        view.addSketch.setOnAction(e -> add());
    }

    /** A new body map (the outline can be changed on the pad), opened full screen. */
    void add() {
        draft.sketches.add(SketchCodec.encode(Sketch.of(DEFAULT_TEMPLATE, "", SketchPad.DEFAULT_WIDTH, SketchPad.DEFAULT_HEIGHT,
                List.of(), List.of())));
        changed.run();
        showList();
        open(draft.sketches.size() - 1);
    }

    /** The sketch pad for sketch {@code index}, in place of the whole wizard; Done comes back to the list. */
    void open(int index) {
        SketchPad pad = new SketchPad(SketchCodec.decode(draft.sketches.get(index)));
        if (signed) {
            pad.lock();
        }
        pad.addChangeListener(s -> {
            draft.sketches.set(index, SketchCodec.encode(s));
            changed.run();
        });
        open = pad;
        SketchPadView padView = new SketchPadView(pad);
        Label title = new Label("Sketch " + (index + 1) + " of " + draft.sketches.size() + " — " + draft.childName);
        title.setId("sketch-title");
        Button done = Ui.secondary("Done", "sketch-done");
        done.setAccessibleText("Done: back to the list of sketches");
        done.setOnAction(e -> done());
        Label exported = new Label();
        exported.setId("sketch-exported");
        exported.setWrapText(true);
        Button export = Ui.secondary("Save as PNG", "sketch-export");
        export.setAccessibleText("Save sketch " + (index + 1) + " as a PNG picture");
        export.setOnAction(e -> exported.setText(exportPng(pad, index)));
        HBox bar = Ui.header(title, export, done);
        exported.getStyleClass().add("hint");
        exported.setStyle("-fx-padding: 8 16 8 16;");
        exported.managedProperty().bind(exported.textProperty().isNotEmpty());
        BorderPane screen = new BorderPane(padView, bar, null, exported, null);
        screen.setId("sketch-screen");
        view.showFullScreen(screen);
    }

    /**
     * Keeps the pad as a PNG inside the tablet's encrypted store (R13-at-rest): a body map is among
     * the most sensitive things the app holds, and a picture file beside the app's data would be
     * readable by anyone holding the tablet. The signed sketch itself reaches the record at sync,
     * where the workspace offers it as a picture to download.
     */
    private String exportPng(SketchPad pad, int index) {
        String name = pictureName(draft.noteId, index);
        try {
            pictures.put(name, SketchPng.encode(pad));
            return "Saved as a picture inside Doorstep's encrypted storage on this tablet (" + name + "), not as a file "
                    + "other apps can open. Once the visit has synced, download the body map from the visit page in the workspace.";
        } catch (RuntimeException e) {
            return "The picture could not be saved: " + e.getMessage();
        }
    }

    /** The store name of sketch {@code index}'s picture. */
    static String pictureName(String noteId, int index) {
        return "sketch-" + (noteId == null ? "draft" : noteId) + "-" + (index + 1) + ".png";
    }

    /** Back from the pad to the wizard's list. */
    void done() {
        open = null;
        view.endFullScreen();
        showList();
    }

    SketchPad openPad() {
        return open;
    }

    /** The note is signed: the open pad, and any opened from now on, refuse every change. */
    void lock() {
        signed = true;
        if (open != null) {
            open.lock();
        }
        view.addSketch.setDisable(true);
    }

    void showList() {
        view.sketchList.getChildren().clear();
        for (int i = 0; i < draft.sketches.size(); i++) {
            int index = i;
            Sketch s = SketchCodec.decode(draft.sketches.get(i));
            Button openButton = Ui.secondary(signed ? "View" : "Open", "sketch-open-" + i);
            openButton.setAccessibleText("Open sketch " + (i + 1));
            openButton.setOnAction(e -> open(index));
            Button remove = Ui.secondary("Remove", "sketch-remove-" + i);
            remove.setAccessibleText("Remove sketch " + (i + 1));
            remove.setDisable(signed);
            remove.setOnAction(e -> {
                draft.sketches.remove(index);
                changed.run();
                showList();
            });
            view.sketchList.getChildren().add(AnswerRows.sketch(i, SketchPad.preview(s, LIST_PREVIEW, LIST_PREVIEW),
                    caption(s, i), summary(s), openButton, remove));
        }
    }

    /** For the review page: each sketch that will be signed, as a picture, its caption and every mark's details. */
    void showOnReview(VBox section) {
        List<Sketch> sketches = draft.sketches();
        if (sketches.isEmpty()) {
            ReviewPage.row(section, "Sketches and body maps", null);
            return;
        }
        List<Image> previews = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < sketches.size(); i++) {
            Sketch s = sketches.get(i);
            previews.add(SketchPad.preview(s, REVIEW_PREVIEW, REVIEW_PREVIEW));
            captions.add((i + 1) + ". " + caption(s, i));
            summaries.add(summary(s) + s.marks().stream().map(m -> "\n" + m.describe()).collect(Collectors.joining()));
        }
        view.reviewPage.sketches(section, previews, captions, summaries);
    }

    private static String caption(Sketch s, int index) {
        return s.caption().isBlank() ? "Sketch " + (index + 1) + " (no caption yet)" : s.caption();
    }

    static String summary(Sketch s) {
        if (s.strokes().isEmpty() && s.marks().isEmpty()) {
            return SketchTemplates.orBlank(s.templateId()).title() + " · empty: it is left out of the note";
        }
        return SketchTemplates.orBlank(s.templateId()).title() + " · " + count(s.strokes().size(), "line")
                + " · " + count(s.marks().size(), "numbered mark");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
