package org.doorstep.app.visit;

import java.util.List;

import org.doorstep.app.Ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The review before signing: the note in sections, one per step, each with a Change button that
 * opens its step; the plain-language advice left in the note. Passive: {@link ReviewPresenter} fills it.
 */
final class ReviewPage {

    /** The note as it will be signed. */
    final VBox review = new VBox(14);
    /** Jargon, unexplained acronyms and judgemental wording still in the note (R10-plain, advice only). */
    final Label jargon = new Label();
    final VBox jargonBox;

    ReviewPage() {
        review.setId("review");
        jargon.setId("review-jargon");
        jargon.setWrapText(true);
        jargon.setMaxWidth(Double.MAX_VALUE);
        jargon.getStyleClass().add("advice");
        Label heading = new Label("Plain and respectful language (advice only; you can still sign)");
        heading.getStyleClass().add("review-label");
        heading.setWrapText(true);
        jargonBox = new VBox(6, heading, jargon);
        jargonBox.getStyleClass().add("card");
        jargonBox.managedProperty().bind(jargonBox.visibleProperty());
        jargonBox.visibleProperty().bind(jargon.textProperty().isNotEmpty());
    }

    void clear() {
        review.getChildren().clear();
    }

    /** A section of the review for one step; {@code change}, when given, opens that step. */
    VBox section(Step step, Button change) {
        return section(step.title(), step, change);
    }

    VBox section(String heading, Step step, Button change) {
        Label title = new Label(heading);
        title.getStyleClass().add("review-section");
        title.setWrapText(true);
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer);
        top.setAlignment(Pos.CENTER_LEFT);
        if (change != null) {
            change.setId("review-edit-" + step.name());
            change.setAccessibleText("Change: " + step.title());
            change.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(change);
        }
        VBox section = new VBox(10, top);
        section.getStyleClass().add("review-block");
        review.getChildren().add(section);
        return section;
    }

    static void row(VBox section, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("review-label");
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.getStyleClass().add("review-value");
        v.setWrapText(true);
        v.setMaxWidth(Double.MAX_VALUE);
        section.getChildren().add(new VBox(2, l, v));
    }

    /** The sketches: each a small picture with its caption and what it holds beside it (under it on a phone). */
    void sketches(VBox section, List<Image> previews, List<String> captions, List<String> summaries) {
        VBox pictures = new VBox(12);
        pictures.setId("review-sketches");
        for (int i = 0; i < previews.size(); i++) {
            ImageView picture = new ImageView(previews.get(i));
            picture.setAccessibleText("Sketch " + captions.get(i));
            Label c = new Label(captions.get(i));
            c.getStyleClass().add("review-value");
            c.setWrapText(true);
            Label sum = new Label(summaries.get(i));
            sum.getStyleClass().addAll("review-value", "hint");
            sum.setWrapText(true);
            VBox text = new VBox(4, c, sum);
            text.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(150, Math.min(380, review.getWidth() - 30)), review.widthProperty()));
            FlowPane one = new FlowPane(14, 8, picture, text);
            one.prefWrapLengthProperty().bind(review.widthProperty());
            one.getStyleClass().add("review-sketch");
            pictures.getChildren().add(one);
        }
        section.getChildren().add(pictures);
    }

    static Button changeButton() {
        return Ui.secondary("Change", null);
    }
}
