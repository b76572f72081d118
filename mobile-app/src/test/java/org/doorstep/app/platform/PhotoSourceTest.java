package org.doorstep.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.attach.pictures.PicturesService;
import java.io.File;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With TestFX's toolkit, as a photo is a JavaFX image. */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class PhotoSourceTest {

    @Test
    @DisplayName("R1-media: on the desktop Attach has no pictures service, so the visit offers the file chooser, "
            + "and its button says to attach a document or photo")
    void desktopFallsBackToTheFileChooser() {
        PhotoSource here = PhotoSource.ofThisDevice();
        assertFalse(here.camera(), "Gluon Attach's pictures service has no desktop implementation");
        assertEquals("+ Attach a document or photo", here.action());
    }

    /**
     * Gluon's own interface, as a device would provide it (the only way to run the device path on a
     * desktop): the photo taken is saved to a file, which is what the visit keeps.
     */
    @Test
    @DisplayName("R1-media: where Attach offers a camera the visit takes a photo with it and keeps the saved photo's "
            + "file; a cancelled photo adds nothing")
    void deviceUsesTheCamera() {
        File taken = new File("/sdcard/DCIM/photo-1.jpg");
        PhotoSource device = new PhotoSource(Optional.of(new Camera(Optional.of(taken))));
        assertTrue(device.camera());
        assertEquals("+ Take a photo", device.action());
        assertEquals(taken, device.picker().apply(null));
        assertNull(new PhotoSource(Optional.of(new Camera(Optional.empty()))).picker().apply(null));
    }

    private record Camera(Optional<File> saved) implements PicturesService {
        @Override
        public Optional<Image> takePhoto(boolean savePhoto) {
            return saved.isPresent() && savePhoto ? Optional.of(new javafx.scene.image.WritableImage(1, 1)) : Optional.empty();
        }

        @Override
        public void asyncTakePhoto(boolean savePhoto) {
        }

        @Override
        public Optional<Image> loadImageFromGallery() {
            return Optional.empty();
        }

        @Override
        public void asyncLoadImageFromGallery() {
        }

        @Override
        public Optional<File> getImageFile() {
            return saved;
        }

        @Override
        public ReadOnlyObjectProperty<Image> imageProperty() {
            return new SimpleObjectProperty<>();
        }
    }
}
