package org.doorstep.app.visit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.doorstep.app.Ui;
import org.doorstep.app.media.VisitFiles;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.media.AttachmentRules;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The wizard's documents and photos (R1-media): a file chooser on the desktop (Gluon Attach's
 * pictures service has no desktop implementation, so the camera is not offered here), the list of
 * files with Remove, a refused file's reason beside the button. The bytes go straight into the
 * encrypted store; the draft keeps only each file's name, type, size and hash, which the note signs.
 */
final class FilesPresenter {

    private final VisitWizardView view;
    private final VisitDraft draft;
    private final Runnable changed;
    private final VisitFiles files;

    FilesPresenter(VisitWizardView view, VisitDraft draft, Runnable changed, VisitFiles files) {
        this.view = view;
        this.draft = draft;
        this.changed = changed;
        this.files = files;
        view.attachFile.setOnAction(e -> choose());
        showList();
    }

    private void choose() {
        File chosen = view.chooseFile.apply(view.getScene() == null ? null : view.getScene().getWindow());
        if (chosen != null) {
            attach(chosen.toPath());
        }
    }

    /** Keeps the file, encrypted, and names it in the draft; a refused file's reason is shown instead. */
    void attach(Path file) {
        try {
            long size = Files.size(file);
            if (size > AttachmentRules.MAX_BYTES) {
                // Not read into memory: its size alone refuses it.
                throw new IllegalArgumentException(AttachmentRules.refusal(file.getFileName().toString(),
                        "application/pdf", size).orElseThrow());
            }
            Attachment a = files.keep(file.getFileName().toString(), Files.readAllBytes(file));
            if (draft.attachments.stream().noneMatch(x -> x.sha256().equals(a.sha256()))) {
                draft.attachments.add(a);
            }
            view.fileError.setText("");
            changed.run();
            showList();
        } catch (IllegalArgumentException e) {
            view.fileError.setText(e.getMessage());
        } catch (IOException e) {
            view.fileError.setText("The file could not be read: " + e.getMessage());
        }
    }

    void showList() {
        view.fileList.getChildren().clear();
        if (draft.attachments.isEmpty()) {
            view.fileList.getChildren().add(Ui.note("No files attached."));
        }
        for (int i = 0; i < draft.attachments.size(); i++) {
            Attachment a = draft.attachments.get(i);
            Label name = new Label(a.name() + "  ·  " + AttachmentRules.inWords(a.size()));
            name.setId("file-" + i);
            name.setWrapText(true);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button remove = Ui.secondary("Remove", "remove-file-" + i);
            remove.setAccessibleText("Remove " + a.name());
            remove.setOnAction(e -> {
                draft.attachments.remove(a);
                changed.run();
                showList();
            });
            HBox row = new HBox(12, name, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            view.fileList.getChildren().add(row);
        }
    }
}
