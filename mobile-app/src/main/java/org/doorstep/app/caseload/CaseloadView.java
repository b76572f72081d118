package org.doorstep.app.caseload;

import java.util.List;
import java.util.function.Supplier;

import org.doorstep.app.Ui;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The practitioner's children, each with a Start visit button. */
public final class CaseloadView extends VBox {

    public final Label title = new Label("Doorstep");
    public final Button visits = Ui.secondary("Visits & sync", "visits");
    public final Button lock = Ui.secondary("Lock", "lock");
    public final Button refresh = Ui.secondary("Refresh", "refresh");
    public final Label status = Ui.note("");
    public final Label who = new Label();
    public final VBox resumeBox = new VBox(8);
    public final Label resumeText = new Label();
    public final Button resume = Ui.primary("Carry on", "resume");
    public final Button discard = Ui.secondary("Discard draft", "discard");
    /** Asked before a draft is thrown away: what will be lost, and that it cannot be undone. */
    public final VBox confirmBox = new VBox(8);
    public final Label confirmText = new Label();
    public final Button confirmDiscard = Ui.secondary("Yes, discard it", "confirm-discard");
    public final Button keep = Ui.primary("No, keep it", "keep-draft");
    public final VBox cases = new VBox(12);
    /** About a tablet screen's worth of cards: built before the screen's first frame. */
    public static final int FIRST_CARDS = 10;
    /** Few enough per FX event that a tap or a scroll between batches is answered at once. */
    static final int MORE_CARDS = 8;
    /** Counts fills, so a batch from an earlier fill knows it is stale. */
    private int fills;

    public CaseloadView() {
        status.setId("caseload-status");
        resumeText.setWrapText(true);
        resumeText.getStyleClass().add("banner-text");
        HBox resumeActions = new HBox(10, resume, discard);
        resumeActions.managedProperty().bind(resumeActions.visibleProperty());
        resumeActions.visibleProperty().bind(confirmBox.visibleProperty().not());
        confirmText.setId("confirm-discard-text");
        confirmText.setWrapText(true);
        confirmText.getStyleClass().add("field-error");
        confirmDiscard.getStyleClass().add("danger");
        keep.setMinWidth(Region.USE_PREF_SIZE);
        confirmDiscard.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        // side by side on a tablet, one under the other on a phone: never cut short
        confirmBox.getChildren().addAll(confirmText, new javafx.scene.layout.FlowPane(10, 10, keep, confirmDiscard));
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        confirmBox.setVisible(false);
        resumeBox.getChildren().addAll(resumeText, resumeActions, confirmBox);
        resumeBox.getStyleClass().add("banner");
        resumeBox.managedProperty().bind(resumeBox.visibleProperty());
        resumeBox.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A long status (e.g. waiting for approval) wraps; the button keeps its word.
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox statusRow = new HBox(10, status, spacer, refresh);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        who.setId("who");
        who.setWrapText(true);
        who.getStyleClass().add("who");
        VBox content = new VBox(16, who, resumeBox, statusRow, cases);
        getChildren().addAll(Ui.header(title, visits, lock), Ui.scrolling(content));
        getStyleClass().add("screen");
    }

    /**
     * Puts {@code cards} (built when their turn comes) into {@link #cases} a batch at a time: the first
     * {@value #FIRST_CARDS} at once, so they are in the screen's first frame, then {@value #MORE_CARDS} per
     * FX event. Building a card (labels, buttons, CSS) is what kept a 40-case caseload off the screen for up
     * to a second at launch (issue 14), and a practitioner sees the first few before scrolling anyway.
     * Filling stops when this screen is left (the navigator shows another root) or is filled afresh, so a
     * chain never builds cards nobody sees or mixes two caseloads. On the FX thread.
     */
    public void fill(List<Supplier<Node>> cards) {
        int mine = ++fills;
        cases.getChildren().clear();
        addCards(cards, 0, FIRST_CARDS, mine);
    }

    private void addCards(List<Supplier<Node>> cards, int from, int count, int mine) {
        int to = Math.min(cards.size(), from + count);
        for (int i = from; i < to; i++) {
            cases.getChildren().add(cards.get(i).get());
        }
        if (to < cards.size()) {
            Platform.runLater(() -> {
                if (mine == fills && getScene() != null) {
                    addCards(cards, to, MORE_CARDS, mine);
                }
            });
        }
    }

    /** The heading of the team's duty list, below the practitioner's own cases (R14-cover). */
    public static VBox dutyHeading() {
        Label h = Ui.heading("Duty list: your team's unallocated cases");
        h.setId("duty-heading");
        return new VBox(4, h, Ui.note("Visit one of these only when you are on duty; the visit asks why."));
    }

    /** One child's card: Start visit, and the read-only Record beside it; {@code basis} marks cover or duty. */
    public static VBox card(String caseId, String name, String facts, String address, String lastVisit, Button start,
                            Button record, String basis) {
        Label n = new Label(name);
        n.getStyleClass().add("card-title");
        n.setWrapText(true);
        Label f = new Label(facts);
        f.setWrapText(true);
        Label a = new Label(address);
        a.setWrapText(true);
        Label l = new Label(lastVisit);
        l.setId("last-visit-" + caseId);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        start.setId("start-" + caseId);
        start.setMaxWidth(Double.MAX_VALUE);
        record.setId("record-" + caseId);
        record.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(start, Priority.ALWAYS);
        HBox actions = new HBox(10, start, record);
        VBox card = new VBox(6, n, f, a, l, actions);
        if (basis != null) {
            // R14-cover: a case held as cover or on the duty list says so on its card.
            Label b = new Label(basis);
            b.setId("basis-" + caseId);
            b.getStyleClass().addAll("status", "status-queued");
            b.setWrapText(true);
            card.getChildren().add(1, b);
        }
        card.getStyleClass().add("card");
        card.setId("case-" + caseId);
        return card;
    }
}
