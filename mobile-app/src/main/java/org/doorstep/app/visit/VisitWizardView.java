package org.doorstep.app.visit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.app.Ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The visit wizard: a progress indicator, one page per {@link Step}, Back / Next / Sign. Every
 * field has its own error label right below it, found by the {@code VisitNote} field name.
 */
public final class VisitWizardView extends VBox {

    public final Label title = new Label("Visit");
    public final Button close = Ui.secondary("Save and close", "close");
    public final Label stepLabel = new Label();
    public final ProgressBar progress = new ProgressBar(0);
    public final HBox stepStrip = new HBox(6);
    public final Map<String, Label> errors = new HashMap<>();

    // 1 when and where
    public final DatePicker date = new DatePicker();
    public final TextField start = Ui.text("start", "e.g. 14:00");
    public final TextField end = Ui.text("end", "e.g. 15:00");
    public final TextField venue = Ui.text("venue", "e.g. family home, 12 Elm Road");
    public final TextArea purpose = Ui.area("purpose", "e.g. statutory visit under the child protection plan", 3);
    // 2 who was present
    public final VBox people = new VBox(12);
    public final Button addPerson = Ui.secondary("+ Add a person", "add-person");
    public final YesNo interpreterUsed = new YesNo("interpreter", "Was an interpreter used?");
    public final TextField interpreterLanguage = Ui.text("interpreter-language", "e.g. Polish");
    public final TextField interpreterName = Ui.text("interpreter-name", "name or agency reference");
    public final VBox interpreterDetails = new VBox(16);
    // 3 the child
    public final YesNo childSeen = new YesNo("seen", "Was the child seen?");
    public final YesNo childSeenAlone = new YesNo("alone", "Was the child seen alone?");
    public final TextArea reasonNotSeen = Ui.area("reason-not-seen", "e.g. at school; no answer at the door", 3);
    public final VBox aloneBox;
    public final VBox reasonBox;
    // 4 views
    public final TextArea childViews = Ui.area("child-views", "in the child's own words where you can", 5);
    public final TextArea carerViews = Ui.area("carer-views", "what the parent or carer said", 5);
    // 5 narrative
    public final TextArea narrative = Ui.area("narrative", "what happened, what was discussed, what was agreed", 10);
    // 6 review
    public final VBox review = new VBox(14);
    public final Label reviewErrors = Ui.errorLabel("review-errors");

    public final Label stepMessage = Ui.errorLabel("step-message");
    public final Button back = Ui.secondary("Back", "back");
    public final Button next = Ui.primary("Next", "next");
    public final Button sign = Ui.primary("Sign visit note", "sign");
    public final List<VBox> pages;
    private final VBox page = new VBox();
    private final ScrollPane scroll;

    public VisitWizardView() {
        date.setId("date");
        date.setEditable(true);
        date.setPromptText("e.g. 24/11/2026");
        date.setConverter(new javafx.util.StringConverter<>() {
            private final java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");

            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : f.format(d);
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip(), f);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        });
        review.setId("review");
        people.setId("people");

        HBox times = new HBox(12,
                grow(Ui.field("Started at", start, error("visitStart"))),
                grow(Ui.field("Ended at", end, error("visitEnd"))));
        VBox whenWhere = new VBox(18, Ui.heading("When and where"),
                Ui.field("Date of the visit", date, null), times,
                Ui.field("Venue", venue, error("venue")),
                Ui.field("Purpose of the visit", purpose, error("purpose")));

        interpreterDetails.getChildren().addAll(
                Ui.field("Language", interpreterLanguage, error("interpreterLanguage")),
                Ui.field("Interpreter's name", interpreterName, error("interpreterName")));
        interpreterDetails.managedProperty().bind(interpreterDetails.visibleProperty());
        VBox present = new VBox(18, Ui.heading("Who was present"),
                Ui.note("Everyone present, including you, with their role or relationship to the child."),
                people, error("present"), addPerson,
                Ui.heading("Interpreter"),
                labelled("Was an interpreter used?", interpreterUsed, error("interpreterUsed")),
                interpreterDetails);

        aloneBox = labelled("Was the child seen alone?", childSeenAlone, error("childSeenAlone"));
        reasonBox = Ui.field("Why was the child not seen?", reasonNotSeen, error("reasonNotSeen"));
        aloneBox.managedProperty().bind(aloneBox.visibleProperty());
        reasonBox.managedProperty().bind(reasonBox.visibleProperty());
        VBox child = new VBox(18, Ui.heading("The child"),
                labelled("Was the child seen?", childSeen, error("childSeen")), aloneBox, reasonBox);

        VBox views = new VBox(18, Ui.heading("Views"),
                Ui.field("The child's views", childViews, error("childViews")),
                Ui.field("Parent's or carer's views", carerViews, error("carerViews")));

        VBox story = new VBox(18, Ui.heading("Narrative"),
                Ui.note("A short account of the visit: facts first; say when something is your opinion."),
                Ui.field("What happened", narrative, error("narrative")));

        VBox reviewPage = new VBox(18, Ui.heading("Review and sign"),
                Ui.note("Check everything. Once signed, the note cannot be changed; a correction is a new note."),
                reviewErrors, review);

        pages = List.of(whenWhere, present, child, views, story, reviewPage);

        stepLabel.setId("step-label");
        stepLabel.getStyleClass().add("step-label");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText("Progress through the visit form");
        stepStrip.getStyleClass().add("step-strip");
        for (Step s : Step.values()) {
            Label l = new Label(s.number() + " " + s.title());
            l.getStyleClass().add("step-chip");
            stepStrip.getChildren().add(l);
        }
        stepStrip.managedProperty().bind(stepStrip.visibleProperty());
        VBox progressBox = new VBox(8, stepLabel, progress, stepStrip);
        progressBox.getStyleClass().add("progress-box");

        sign.managedProperty().bind(sign.visibleProperty());
        next.managedProperty().bind(next.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, back, spacer, next, sign);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("footer");
        VBox footerBox = new VBox(8, stepMessage, footer);
        footerBox.getStyleClass().add("footer-box");

        scroll = Ui.scrolling(page);
        HBox header = Ui.header(title, close);
        for (javafx.scene.layout.Region fixed : List.of(header, progressBox, footerBox)) {
            fixed.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        scroll.setMinHeight(0);
        getChildren().addAll(header, progressBox, scroll, footerBox);
        getStyleClass().add("screen");
        widthProperty().addListener((o, a, w) -> stepStrip.setVisible(w.doubleValue() >= 1000));
    }

    /** Shows the page of {@code step} and scrolls to its top. */
    public void showPage(Step step) {
        page.getChildren().setAll(pages.get(step.ordinal()));
        scroll.setVvalue(0);
        for (int i = 0; i < stepStrip.getChildren().size(); i++) {
            Node chip = stepStrip.getChildren().get(i);
            chip.getStyleClass().removeAll("current", "done");
            if (i == step.ordinal()) {
                chip.getStyleClass().add("current");
            } else if (i < step.ordinal()) {
                chip.getStyleClass().add("done");
            }
        }
    }

    /** One person's name and role, with a Remove button. */
    public VBox personRow(int index, TextField name, TextField role, Button remove) {
        name.setId("person-name-" + index);
        role.setId("person-role-" + index);
        remove.setId("person-remove-" + index);
        name.setPromptText("Full name");
        role.setPromptText("e.g. mother, social worker, child");
        Label heading = new Label("Person " + (index + 1));
        heading.getStyleClass().add("field-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane fields = new FlowPane(12, 12);
        VBox n = Ui.field("Name", name, null);
        VBox r = Ui.field("Role or relationship", role, null);
        n.setPrefWidth(320);
        r.setPrefWidth(320);
        fields.getChildren().addAll(n, r);
        fields.prefWrapLengthProperty().bind(people.widthProperty());
        VBox row = new VBox(8, top, fields);
        row.getStyleClass().add("person");
        return row;
    }

    public void addReviewRow(String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("review-label");
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.getStyleClass().add("review-value");
        v.setWrapText(true);
        v.setMaxWidth(Double.MAX_VALUE);
        review.getChildren().add(new VBox(2, l, v));
    }

    private Label error(String field) {
        Label l = Ui.errorLabel("error-" + field);
        errors.put(field, l);
        return l;
    }

    private static VBox labelled(String text, YesNo control, Label error) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control.yes);
        label.setWrapText(true);
        VBox box = new VBox(6, label, control, error);
        box.getStyleClass().add("field");
        return box;
    }

    private static VBox grow(VBox box) {
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(200);
        return box;
    }
}
