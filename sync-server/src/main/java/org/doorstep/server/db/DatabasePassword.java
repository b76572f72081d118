package org.doorstep.server.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The embedded database's password: generated once, kept in {@value #FILE} in the data directory,
 * readable by the server's own user only (0600). Letters and digits only, so it can be written into
 * an SQL statement as it is.
 */
final class DatabasePassword {

    static final String FILE = "mariadb-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DatabasePassword() {
    }

    /** The password kept in {@code dir}, made on first use. */
    static String in(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(file)) {
                if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                }
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            // Written whole or not at all, and never readable by others even for a moment.
            Path tmp = Files.createTempFile(dir, FILE + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(tmp, b + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file);
            }
            return b.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep the embedded database's password in " + file + ": " + e.getMessage(), e);
        }
    }
}
