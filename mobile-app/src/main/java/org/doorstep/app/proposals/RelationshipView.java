package org.doorstep.app.proposals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.doorstep.app.Ui;
import org.doorstep.model.family.FamilyPerson;
import org.doorstep.model.family.Relationship;

/**
 * Propose a relationship for the child's genogram (R5.6-genogram): two of the case's people, how they
 * are related, optional dates and why. Passive; each message appears beside its field.
 */
public final class RelationshipView extends VBox {

    public final Label title = new Label("Propose a relationship");
    public final Button back = Ui.secondary("Back", "relationship-back");
    public final Label childName = new Label();
    public final ComboBox<FamilyPerson> from = people("relationship-from");
    public final ToggleGroup kind = new ToggleGroup();
    public final Map<String, RadioButton> kinds = new LinkedHashMap<>();
    public final ComboBox<FamilyPerson> to = people("relationship-to");
    public final DatePicker since = new DatePicker();
    public final DatePicker until = new DatePicker();
    public final TextArea reason = Ui.area("relationship-reason", "what you saw or were told, and by whom", 3);
    /** The proposal in words as it is chosen: "Jo Thompson is partner of Sam Hughes since 1 Mar 2021". */
    public final Label preview = Ui.note("");
    public final Button propose = Ui.primary("Propose to my supervisor", "relationship-propose");
    public final Label status = Ui.note("");
    public final Map<String, Label> errors = new HashMap<>();

    public RelationshipView() {
        childName.setId("relationship-child");
        childName.getStyleClass().add("who");
        childName.setWrapText(true);
        since.setId("relationship-since");
        until.setId("relationship-until");
        org.doorstep.app.visit.Days.editable(since);
        org.doorstep.app.visit.Days.editable(until);
        preview.setId("relationship-preview");
        preview.setWrapText(true);
        status.setId("relationship-status");
        FlowPane ways = new FlowPane(16, 10);
        for (String k : Relationship.FORM_KINDS) {
            RadioButton r = new RadioButton(Relationship.verbOf(k));
            r.setId("relationship-kind-" + k);
            r.setUserData(k);
            r.setToggleGroup(kind);
            kinds.put(k, r);
            ways.getChildren().add(r);
        }
        VBox kindBox = Ui.choices("How are they related?", ways, error("relationKind"));
        VBox content = new VBox(16, childName,
                Ui.note("Your supervisor confirms or rejects it on the workspace; once confirmed it is on the genogram. "
                        + "It is kept on this tablet and sent at the next sync, with or without a signal now."),
                Ui.field("First person", from, error("relationFrom")), kindBox,
                Ui.field("Second person", to, error("relationTo")),
                Ui.field("Since (optional)", since, error("since")),
                Ui.field("Until (optional, for a partnership that ended)", until, error("until")),
                Ui.field("Why do you propose it?", reason, error("reason")),
                preview, new HBox(10, propose), status);
        getChildren().addAll(Ui.header(title, back), Ui.scrolling(content));
        getStyleClass().add("screen");
    }

    private static ComboBox<FamilyPerson> people(String id) {
        ComboBox<FamilyPerson> c = new ComboBox<>();
        c.setId(id);
        c.setPromptText("Choose someone");
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(FamilyPerson p) {
                return p == null ? "" : p.name() + (p.child() ? " (the child)" : "");
            }

            @Override
            public FamilyPerson fromString(String s) {
                return null;
            }
        });
        return c;
    }

    private Label error(String field) {
        Label l = Ui.errorLabel("relationship-error-" + field);
        errors.put(field, l);
        return l;
    }
}
