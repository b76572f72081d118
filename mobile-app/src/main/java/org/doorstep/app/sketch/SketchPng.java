package org.doorstep.app.sketch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/**
 * PNG export of a sketch on the tablet, with JavaFX and java.util.zip only (no AWT/ImageIO, which
 * GluonFX native images for Android/iOS do not have). 8-bit RGB, one "Sub" filter per row, which
 * suits drawings with large flat areas.
 */
public final class SketchPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private SketchPng() {
    }

    /** The pad's sketch at its logical size (template, ink, pins), whatever the zoom. Call on the FX thread. */
    public static byte[] encode(SketchPad pad) {
        return encode(pad.render());
    }

    /** Writes the pad's sketch atomically (temp file, then rename). Call on the FX thread. */
    public static void write(SketchPad pad, Path file) throws IOException {
        write(pad.render(), file);
    }

    public static void write(Image image, Path file) throws IOException {
        byte[] png = encode(image);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".sketch", ".png.tmp");
        try {
            Files.write(tmp, png);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Any JavaFX image (e.g. a scene snapshot) as PNG bytes; transparency is flattened onto white. */
    public static byte[] encode(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (w < 1 || h < 1) {
            throw new IllegalArgumentException("image is empty");
        }
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[w];
        byte[] cur = new byte[w * 3];
        byte[] row = new byte[1 + w * 3];
        ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 8 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            for (int y = 0; y < h; y++) {
                reader.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), argb, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = argb[x];
                    int a = p >>> 24;
                    cur[3 * x] = (byte) over(p >> 16 & 0xFF, a);
                    cur[3 * x + 1] = (byte) over(p >> 8 & 0xFF, a);
                    cur[3 * x + 2] = (byte) over(p & 0xFF, a);
                }
                row[0] = 1; // Sub: each byte minus the byte of the pixel to its left
                for (int i = 0; i < cur.length; i++) {
                    row[1 + i] = (byte) (cur[i] - (i >= 3 ? cur[i - 3] : 0));
                }
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A channel composited over white. */
    private static int over(int c, int alpha) {
        return (c * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
