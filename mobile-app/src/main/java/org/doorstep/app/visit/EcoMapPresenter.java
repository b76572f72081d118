package org.doorstep.app.visit;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.doorstep.app.Ui;
import org.doorstep.app.family.DrawingCanvas;
import org.doorstep.model.family.EcoMap;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The child's eco-map on the Changes step (R5.6-genogram): one row per person or service (who, what
 * kind, how the child's tie to it feels), added, changed and removed here, with the drawing above
 * them redrawn on every change by the shared model's renderer, the same picture the server draws.
 * Each rule's message from {@link EcoMap#problems()} appears beside its row's field.
 */
final class EcoMapPresenter {

    private final VisitWizardView view;
    private final VisitDraft draft;
    private final Runnable changed;

    EcoMapPresenter(VisitWizardView view, VisitDraft draft, Runnable changed) {
        this.view = view;
        this.draft = draft;
        this.changed = changed;
        view.addEcoTie.setOnAction(e -> add());
        showRows();
        showDrawing();
    }

    private void add() {
        draft.ecoMap.add(new EcoTieEdit());
        edited();
        showRows();
        TextField name = (TextField) view.lookup("#" + id(draft.ecoMap.size() - 1) + "-name");
        Ui.reveal(view.ecoTies.getChildren().get(view.ecoTies.getChildren().size() - 1));
        if (name != null) {
            name.requestFocus();
        }
    }

    private void edited() {
        changed.run();
        showDrawing();
    }

    private void showRows() {
        view.errors.keySet().removeIf(f -> f.startsWith(EcoMap.FIELD + "-"));
        view.ecoTies.getChildren().clear();
        for (int i = 0; i < draft.ecoMap.size(); i++) {
            view.ecoTies.getChildren().add(row(i, draft.ecoMap.get(i)));
        }
    }

    private VBox row(int i, EcoTieEdit edit) {
        String id = id(i);
        TextField name = Ui.text(id + "-name", "e.g. Elm Road Primary; Dr Shah; her friend Zara");
        name.setText(edit.name);
        name.textProperty().addListener((o, a, b) -> {
            edit.name = b;
            edited();
        });
        FlowPane kinds = choices(id + "-kind", EcoMap.Kind.values(), EcoMap.Kind::label, edit.kind, v -> {
            edit.kind = v;
            edited();
        });
        FlowPane strengths = choices(id + "-strength", EcoMap.Strength.values(), EcoMapPresenter::strengthWords, edit.strength, v -> {
            edit.strength = v;
            edited();
        });
        Button remove = Ui.secondary("Remove", id + "-remove");
        remove.setAccessibleText("Remove " + (edit.name.isBlank() ? "this person or service" : edit.name) + " from the eco-map");
        remove.setOnAction(e -> {
            draft.ecoMap.remove(edit);
            edited();
            showRows();
        });
        VBox row = new VBox(10, Ui.field("Who or what (" + (i + 1) + ")", name, error(EcoMap.field(i, "name"))),
                labelled("What is it?", kinds, error(EcoMap.field(i, "kind"))),
                labelled("How does the child's tie to it feel?", strengths, error(EcoMap.field(i, "strength"))), remove);
        row.getStyleClass().add("card");
        return row;
    }

    private void showDrawing() {
        EcoMap map = EcoTieEdit.map(draft.childName, draft.ecoMap);
        if (map == null) {
            view.ecoMapDrawing.getChildren().setAll(Ui.note("No one on the eco-map yet. Add the people and services round the child."));
            return;
        }
        view.ecoMapDrawing.getChildren().setAll(DrawingCanvas.fitted(map.draw(), Ui.CONTENT_WIDTH - 40, "ecomap-canvas"));
    }

    private Label error(String field) {
        Label l = Ui.errorLabel("error-" + field);
        view.errors.put(field, l);
        return l;
    }

    private static String id(int i) {
        return EcoMap.FIELD.toLowerCase(Locale.ROOT) + "-" + i;
    }

    static String strengthWords(EcoMap.Strength s) {
        return switch (s) {
            case STRONG -> "Strong (thick line)";
            case WEAK -> "Weak (dashed)";
            case STRESSFUL -> "Stressful (zigzag)";
        };
    }

    /** Large toggles for one of a few answers, unanswered until one is tapped. */
    private static <E extends Enum<E>> FlowPane choices(String id, E[] values, Function<E, String> words, E chosen, Consumer<E> onChoice) {
        FlowPane pane = new FlowPane(10, 8);
        pane.setId(id);
        ToggleGroup group = new ToggleGroup();
        for (E v : values) {
            ToggleButton b = new ToggleButton(words.apply(v));
            b.setId(id + "-" + v.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("choice");
            b.setToggleGroup(group);
            b.setUserData(v);
            b.setSelected(v == chosen);
            pane.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            @SuppressWarnings("unchecked")
            E v = b == null ? null : (E) b.getUserData();
            onChoice.accept(v);
        });
        return pane;
    }

    private static VBox labelled(String text, FlowPane control, Label error) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control.getChildren().get(0));
        label.setWrapText(true);
        VBox box = new VBox(6, label, control, error);
        box.getStyleClass().add("field");
        return box;
    }

    /** The review's lines: "Elm Road Primary (school): strong". */
    static String lines(EcoMap map) {
        return map.ties().stream().map(EcoMap.Tie::line).collect(java.util.stream.Collectors.joining("\n"));
    }
}
