package org.doorstep.app.platform;

import com.gluonhq.attach.pictures.PicturesService;
import com.gluonhq.attach.util.Services;
import java.io.File;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a visit's photo or document comes from (R1-media): on a phone or tablet, the camera through
 * Gluon Attach's pictures service (the photo is saved, and its file is what the visit keeps); on the
 * desktop, where Attach has no pictures implementation, the desktop's file chooser.
 */
public final class PhotoSource {

    private final Optional<PicturesService> camera;

    PhotoSource(Optional<PicturesService> camera) {
        this.camera = camera;
    }

    /** This device's: the camera when Attach offers one, else the file chooser. */
    public static PhotoSource ofThisDevice() {
        try {
            // Asked on the desktop, Attach logs a warning each time that it has no implementation there.
            if (com.gluonhq.attach.util.Platform.isDesktop()) {
                return new PhotoSource(Optional.empty());
            }
            return new PhotoSource(Services.get(PicturesService.class));
        } catch (RuntimeException | LinkageError noAttach) {
            return new PhotoSource(Optional.empty());
        }
    }

    public boolean camera() {
        return camera.isPresent();
    }

    /** What the button says: a person with a camera in hand takes a photo; at a desk they pick a file. */
    public String action() {
        return camera() ? "+ Take a photo" : "+ Attach a document or photo";
    }

    /** The file a person took or picked, or null when they cancelled. */
    public Function<Window, File> picker() {
        return camera.<Function<Window, File>>map(p -> window -> p.takePhoto(true).flatMap(photo -> p.getImageFile())
                .orElse(null)).orElse(PhotoSource::choose);
    }

    private static File choose(Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach a document or photo");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Documents and photos",
                "*.pdf", "*.jpg", "*.jpeg", "*.png", "*.docx", "*.odt", "*.txt"));
        return chooser.showOpenDialog(window);
    }
}
