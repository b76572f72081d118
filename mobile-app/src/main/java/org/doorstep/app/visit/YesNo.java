package org.doorstep.app.visit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** A large Yes / No choice that may also be unanswered (null). */
public final class YesNo extends HBox {

    public final ToggleButton yes = new ToggleButton("Yes");
    public final ToggleButton no = new ToggleButton("No");
    private final ObjectProperty<Boolean> value = new SimpleObjectProperty<>();

    public YesNo(String id, String question) {
        super(10);
        ToggleGroup group = new ToggleGroup();
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.setId(id + "-yes");
        no.setId(id + "-no");
        yes.setAccessibleText(question + " Yes");
        no.setAccessibleText(question + " No");
        yes.getStyleClass().add("choice");
        no.getStyleClass().add("choice");
        getChildren().addAll(yes, no);
        getStyleClass().add("yes-no");
        group.selectedToggleProperty().addListener((o, a, b) ->
                value.set(b == null ? null : b == yes));
        value.addListener((o, a, b) -> {
            if (b == null) {
                group.selectToggle(null);
            } else {
                group.selectToggle(b ? yes : no);
            }
        });
    }

    public ObjectProperty<Boolean> valueProperty() {
        return value;
    }
}
