package org.doorstep.app.visit;

import org.doorstep.app.Ui;
import org.doorstep.model.property.PropertyChange;
import org.doorstep.model.wire.PropertyLine;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The child's belongings on the Changes step (R5.4-child-property): the list as the caseload had it,
 * each item with Moved, Lost and Returned, and new items. Each change becomes a row asking where the
 * item is now; the draft keeps them and the note signs them.
 */
final class BelongingsPresenter {

    private final VisitWizardView view;
    private final VisitDraft draft;
    private final Runnable changed;

    BelongingsPresenter(VisitWizardView view, VisitDraft draft, Runnable changed) {
        this.view = view;
        this.draft = draft;
        this.changed = changed;
        view.belongingsBox.setVisible(draft.belongings != null && !draft.correction());
        view.addBelonging.setOnAction(e -> add(new VisitDraft.PropertyEdit(PropertyChange.Kind.ADDED, null, "", "")));
        showListed();
        showChanges();
    }

    private void showListed() {
        view.belongings.getChildren().clear();
        if (draft.belongings == null) {
            return;
        }
        if (draft.belongings.isEmpty()) {
            view.belongings.getChildren().add(Ui.note("Nothing is listed yet."));
        }
        for (PropertyLine item : draft.belongings) {
            Label what = new Label(item.line());
            what.setWrapText(true);
            what.getStyleClass().add("review-value");
            FlowPane buttons = new FlowPane(10, 8);
            for (PropertyChange.Kind kind : new PropertyChange.Kind[] {PropertyChange.Kind.MOVED, PropertyChange.Kind.LOST,
                    PropertyChange.Kind.RETURNED}) {
                Button b = Ui.secondary(kind.words(), "belonging-" + item.id() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT));
                b.setAccessibleText(kind.words() + ": " + item.description());
                b.setOnAction(e -> add(new VisitDraft.PropertyEdit(kind, item.id(), null,
                        kind == PropertyChange.Kind.RETURNED ? "with the child" : "")));
                buttons.getChildren().add(b);
            }
            view.belongings.getChildren().add(new VBox(6, what, buttons));
        }
    }

    private void add(VisitDraft.PropertyEdit edit) {
        draft.propertyChanges.add(edit);
        changed.run();
        showChanges();
        Ui.reveal(view.propertyChanges.getChildren().get(view.propertyChanges.getChildren().size() - 1));
    }

    private void showChanges() {
        view.propertyChanges.getChildren().clear();
        for (int i = 0; i < draft.propertyChanges.size(); i++) {
            VisitDraft.PropertyEdit edit = draft.propertyChanges.get(i);
            VBox row = new VBox(8);
            row.getStyleClass().add("card");
            String id = "property-change-" + i;
            if (edit.kind == PropertyChange.Kind.ADDED) {
                TextField description = Ui.text(id + "-description", "e.g. blue bike; photo album of her nan");
                description.setText(edit.description);
                description.textProperty().addListener((o, a, b) -> {
                    edit.description = b;
                    changed.run();
                });
                row.getChildren().add(Ui.field("New item: what is it?", description, null));
            } else {
                Label what = new Label(edit.kind.words() + ": " + describe(edit.itemId));
                what.getStyleClass().add("review-label");
                what.setWrapText(true);
                row.getChildren().add(what);
            }
            TextField location = Ui.text(id + "-location", edit.kind == PropertyChange.Kind.LOST
                    ? "where it was last seen, if known" : "e.g. with her at the foster home");
            location.setText(edit.location);
            location.textProperty().addListener((o, a, b) -> {
                edit.location = b;
                changed.run();
            });
            row.getChildren().add(Ui.field(edit.kind == PropertyChange.Kind.LOST ? "Where was it last seen?"
                    : "Where is it now?", location, null));
            Button remove = Ui.secondary("Remove", id + "-remove");
            remove.setAccessibleText("Remove this change");
            remove.setOnAction(e -> {
                draft.propertyChanges.remove(edit);
                changed.run();
                showChanges();
            });
            row.getChildren().add(remove);
            view.propertyChanges.getChildren().add(row);
        }
    }

    private String describe(Long itemId) {
        return draft.belongings == null ? "item " + itemId : draft.belongings.stream().filter(p -> itemId != null && p.id() == itemId)
                .map(PropertyLine::description).findFirst().orElse("item " + itemId);
    }

    /** The review's lines: "Blue bike — moved: with her at the foster home". */
    static String lines(VisitDraft draft, java.util.List<PropertyChange> changes) {
        return changes.stream().map(c -> c.line(c.itemId() == null || draft.belongings == null ? "item " + c.itemId()
                : draft.belongings.stream().filter(p -> p.id() == c.itemId()).map(PropertyLine::description).findFirst()
                        .orElse("item " + c.itemId()))).collect(java.util.stream.Collectors.joining("\n"));
    }
}
