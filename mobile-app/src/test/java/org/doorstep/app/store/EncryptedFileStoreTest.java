package org.doorstep.app.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileStoreTest extends SecureStoreContract {

    static final char[] PIN = "482913".toCharArray();

    @TempDir
    Path dir;

    @Override
    protected SecureStore newStore() {
        return EncryptedFileStore.create(dir, PIN);
    }

    @Test
    @DisplayName("R13-at-rest: files on disk never hold the plain text, and the same PIN reopens them")
    void encryptedOnDisk() throws Exception {
        String secret = "Maya has a bruise on her left forearm";
        store.put("visit.json", secret.getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains("bruise"), f + " holds plain text");
                assertFalse(raw.contains("Maya"), f + " holds plain text");
            }
        }
        assertTrue(EncryptedFileStore.exists(dir));
        SecureStore again = EncryptedFileStore.open(dir, PIN);
        assertArrayEquals(secret.getBytes(StandardCharsets.UTF_8), again.get("visit.json").orElseThrow());
    }

    @Test
    @DisplayName("R13-at-rest: a wrong PIN does not open the store")
    void wrongPin() {
        store.put("visit.json", new byte[] {1, 2, 3});
        assertThrows(WrongPinException.class, () -> EncryptedFileStore.open(dir, "000001".toCharArray()));
    }

    @Test
    @DisplayName("R13-at-rest: writes are atomic (no temp files left) and a swapped file is refused")
    void atomicAndBound() throws Exception {
        store.put("a.json", "one".getBytes(StandardCharsets.UTF_8));
        store.put("b.json", "two".getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
        }
        Files.copy(dir.resolve("a.json.enc"), dir.resolve("b.json.enc"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThrows(StoreException.class, () -> store.get("b.json"));
    }

    @Test
    @DisplayName("R13-at-rest: a write cut off by a killed app leaves a temp file that the next open settles: a whole, newer one is kept, a torn one deleted")
    void leftoverTempFilesSettledOnOpen() throws Exception {
        store.put("outbox.json", "one note".getBytes(StandardCharsets.UTF_8));
        store.put("drafts.json", "old draft".getBytes(StandardCharsets.UTF_8));
        // A whole write of the outbox that was never renamed into place (killed between fsync and rename).
        EncryptedFileStore other = EncryptedFileStore.open(dir, PIN);
        Path outbox = dir.resolve("outbox.json.enc");
        byte[] before = Files.readAllBytes(outbox);
        other.put("outbox.json", "two notes".getBytes(StandardCharsets.UTF_8));
        Path whole = dir.resolve("outbox.json.enc.123456.tmp");
        Files.move(outbox, whole);
        Files.write(outbox, before);
        Files.setLastModifiedTime(outbox, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        // A torn write of the drafts (killed half way through).
        Path torn = dir.resolve("drafts.json.enc.654321.tmp");
        Files.write(torn, new byte[] {'D', 'S', '1', 9, 9, 9});

        SecureStore reopened = EncryptedFileStore.open(dir, PIN);

        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temp files left");
        }
        assertArrayEquals("two notes".getBytes(StandardCharsets.UTF_8), reopened.get("outbox.json").orElseThrow());
        assertArrayEquals("old draft".getBytes(StandardCharsets.UTF_8), reopened.get("drafts.json").orElseThrow());
    }

    @Test
    @DisplayName("R13-at-rest: production Argon2id parameters are 64 MiB, 4 passes, 1 lane; tests use cheaper ones through the setting")
    void productionParameters() {
        assertEquals(new Argon2id(65536, 4, 1), Argon2id.PRODUCTION);
        assertEquals(new Argon2id(64, 1, 1), Argon2id.current(), "the test suite runs with -Ddoorstep.store.argon2=64,1,1");
        String setting = System.clearProperty(Argon2id.SETTING);
        try {
            assertEquals(Argon2id.PRODUCTION, Argon2id.current());
        } finally {
            System.setProperty(Argon2id.SETTING, setting);
        }
    }

    @Test
    @DisplayName("R13-at-rest: the data key is wrapped under Argon2id, whose parameters the store records; a store keeps "
            + "opening with its own parameters when the setting changes")
    void keyFileRecordsItsParameters() throws Exception {
        store.put("visit.json", new byte[] {7});
        String keyFile = Files.readString(dir.resolve("store.key"));
        assertTrue(keyFile.contains("\"kdf\":\"argon2id\"") && keyFile.contains("\"memoryKiB\":64"), keyFile);
        assertFalse(Files.exists(dir.resolve("store.salt")));
        String setting = System.setProperty(Argon2id.SETTING, "128,2,1");
        try {
            assertArrayEquals(new byte[] {7}, EncryptedFileStore.open(dir, PIN).get("visit.json").orElseThrow());
        } finally {
            System.setProperty(Argon2id.SETTING, setting);
        }
    }

    @Test
    @DisplayName("R13-at-rest: a store made with the old PBKDF2 key opens with its PIN and is re-wrapped with Argon2id; "
            + "a wrong PIN still fails, and the old salt is gone")
    void legacyStoreIsRewrapped() throws Exception {
        Path old = dir.resolve("old");
        LegacyStore.write(old, PIN, Map.of("visit.json", "Maya was seen alone".getBytes(StandardCharsets.UTF_8)));
        assertTrue(EncryptedFileStore.exists(old));
        assertEquals("pbkdf2", EncryptedFileStore.kdf(old));
        assertThrows(WrongPinException.class, () -> EncryptedFileStore.open(old, "000001".toCharArray()));
        assertEquals("pbkdf2", EncryptedFileStore.kdf(old), "a wrong PIN changes nothing");

        SecureStore opened = EncryptedFileStore.open(old, PIN);
        assertEquals("Maya was seen alone", new String(opened.get("visit.json").orElseThrow(), StandardCharsets.UTF_8));
        assertEquals("argon2id", EncryptedFileStore.kdf(old));
        assertFalse(Files.exists(old.resolve("store.salt")), "the PBKDF2 salt is deleted");
        assertThrows(WrongPinException.class, () -> EncryptedFileStore.open(old, "000001".toCharArray()));
        SecureStore again = EncryptedFileStore.open(old, PIN);
        assertEquals("Maya was seen alone", new String(again.get("visit.json").orElseThrow(), StandardCharsets.UTF_8));
        again.put("later.json", new byte[] {1});
        assertArrayEquals(new byte[] {1}, EncryptedFileStore.open(old, PIN).get("later.json").orElseThrow());
    }
}
