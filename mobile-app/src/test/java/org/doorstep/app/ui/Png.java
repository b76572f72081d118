package org.doorstep.app.ui;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Writes a JavaFX image as PNG without AWT (ImageIO/SwingFXUtils are not available headless here). */
public final class Png {

    private Png() {
    }

    /**
     * With {@code -Dscreenshots=DIR}, writes the scene as {@code DIR/name<suffix>.png}
     * ({@code -Dscreenshots.suffix}, e.g. "-phone"); without it, nothing. Taken on the FX thread
     * once pending events have run, so the picture is what a person would see.
     */
    public static void screenshot(org.testfx.api.FxRobot robot, Scene scene, String name) throws IOException {
        String dir = System.getProperty("screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of(dir, name + System.getProperty("screenshots.suffix", "") + ".png");
        IOException[] failure = new IOException[1];
        robot.interact(() -> {
            try {
                snapshot(scene, file);
            } catch (IOException ex) {
                failure[0] = ex;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    public static void snapshot(Scene scene, Path file) throws IOException {
        WritableImage img = scene.snapshot(null);
        write(img, file);
    }

    public static void write(WritableImage img, Path file) throws IOException {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        PixelReader r = img.getPixelReader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] row = new byte[1 + w * 3];
            for (int y = 0; y < h; y++) {
                row[0] = 0;
                for (int x = 0; x < w; x++) {
                    int argb = r.getArgb(x, y);
                    row[1 + x * 3] = (byte) (argb >> 16);
                    row[2 + x * 3] = (byte) (argb >> 8);
                    row[3 + x * 3] = (byte) argb;
                }
                z.write(row);
            }
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); DataOutputStream d = new DataOutputStream(out)) {
            d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream i = new DataOutputStream(ihdr);
            i.writeInt(w);
            i.writeInt(h);
            i.write(new byte[] {8, 2, 0, 0, 0});
            chunk(d, "IHDR", ihdr.toByteArray());
            chunk(d, "IDAT", raw.toByteArray());
            chunk(d, "IEND", new byte[0]);
        }
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
