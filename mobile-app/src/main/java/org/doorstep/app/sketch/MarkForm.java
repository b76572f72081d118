package org.doorstep.app.sketch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.doorstep.app.Ui;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.MarkRules;
import org.doorstep.model.sketch.SurfaceSign;

/**
 * The details of one numbered pin on a body map: where (proposed from the template region under the
 * pin), size, shape, colours, skin, surface, what the child and the carer said, seen or reported and
 * when first noticed. A field that is wrong gets a plain message right beside it; nothing is saved
 * until all are right. Unknown stays unknown: an empty field or "Not recorded" is stored as absent.
 */
public final class MarkForm extends VBox {

    private final Label title = Ui.heading("Mark");
    private final Label where = Ui.note("");
    private final TextField site = Ui.text("mark-site", "e.g. left forearm, outer side");
    private final TextField size = Ui.text("mark-size", "e.g. 2.5");
    private final Label sizeError = Ui.errorLabel("error-mark-size");
    private final TextField shape = Ui.text("mark-shape", "e.g. round, linear, loop, hand-shaped");
    private final TextField colours = Ui.text("mark-colours", "e.g. red, purple, yellow");
    private final Choice<Boolean> skinBroken = new Choice<>("mark-skin-broken", new String[] {"Yes", "No", "Not known"}, new Boolean[] {true, false, null});
    private final Choice<Boolean> swelling = new Choice<>("mark-swelling", new String[] {"Yes", "No", "Not known"}, new Boolean[] {true, false, null});
    private final CheckBox scab = check("mark-scab", "Scab");
    private final CheckBox blister = check("mark-blister", "Blister");
    private final CheckBox bleeding = check("mark-bleeding", "Bleeding");
    private final Choice<MarkBasis> basis = new Choice<>("mark-basis", new String[] {"I saw it", "I was told about it"}, new MarkBasis[] {MarkBasis.SEEN, MarkBasis.REPORTED});
    private final Label basisError = Ui.errorLabel("error-mark-basis");
    private final TextArea child = Ui.area("mark-child-explanation", "In the child's own words", 2);
    private final TextArea carer = Ui.area("mark-carer-explanation", "In the parent's or carer's own words", 2);
    private final TextField firstNoticed = Ui.text("mark-first-noticed", "As told, e.g. Monday evening");
    private final Label formError = Ui.errorLabel("error-mark");
    private final List<Label> textErrors = new ArrayList<>();
    private final List<TextInputControl> texts = List.of(site, shape, colours, child, carer, firstNoticed);
    private final Button save = Ui.primary("Save mark", "mark-save");
    private final Button cancel = Ui.secondary("Cancel", "mark-cancel");
    private final Button remove = Ui.secondary("Remove mark", "mark-remove");

    private SketchPad.MarkRequest request;
    private Consumer<Mark> onSave = m -> { };
    private Runnable onCancel = () -> { };
    private IntConsumer onRemove = n -> { };

    public MarkForm() {
        super(14);
        getStyleClass().add("mark-form");
        setId("mark-form");
        where.setId("mark-where");
        VBox surface = new VBox(4, new FlowPane(16, 8, scab, blister, bleeding));
        Label surfaceLabel = new Label("On the surface");
        surfaceLabel.getStyleClass().add("field-label");
        surface.getChildren().add(0, surfaceLabel);
        getChildren().addAll(title, where,
                field("Where on the body", site),
                Ui.field("Size in cm (longest side)", size, sizeError),
                field("Shape", shape),
                field("Colours", colours),
                group("Skin broken", skinBroken.box, null),
                group("Swelling", swelling.box, null),
                surface,
                group("Seen or reported", basis.box, basisError),
                field("What the child said about it", child),
                field("What the parent or carer said about it", carer),
                field("When it was first noticed", firstNoticed),
                formError);
        HBox actions = new HBox(10, save, cancel, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(actions);
        save.setOnAction(e -> validate().ifPresent(m -> onSave.accept(m)));
        cancel.setOnAction(e -> onCancel.run());
        remove.setOnAction(e -> {
            if (request != null && !request.isNew()) {
                onRemove.accept(request.number());
            }
        });
        remove.managedProperty().bind(remove.visibleProperty());
    }

    private VBox field(String label, TextInputControl control) {
        Label error = Ui.errorLabel("error-" + control.getId());
        textErrors.add(error);
        return Ui.field(label, control, error);
    }

    private static VBox group(String label, Node control, Label error) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setLabelFor(control);
        control.setAccessibleText(label);
        VBox box = error == null ? new VBox(6, l, control) : new VBox(6, l, control, error);
        box.getStyleClass().add("field");
        return box;
    }

    private static CheckBox check(String id, String text) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setMinHeight(48);
        return c;
    }

    /** Shows a new pin (site proposed from its region) or an existing mark; read-only after signing. */
    public void open(SketchPad.MarkRequest r, boolean readOnly) {
        this.request = r;
        Mark m = r.existing();
        title.setText("Mark " + r.number());
        where.setText(r.regionId() == null
                ? "The pin is not on a named part of the outline: say where it is."
                : "Placed on: " + r.site() + ". Change the words if you can be more exact.");
        site.setText(m == null ? nz(r.site()) : nz(m.site()));
        size.setText(m == null || m.sizeCm() == null ? "" : trimZero(m.sizeCm()));
        shape.setText(m == null ? "" : nz(m.shape()));
        colours.setText(m == null ? "" : String.join(", ", m.colours()));
        skinBroken.select(m == null ? null : m.skinBroken(), m != null);
        swelling.select(m == null ? null : m.swelling(), m != null);
        scab.setSelected(m != null && m.surface().contains(SurfaceSign.SCAB));
        blister.setSelected(m != null && m.surface().contains(SurfaceSign.BLISTER));
        bleeding.setSelected(m != null && m.surface().contains(SurfaceSign.BLEEDING));
        basis.select(m == null ? null : m.basis(), m != null);
        child.setText(m == null ? "" : nz(m.childExplanation()));
        carer.setText(m == null ? "" : nz(m.carerExplanation()));
        firstNoticed.setText(m == null ? "" : nz(m.firstNoticed()));
        sizeError.setText("");
        basisError.setText("");
        formError.setText("");
        textErrors.forEach(l -> l.setText(""));
        remove.setVisible(!r.isNew() && !readOnly);
        save.setVisible(!readOnly);
        cancel.setText(readOnly ? "Close" : "Cancel");
        for (Node n : List.of(site, size, shape, colours, skinBroken.box, swelling.box, scab, blister, bleeding, basis.box, child, carer, firstNoticed)) {
            n.setDisable(readOnly);
        }
    }

    public SketchPad.MarkRequest request() {
        return request;
    }

    /** The mark as filled in, or empty with a message beside every field that is wrong. */
    public Optional<Mark> validate() {
        // Size and text lengths are asked of MarkRules, the rules the signed Mark itself keeps.
        MarkRules.TypedSize typedSize = MarkRules.size(size.getText());
        sizeError.setText(typedSize.ok() ? "" : typedSize.problem());
        boolean ok = typedSize.ok();
        Double sizeCm = typedSize.cm();
        basisError.setText(!basis.chosen() ? "Say whether you saw the mark yourself or were told about it." : "");
        ok &= basis.chosen();
        for (int i = 0; i < texts.size(); i++) {
            Optional<String> problem = MarkRules.textProblem(texts.get(i).getText());
            textErrors.get(i).setText(problem.orElse(""));
            ok &= problem.isEmpty();
        }
        formError.setText("");
        if (!ok) {
            formError.setText("Check the fields marked in red.");
            for (Label l : allErrors()) {
                if (!l.getText().isEmpty()) {
                    Ui.reveal(l.getParent()); // the panel scrolls: show the first field to fix
                    break;
                }
            }
            return Optional.empty();
        }
        List<SurfaceSign> signs = new ArrayList<>();
        if (scab.isSelected()) {
            signs.add(SurfaceSign.SCAB);
        }
        if (blister.isSelected()) {
            signs.add(SurfaceSign.BLISTER);
        }
        if (bleeding.isSelected()) {
            signs.add(SurfaceSign.BLEEDING);
        }
        List<String> colourWords = Arrays.stream(nz(colours.getText()).split("[,;]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        try {
            return Optional.of(new Mark(request.number(), request.x(), request.y(), request.regionId(),
                    site.getText().trim(), sizeCm, shape.getText().trim(), colourWords, skinBroken.value(), swelling.value(),
                    signs, child.getText().trim(), carer.getText().trim(), basis.value(), firstNoticed.getText().trim()));
        } catch (IllegalArgumentException e) {
            formError.setText("This mark cannot be saved: " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<Label> allErrors() {
        List<Label> all = new ArrayList<>();
        all.add(textErrors.get(0));
        all.add(sizeError);
        all.addAll(textErrors.subList(1, 3));
        all.add(basisError);
        all.addAll(textErrors.subList(3, textErrors.size()));
        return all;
    }

    public void setOnSave(Consumer<Mark> handler) {
        this.onSave = handler;
    }

    public void setOnCancel(Runnable handler) {
        this.onCancel = handler;
    }

    public void setOnRemove(IntConsumer handler) {
        this.onRemove = handler;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String trimZero(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A row of large toggle buttons for one answer; nothing chosen until the practitioner chooses. */
    private static final class Choice<T> {
        final HBox box = new HBox(8);
        final ToggleGroup group = new ToggleGroup();
        final List<ToggleButton> buttons = new ArrayList<>();
        final T[] values;

        Choice(String id, String[] labels, T[] values) {
            this.values = values;
            for (int i = 0; i < labels.length; i++) {
                ToggleButton b = new ToggleButton(labels[i]);
                b.setToggleGroup(group);
                b.setUserData(i);
                b.setId(id + "-" + (values[i] == null ? "unknown" : values[i].toString().toLowerCase()));
                b.getStyleClass().add("mark-choice");
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                buttons.add(b);
            }
            box.getChildren().addAll(buttons);
            box.setAccessibleText(id);
        }

        boolean chosen() {
            return group.getSelectedToggle() != null;
        }

        T value() {
            return chosen() ? values[(int) group.getSelectedToggle().getUserData()] : null;
        }

        /** Selects the button for a value; a null value selects "Not recorded" only for a mark already saved (known). */
        void select(T value, boolean known) {
            group.selectToggle(null);
            for (int i = 0; i < values.length; i++) {
                if (java.util.Objects.equals(values[i], value) && (value != null || known)) {
                    group.selectToggle(buttons.get(i));
                }
            }
        }
    }
}
