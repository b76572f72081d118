package org.doorstep.app.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.doorstep.app.store.UnlockSecret;
import org.doorstep.app.store.WrongPinException;
import org.doorstep.app.sync.FakeServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrolmentsTest {

    @TempDir
    Path home;

    @Test
    @DisplayName("R13-auth R13-at-rest R15-lost-device: enrolment keeps the device key only inside the PIN-encrypted store; the PIN unlocks it later")
    void enrolThenUnlock() throws Exception {
        try (FakeServer server = new FakeServer()) {
            Enrolments enrolments = new Enrolments(home, Clock.systemUTC());
            assertFalse(enrolments.enrolled());
            Session s = enrolments.enrol(server.uri(), "amara.okafor", "doorstep-demo", "482913", UnlockSecret.Kind.PIN, "Tablet 7");
            assertTrue(server.devices.containsKey(s.identity().deviceId()));

            Enrolments later = new Enrolments(home, Clock.systemUTC());
            assertTrue(later.enrolled());
            assertThrows(WrongPinException.class, () -> later.unlock("111112"));
            Session again = later.unlock("482913");
            assertEquals(s.identity().deviceId(), again.identity().deviceId());
            assertEquals(s.signingKey(), again.signingKey());

            String seed = s.identity().deviceKeySeed();
            try (Stream<Path> files = Files.walk(home)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    assertFalse(raw.contains(seed) || raw.contains("amara.okafor"), f + " holds a secret in plain text");
                }
            }
        }
    }

    @Test
    @DisplayName("R13-auth: a PIN has at least 6 digits and is not trivially guessable; a passphrase has at least 12 characters")
    void secretRules() {
        UnlockSecret.Kind pin = UnlockSecret.Kind.PIN;
        assertTrue(UnlockSecret.problem(pin, "12345", "12345").isPresent());
        assertTrue(UnlockSecret.problem(pin, "123456", "123456").isPresent());
        assertTrue(UnlockSecret.problem(pin, "000000", "000000").isPresent());
        assertTrue(UnlockSecret.problem(pin, "482913", "482914").isPresent());
        assertTrue(UnlockSecret.problem(pin, "48a913", "48a913").isPresent());
        assertTrue(UnlockSecret.problem(pin, "482913", "482913").isEmpty());
        UnlockSecret.Kind phrase = UnlockSecret.Kind.PASSPHRASE;
        assertTrue(UnlockSecret.problem(phrase, "short words", "short words").isPresent());
        assertTrue(UnlockSecret.problem(phrase, "aaaaaaaaaaaaaa", "aaaaaaaaaaaaaa").isPresent());
        assertTrue(UnlockSecret.problem(phrase, "kettle harbour violet", "kettle harbour violets").isPresent());
        assertTrue(UnlockSecret.problem(phrase, "kettle harbour violet", "kettle harbour violet").isEmpty());
    }

    @Test
    @DisplayName("R13-at-rest: a passphrase set at set-up unlocks the tablet, and the unlock screen knows to ask for it")
    void passphrase() throws Exception {
        try (FakeServer server = new FakeServer()) {
            Enrolments enrolments = new Enrolments(home, Clock.systemUTC());
            Session s = enrolments.enrol(server.uri(), "amara.okafor", "doorstep-demo", "kettle harbour violet",
                    UnlockSecret.Kind.PASSPHRASE, "Tablet 7");
            Enrolments later = new Enrolments(home, Clock.systemUTC());
            assertEquals(UnlockSecret.Kind.PASSPHRASE, later.secretKind());
            WrongPinException wrong = assertThrows(WrongPinException.class, () -> later.unlock("kettle harbour"));
            assertTrue(wrong.getMessage().contains("passphrase"), wrong.getMessage());
            assertEquals(s.identity().deviceId(), later.unlock("kettle harbour violet").identity().deviceId());
        }
    }

    @Test
    @DisplayName("R13-at-rest: wrong PINs are counted across restarts, a right one resets the count; the last 3 tries say "
            + "unsynced visits would be lost, and the 10th wrong PIN deletes the tablet's data")
    void tenWrongPinsWipe() throws Exception {
        try (FakeServer server = new FakeServer()) {
            new Enrolments(home, Clock.systemUTC()).enrol(server.uri(), "amara.okafor", "doorstep-demo", "482913",
                    UnlockSecret.Kind.PIN, "Tablet 7");
            Enrolments e = new Enrolments(home, Clock.systemUTC());
            for (int i = 1; i <= 5; i++) {
                assertThrows(WrongPinException.class, () -> e.unlock("111112"));
            }
            assertEquals(5, new Enrolments(home, Clock.systemUTC()).wrongSoFar(), "a restart does not reset the count");
            e.unlock("482913");
            assertEquals(0, e.wrongSoFar());
            for (int i = 1; i <= 9; i++) {
                WrongPinException w = assertThrows(WrongPinException.class, () -> e.unlock("111112"));
                assertFalse(w.wiped());
                assertEquals(i >= 7, w.getMessage().contains("visits that have not synced yet would be lost"), i + ": " + w.getMessage());
            }
            WrongPinException last = assertThrows(WrongPinException.class, () -> e.unlock("111112"));
            assertTrue(last.wiped() && last.getMessage().contains("deleted"), last.getMessage());
            assertFalse(e.enrolled(), "the store is gone");
            try (Stream<Path> files = Files.list(home.resolve("store"))) {
                assertEquals(0, files.count(), "nothing of the store is left");
            }
        }
    }
}
