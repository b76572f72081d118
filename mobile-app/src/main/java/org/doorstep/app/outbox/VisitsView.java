package org.doorstep.app.outbox;

import org.doorstep.app.Ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Recent visits on this tablet with their sync status, and Sync now. */
public final class VisitsView extends VBox {

    public final Button caseload = Ui.secondary("Caseload", "caseload");
    public final Button lock = Ui.secondary("Lock", "visits-lock");
    public final Button syncNow = Ui.primary("Sync now", "sync-now");
    public final Label summary = Ui.note("");
    public final Label message = new Label();
    public final VBox list = new VBox(12);
    /** Files the server refused for good (R1-media): each says what, why and what to do. */
    public final VBox refusedFiles = new VBox(8);

    public VisitsView() {
        summary.setId("summary");
        message.setId("sync-message");
        message.setWrapText(true);
        message.getStyleClass().add("sync-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        list.setId("visit-list");
        refusedFiles.setId("refused-files");
        refusedFiles.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(refusedFiles.getChildren()));
        syncNow.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(16, summary, syncNow, message, refusedFiles, list);
        getChildren().addAll(Ui.header(new Label("Visits and sync"), caseload, lock), Ui.scrolling(content));
        getStyleClass().add("screen");
    }

    /** The files a visit's note signs, under its status on the card just added (R1-media). */
    public void addFiles(String noteId, String text) {
        Label l = new Label(text);
        l.setId("files-" + noteId);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        VBox card = (VBox) list.getChildren().get(list.getChildren().size() - 1);
        card.getChildren().add(card.getChildren().indexOf(card.lookup("#status-" + noteId)) + 1, l);
    }

    /** A file the server refused, as a warning above the visits; {@code n} numbers it from 0. */
    public void addRefusedFile(int n, String text) {
        Label l = new Label(text);
        l.setId("refused-file-" + n);
        l.setWrapText(true);
        l.getStyleClass().addAll("status", "status-refused");
        refusedFiles.getChildren().add(l);
    }

    /**
     * One visit's card; {@code failed} is the "Did not go ahead" tag, null for a visit that went ahead. {@code version} says how the note stands to its corrections (R11-rectify), or
     * is null; {@code correct} is offered only on the note that is current on this tablet.
     */
    public void addVisit(String noteId, String child, String when, String failed, String status, String state,
                         String version, Button correct) {
        Label c = new Label(child);
        c.getStyleClass().add("card-title");
        c.setWrapText(true);
        Label w = new Label(when);
        w.setWrapText(true);

        Label s = new Label(status);
        s.setId("status-" + noteId);
        s.setWrapText(true);
        s.getStyleClass().addAll("status", "status-" + state);
        Label id = new Label("Note " + noteId);
        id.getStyleClass().add("hint");
        id.setWrapText(true);
        VBox card = new VBox(6, c, w, s, id);
        if (version != null) {
            Label v = new Label(version);
            v.setId("version-" + noteId);
            v.setWrapText(true);
            v.getStyleClass().add("hint");
            card.getChildren().add(2, v);
        }
        if (failed != null) {
            // A visit that did not go ahead is marked as such, so nobody reads it as the child seen (R5.2-failed).
            Label f = new Label(failed);
            f.setId("failed-" + noteId);
            f.getStyleClass().addAll("status", "status-failed");
            card.getChildren().add(1, f);
        }
        if (correct != null) {
            card.getChildren().add(correct);
        }
        card.getStyleClass().add("card");
        list.getChildren().add(card);
    }
}
