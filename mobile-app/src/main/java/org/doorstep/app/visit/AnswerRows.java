package org.doorstep.app.visit;

import org.doorstep.app.Ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The wizard's repeating answers, one row each: a person present, something someone else said, the
 * analysis of a plan recommendation, an action, a sketch; and the one-tap choices of people. Passive
 * builders: the presenter ({@link ListedAnswers}) fills and wires them.
 */
final class AnswerRows {

    private AnswerRows() {
    }

    /**
     * A household member to choose as present: a button with who they are and, beside it (under it on
     * a phone), "Parental responsibility" as its own tag when they hold it (R5.1-basic), never read out
     * of the words.
     */
    static Button householdChoice(VBox container, int index, String who, boolean parentalResponsibility) {
        Button b = Ui.secondary("+ " + who, "household-choice-" + index);
        b.setWrapText(true);
        b.setMinWidth(0);
        b.maxWidthProperty().bind(container.widthProperty());
        b.setAccessibleText("Add " + who + (parentalResponsibility ? ", who holds parental responsibility," : "")
                + " as present");
        FlowPane row = new FlowPane(10, 6, b);
        row.prefWrapLengthProperty().bind(container.widthProperty());
        row.setAlignment(Pos.CENTER_LEFT);
        if (parentalResponsibility) {
            Label pr = new Label("Parental responsibility");
            pr.setId("household-choice-" + index + "-pr");
            pr.getStyleClass().addAll("status", "status-synced");
            row.getChildren().add(pr);
        }
        container.getChildren().add(row);
        return b;
    }

    /** Someone met at an earlier visit to choose as present (R5.2-present). */
    static Button knownChoice(FlowPane container, int index, String who) {
        Button b = Ui.secondary("+ " + who, "known-choice-" + index);
        b.setWrapText(true);
        b.setMinWidth(0);
        b.maxWidthProperty().bind(container.widthProperty());
        b.setAccessibleText("Add " + who + " as present");
        container.getChildren().add(b);
        return b;
    }

    /** One person's name and role, with a Remove button. */
    static VBox person(VBox container, int index, TextField name, TextField role, Button remove) {
        name.setId("person-name-" + index);
        role.setId("person-role-" + index);
        remove.setId("person-remove-" + index);
        name.setPromptText("Full name");
        role.setPromptText("e.g. mother, social worker, child");
        return row("Person " + (index + 1), remove, container,
                Ui.field("Name", name, null), Ui.field("Role or relationship", role, null));
    }

    /** One thing someone else told the practitioner: what, who, fact or their opinion. */
    static VBox reported(VBox container, int index, TextArea text, TextField saidBy, YesNo opinion, Button remove) {
        text.setId("reported-text-" + index);
        saidBy.setId("reported-by-" + index);
        remove.setId("reported-remove-" + index);
        text.setPromptText("what they told you");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        saidBy.setPromptText("e.g. Mr Jones, head teacher");
        opinion.yes.setText("Their opinion");
        opinion.no.setText("A fact");
        VBox what = fullWidth(Ui.field("What they said", text, null), container);
        withAdvice(what, text);
        return row("Statement " + (index + 1), remove, container, what,
                Ui.field("Who told you? Name and role", saidBy, null),
                labelled("Is it a fact, or their opinion?", opinion, null));
    }

    /** The analysis box for one recommendation of the child's plan (R5.2-analysis). */
    static VBox analysis(int index, String label, TextArea text) {
        text.setId("analysis-" + index);
        text.setPromptText("what this visit showed about it; leave empty if nothing");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        VBox box = Ui.field(label, text, null);
        withAdvice(box, text);
        box.getStyleClass().add("person");
        return box;
    }

    /** One action: what, by whom, by when, with a Remove button. */
    static VBox action(VBox container, int index, TextField what, TextField byWhom, DatePicker byWhen, Button remove) {
        what.setId("action-what-" + index);
        byWhom.setId("action-who-" + index);
        byWhen.setId("action-when-" + index);
        remove.setId("action-remove-" + index);
        what.setPromptText("e.g. check attendance with the school");
        byWhom.setPromptText("name");
        byWhen.setPromptText("e.g. 8/12/2026");
        Days.editable(byWhen);
        VBox whatBox = fullWidth(Ui.field("What", what, null), container);
        withAdvice(whatBox, what);
        return row("Action " + (index + 1), remove, container, whatBox,
                Ui.field("By whom", byWhom, null), Ui.field("By when", byWhen, null));
    }

    /** One sketch in the list: a small picture, its caption and what it holds, Open and Remove. */
    static HBox sketch(int index, Image preview, String caption, String summary, Button open, Button remove) {
        ImageView picture = new ImageView(preview);
        picture.setId("sketch-preview-" + index);
        picture.setAccessibleText("Sketch " + (index + 1) + ": " + caption);
        Label c = new Label(caption);
        c.setId("sketch-caption-" + index);
        c.getStyleClass().add("field-label");
        c.setWrapText(true);
        Label sum = new Label(summary);
        sum.setId("sketch-summary-" + index);
        sum.getStyleClass().add("hint");
        sum.setWrapText(true);
        open.setId("sketch-open-" + index);
        remove.setId("sketch-remove-" + index);
        open.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, open, remove);
        VBox text = new VBox(6, c, sum, buttons);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(16, picture, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("person");
        return row;
    }

    /**
     * Adds, below the field's control, a line where plain-language advice appears (R10-plain); it takes
     * no room while empty. Returns the line for the presenter to fill as the practitioner types.
     */
    static Label withAdvice(VBox field, TextInputControl control) {
        Label l = new Label();
        l.setId("advice-" + control.getId());
        l.getStyleClass().add("advice");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        field.getChildren().add(2, l);
        return l;
    }

    static VBox labelled(String text, YesNo control, Label error) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control.yes);
        label.setWrapText(true);
        VBox box = error == null ? new VBox(6, label, control) : new VBox(6, label, control, error);
        box.getStyleClass().add("field");
        return box;
    }

    /** A field as wide as the row it sits in, on a phone as on a tablet. */
    private static VBox fullWidth(VBox field, VBox container) {
        field.prefWidthProperty().bind(container.widthProperty().subtract(36));
        return field;
    }

    private static VBox row(String heading, Button remove, VBox container, VBox... fieldBoxes) {
        Label h = new Label(heading);
        h.getStyleClass().add("field-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, h, spacer, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane fields = new FlowPane(12, 12);
        for (VBox f : fieldBoxes) {
            if (!f.prefWidthProperty().isBound() && f.getPrefWidth() < 0) {
                // a full-width field is bound to its container, which may not be laid out yet (a resumed draft)
                f.setPrefWidth(320);
            }
            fields.getChildren().add(f);
        }
        fields.prefWrapLengthProperty().bind(container.widthProperty());
        VBox row = new VBox(8, top, fields);
        row.getStyleClass().add("person");
        return row;
    }
}
