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
            Session s = enrolments.enrol(server.uri(), "amara.okafor", "doorstep-demo", "482913", "Tablet 7");
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
    @DisplayName("R13-auth: a PIN has at least 6 digits and is not trivially guessable")
    void pinRules() {
        assertTrue(Enrolments.pinProblem("12345", "12345").isPresent());
        assertTrue(Enrolments.pinProblem("123456", "123456").isPresent());
        assertTrue(Enrolments.pinProblem("000000", "000000").isPresent());
        assertTrue(Enrolments.pinProblem("482913", "482914").isPresent());
        assertTrue(Enrolments.pinProblem("48a913", "48a913").isPresent());
        assertTrue(Enrolments.pinProblem("482913", "482913").isEmpty());
    }
}
