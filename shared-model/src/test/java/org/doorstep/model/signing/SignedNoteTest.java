package org.doorstep.model.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.SampleNotes;
import org.doorstep.model.visit.VisitNote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    private final SigningKey device = SigningKey.generate();

    @Test
    @DisplayName("R1-signed: a signed note verifies with the device's public key and reads back the same")
    void signAndVerify() {
        VisitNote note = SampleNotes.complete();
        SignedNote signed = SignedNote.sign(note, device.verifyingKey().keyId(), device);
        assertTrue(signed.verifiesWith(device.verifyingKey()));
        assertEquals(note, signed.visitNote());
        assertEquals(note.noteId(), signed.noteId());
    }

    @Test
    @DisplayName("R1-contemporaneous: a note altered by one character after signing fails verification")
    void oneCharacterChangedFails() {
        SignedNote signed = SignedNote.sign(SampleNotes.complete(), "d1", device);
        ObjectNode altered = signed.note().deepCopy();
        String narrative = altered.get("narrative").asText();
        altered.put("narrative", narrative.substring(0, narrative.length() - 1) + "!");
        SignedNote tampered = new SignedNote(signed.deviceId(), altered, signed.signature());
        assertFalse(tampered.verifiesWith(device.verifyingKey()));
        assertFalse(signed.contentHash().equals(tampered.contentHash()));
    }

    @Test
    @DisplayName("R1-signed: the wire spelling (key order, whitespace) does not change what was signed")
    void wireSpellingDoesNotMatter() throws Exception {
        SignedNote signed = SignedNote.sign(SampleNotes.complete(), "d1", device);
        String pretty = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(signed);
        SignedNote received = Json.read(pretty, SignedNote.class);
        assertArrayEquals(signed.canonicalBytes(), received.canonicalBytes());
        assertTrue(received.verifiesWith(device.verifyingKey()));
    }

    @Test
    @DisplayName("R1-signed: another device's key does not verify the note, nor does a garbled signature")
    void wrongKeyOrGarbledSignatureFails() {
        SignedNote signed = SignedNote.sign(SampleNotes.complete(), "d1", device);
        assertFalse(signed.verifiesWith(SigningKey.generate().verifyingKey()));
        assertFalse(new SignedNote("d1", signed.note(), "not base64 !!").verifiesWith(device.verifyingKey()));
        assertFalse(new SignedNote("d1", signed.note(), null).verifiesWith(device.verifyingKey()));
    }

    @Test
    void keysRoundTripThroughTheirEncodings() {
        SigningKey again = SigningKey.fromSeed(device.seed());
        assertEquals(device.verifyingKey(), again.verifyingKey());
        assertEquals(device.verifyingKey(), VerifyingKey.fromBase64(device.verifyingKey().base64()));
        JsonNode tree = Json.tree(SampleNotes.complete());
        assertEquals("2026-11-24T10:00:00Z", tree.get("visitStart").asText());
    }
}
