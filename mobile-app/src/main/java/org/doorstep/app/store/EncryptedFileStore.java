package org.doorstep.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.doorstep.model.json.Json;

/**
 * Files in one folder, each encrypted with AES-256-GCM under the store's own random 256-bit data
 * key (R13-at-rest). Each file is {@code magic | 12-byte nonce | ciphertext+tag}, with the file's
 * name as associated data so one blob cannot be swapped for another. Writes go to a temp file which
 * is fsynced and then atomically renamed over the old one.
 *
 * <p>The data key is kept in {@code store.key}, wrapped (AES-GCM) under a key derived from the
 * practitioner's PIN or passphrase with {@link Argon2id}; the file also holds the salt and the
 * Argon2 parameters, so changing them later never strands a store. A store made before Argon2id
 * ({@code store.salt}: PBKDF2WithHmacSHA256, {@value #LEGACY_ITERATIONS} iterations, whose derived
 * key encrypted the files directly) still opens with its PIN, and is re-wrapped on that first
 * opening: the PBKDF2 key becomes the data key, wrapped under Argon2id, and {@code store.salt} goes.
 */
public final class EncryptedFileStore implements SecureStore {

    /** PBKDF2 iterations of stores made before Argon2id; only read, never used for a new store. */
    public static final int LEGACY_ITERATIONS = 210_000;
    private static final String LEGACY_SALT_FILE = "store.salt";
    private static final String KEY_FILE = "store.key";
    private static final String CHECK_NAME = "store.check";
    private static final byte[] CHECK_TEXT = "doorstep-store-v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY_AAD = "doorstep-store-key-v2".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MAGIC = {'D', 'S', '1'};
    private static final String SUFFIX = ".enc";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What {@code store.key} holds: how to turn the secret into the key that unwraps the data key. */
    record KeyFile(String kdf, int memoryKiB, int iterations, int parallelism, String salt, String secret,
                   String wrappedKey) {

        Argon2id argon2() {
            return new Argon2id(memoryKiB, iterations, parallelism);
        }
    }

    private final Path dir;
    private final SecretKey key;

    private EncryptedFileStore(Path dir, SecretKey key) {
        this.dir = dir;
        this.key = key;
    }

    /** True when a store has been created in this folder (the device is enrolled). */
    public static boolean exists(Path dir) {
        return (Files.isRegularFile(dir.resolve(KEY_FILE)) || Files.isRegularFile(dir.resolve(LEGACY_SALT_FILE)))
                && Files.isRegularFile(dir.resolve(CHECK_NAME + SUFFIX));
    }

    /** Makes a new, empty store in {@code dir} locked by a PIN; any old store there is wiped. */
    public static EncryptedFileStore create(Path dir, char[] pin) {
        return create(dir, pin, UnlockSecret.Kind.PIN);
    }

    /** Makes a new, empty store in {@code dir} locked by {@code secret}; any old store there is wiped. */
    public static EncryptedFileStore create(Path dir, char[] secret, UnlockSecret.Kind kind) {
        try {
            Files.createDirectories(dir);
            wipe(dir);
            byte[] dataKey = new byte[32];
            RANDOM.nextBytes(dataKey);
            wrap(dir, dataKey, secret, kind);
            EncryptedFileStore store = new EncryptedFileStore(dir, new SecretKeySpec(dataKey, "AES"));
            store.put(CHECK_NAME, CHECK_TEXT);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("Cannot create the store in " + dir, e);
        }
    }

    /** Whether the store in {@code dir} is opened with a PIN or a passphrase (a store made before passphrases: a PIN). */
    public static UnlockSecret.Kind secretKind(Path dir) {
        try {
            Path file = dir.resolve(KEY_FILE);
            if (!Files.isRegularFile(file)) {
                return UnlockSecret.Kind.PIN;
            }
            KeyFile k = Json.read(Files.readString(file), KeyFile.class);
            return UnlockSecret.Kind.PASSPHRASE.name().equals(k.secret()) ? UnlockSecret.Kind.PASSPHRASE : UnlockSecret.Kind.PIN;
        } catch (IOException | RuntimeException e) {
            return UnlockSecret.Kind.PIN;
        }
    }

    /** Opens the store in {@code dir} with its PIN or passphrase; an old PBKDF2 store is re-wrapped with Argon2id. */
    public static EncryptedFileStore open(Path dir, char[] secret) throws WrongPinException {
        try {
            Path keyFile = dir.resolve(KEY_FILE);
            EncryptedFileStore store;
            if (Files.isRegularFile(keyFile)) {
                KeyFile k = Json.read(Files.readString(keyFile), KeyFile.class);
                byte[] kek = k.argon2().derive(secret, Base64.getDecoder().decode(k.salt()));
                byte[] wrapped = Base64.getDecoder().decode(k.wrappedKey());
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, wrapped, 0, 12));
                c.updateAAD(KEY_AAD);
                byte[] dataKey = c.doFinal(wrapped, 12, wrapped.length - 12);
                store = new EncryptedFileStore(dir, new SecretKeySpec(dataKey, "AES"));
                store.check();
            } else {
                byte[] salt = Files.readAllBytes(dir.resolve(LEGACY_SALT_FILE));
                store = new EncryptedFileStore(dir, legacyKey(secret, salt));
                store.check();
                // Re-wrap: the key file is written (atomically) before the salt goes, so a crash between
                // the two leaves a store that opens by its key file; the salt is then only clutter.
                wrap(dir, store.key.getEncoded(), secret, UnlockSecret.Kind.PIN);
                Files.deleteIfExists(dir.resolve(LEGACY_SALT_FILE));
                syncDir(dir);
            }
            store.settleLeftovers();
            return store;
        } catch (AEADBadTagException e) {
            throw new WrongPinException();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new StoreException("Cannot open the store in " + dir, e);
        }
    }

    /** Which key derivation guards the store in {@code dir}: "argon2id" or, for a store not yet re-wrapped, "pbkdf2". */
    public static String kdf(Path dir) {
        return Files.isRegularFile(dir.resolve(KEY_FILE)) ? "argon2id" : "pbkdf2";
    }

    private void check() throws GeneralSecurityException, IOException, WrongPinException {
        byte[] check = decrypt(CHECK_NAME, Files.readAllBytes(dir.resolve(CHECK_NAME + SUFFIX)));
        if (!Arrays.equals(check, CHECK_TEXT)) {
            throw new WrongPinException();
        }
    }

    /** Writes {@code store.key}: the data key wrapped under Argon2id of the secret, with a new salt. */
    private static void wrap(Path dir, byte[] dataKey, char[] secret, UnlockSecret.Kind kind)
            throws IOException, GeneralSecurityException {
        Argon2id params = Argon2id.current();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] kek = params.derive(secret, salt);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(KEY_AAD);
        byte[] sealed = c.doFinal(dataKey);
        byte[] wrapped = ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
        Base64.Encoder b64 = Base64.getEncoder();
        KeyFile file = new KeyFile("argon2id", params.memoryKiB(), params.iterations(), params.parallelism(),
                b64.encodeToString(salt), kind.name(), b64.encodeToString(wrapped));
        writeAtomically(dir, KEY_FILE, Json.write(file).getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes every file of a store in {@code dir} (forget this device). */
    public static void wipe(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (n.endsWith(SUFFIX) || n.equals(LEGACY_SALT_FILE) || n.equals(KEY_FILE) || n.equals(UnlockTries.FILE)
                        || n.endsWith(".tmp")) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * A write the app did not finish (killed, flat battery) leaves its temporary file behind. One that
     * was written whole (it decrypts) and is newer than the file it was meant to replace is what the
     * app last meant to keep, so it takes that file's place; any other is deleted. Oldest first, so the
     * newest whole one wins.
     */
    private void settleLeftovers() throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.tmp")) {
            files.forEach(leftovers::add);
        }
        leftovers.sort(Comparator.comparing(EncryptedFileStore::modified));
        for (Path tmp : leftovers) {
            String n = tmp.getFileName().toString();
            int at = n.lastIndexOf(SUFFIX + ".");
            Path target = at > 0 ? dir.resolve(n.substring(0, at) + SUFFIX) : null;
            if (target != null && whole(n.substring(0, at), tmp)
                    && (!Files.exists(target) || modified(tmp).compareTo(modified(target)) >= 0)) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(tmp);
            }
        }
        if (!leftovers.isEmpty()) {
            syncDir(dir);
        }
    }

    private boolean whole(String name, Path tmp) {
        try {
            decrypt(name, Files.readAllBytes(tmp));
            return true;
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void put(String name, byte[] data) {
        SecureStore.checkName(name);
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(data);
            ByteBuffer out = ByteBuffer.allocate(MAGIC.length + nonce.length + sealed.length);
            out.put(MAGIC).put(nonce).put(sealed);
            writeAtomically(dir, name + SUFFIX, out.array());
        } catch (GeneralSecurityException | IOException e) {
            throw new StoreException("Cannot save " + name, e);
        }
    }

    @Override
    public Optional<byte[]> get(String name) {
        SecureStore.checkName(name);
        Path file = dir.resolve(name + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decrypt(name, Files.readAllBytes(file)));
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("Cannot read " + name + " (damaged or from another store)", e);
        }
    }

    @Override
    public void delete(String name) {
        SecureStore.checkName(name);
        try {
            Files.deleteIfExists(dir.resolve(name + SUFFIX));
            syncDir(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot delete " + name, e);
        }
    }

    @Override
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                n = n.substring(0, n.length() - SUFFIX.length());
                if (!n.equals(CHECK_NAME)) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the store", e);
        }
        return names;
    }

    private byte[] decrypt(String name, byte[] blob) throws GeneralSecurityException {
        if (blob.length < MAGIC.length + 12 + 16 || !Arrays.equals(Arrays.copyOf(blob, MAGIC.length), MAGIC)) {
            throw new GeneralSecurityException("Not a Doorstep store file");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, blob, MAGIC.length, 12));
        c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        int offset = MAGIC.length + 12;
        return c.doFinal(blob, offset, blob.length - offset);
    }

    /** The PBKDF2 key of a store made before Argon2id; for opening and re-wrapping it only. */
    private static SecretKey legacyKey(char[] pin, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin, salt, LEGACY_ITERATIONS, 256);
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    private static void writeAtomically(Path dir, String fileName, byte[] bytes) throws IOException {
        Path target = dir.resolve(fileName);
        Path tmp = Files.createTempFile(dir, fileName + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDir(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename durable; not every platform lets a directory be opened, so best effort. */
    private static void syncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows and some Android file systems: the rename is still atomic, only not forced.
        }
    }
}
