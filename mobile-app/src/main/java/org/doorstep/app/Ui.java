package org.doorstep.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Small builders shared by the views, so every screen looks and behaves the same. */
public final class Ui {

    /** Widest a column of form fields gets; wider is hard to read. */
    public static final double CONTENT_WIDTH = 760;

    private Ui() {
    }

    /** The top bar: a title and actions on the right, wrapping under the title on a phone. */
    public static HBox header(Label title, Node... actions) {
        title.getStyleClass().add("header-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.getChildren().add(title);
        bar.getChildren().add(spacer);
        for (Node a : actions) {
            if (a instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.getChildren().addAll(actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("header");
        bar.setMinHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    /** A column of content at most {@link #CONTENT_WIDTH} wide, centred, scrolling when long. */
    public static ScrollPane scrolling(VBox content) {
        content.setMaxWidth(CONTENT_WIDTH);
        content.setPadding(new Insets(20, 20, 28, 20));
        StackPane centre = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /** Scrolls the page that holds {@code node} so the node is in view (ScrollPane does not follow focus). */
    public static void reveal(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        if (!(n instanceof ScrollPane sp) || sp.getContent() == null) {
            return;
        }
        Node content = sp.getContent();
        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        double extra = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
        if (extra > 0) {
            double top = sp.getVvalue() * extra;
            double bottom = top + sp.getViewportBounds().getHeight();
            double h = node.getBoundsInLocal().getHeight();
            if (y < top || y + h > bottom) {
                sp.setVvalue(Math.max(0, Math.min(1, (y - 24) / extra)));
            }
        }
    }

    /** The red message shown right beside a field; empty and taking no room until there is one. */
    public static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /** Label above control above its error, read by a screen reader as one field. */
    public static VBox field(String labelText, Control control, Label error) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        control.setAccessibleText(labelText);
        control.setMaxWidth(Double.MAX_VALUE);
        if (error != null) {
            error.textProperty().addListener((o, a, b) ->
                    control.setAccessibleHelp(b == null || b.isEmpty() ? null : b));
            error.textProperty().addListener((o, a, b) -> {
                control.getStyleClass().remove("invalid");
                if (b != null && !b.isEmpty()) {
                    control.getStyleClass().add("invalid");
                }
            });
        }
        VBox box = error == null ? new VBox(6, label, control) : new VBox(6, label, control, error);
        box.getStyleClass().add("field");
        return box;
    }

    /** A question answered by a group of choices (radio buttons): its label above, its error below. */
    public static VBox choices(String labelText, javafx.scene.Node group, Label error) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(6, label, group, error);
        box.getStyleClass().add("field");
        return box;
    }

    public static TextField text(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }

    public static TextArea area(String id, String prompt, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setPromptText(prompt);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        return t;
    }

    public static Button primary(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("primary");
        b.setDefaultButton(false);
        return b;
    }

    public static Button secondary(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("secondary");
        return b;
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        l.setWrapText(true);
        return l;
    }

    public static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /**
     * Shows each problem beside its field (the first message for a field wins), clears the others,
     * and brings the first message in sight with its field above it, rather than the button just tapped.
     */
    public static void showBeside(java.util.Map<String, Label> errors, java.util.List<org.doorstep.model.visit.Violation> problems) {
        errors.values().forEach(l -> l.setText(""));
        Node first = null;
        for (org.doorstep.model.visit.Violation v : problems) {
            Label label = errors.get(v.field());
            if (label != null && label.getText().isEmpty()) {
                label.setText(v.message());
                first = first == null ? label.getParent() : first;
            }
        }
        if (first != null) {
            reveal(first);
        }
    }
}
