package org.doorstep.app.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.doorstep.model.guessing.PinTries;

/**
 * Wrong PINs in a row, counted in a plain file beside the store (it must be read before the store is
 * open). The count goes up before a PIN is tried, so closing the app during the slow check does
 * not give a free try; a right PIN sets it back to zero. Someone who copies the files off the
 * tablet escapes this count, which is why the key derivation is slow as well ({@link Argon2id}).
 */
public final class UnlockTries {

    static final String FILE = "store.tries";

    private final Path file;
    private final PinTries rule;

    public UnlockTries(Path storeDir, PinTries rule) {
        this.file = storeDir.resolve(FILE);
        this.rule = rule;
    }

    public PinTries rule() {
        return rule;
    }

    public int wrongSoFar() {
        try {
            return Files.isRegularFile(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            // A damaged count must not reset the limit: treat it as one try from the end.
            return rule.limit() - 1;
        }
    }

    /** Counts one more try before it is made; returns the count including it. */
    public int countOne() {
        int n = wrongSoFar() + 1;
        write(n);
        return n;
    }

    public void reset() {
        write(0);
    }

    private void write(int n) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE + ".", ".tmp");
            Files.writeString(tmp, Integer.toString(n), StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot count the tries", e);
        }
    }
}
