package org.doorstep.model.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.visit.SampleNotes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private final SigningKey server = SigningKey.generate();
    private final SignedNote note = SignedNote.sign(SampleNotes.complete(), "d1", SigningKey.generate());

    private Receipt receipt() {
        return Receipt.issue(note.noteId(), "case-1001", note.contentHash(), 3, "ab".repeat(32),
                Instant.parse("2026-11-24T11:31:00Z"), server);
    }

    @Test
    @DisplayName("R1-contemporaneous: a receipt verifies with the server key, survives JSON, and covers the note sent")
    void receiptVerifies() {
        Receipt r = Json.read(Json.write(receipt()), Receipt.class);
        assertTrue(r.verifiesWith(server.verifyingKey()));
        assertTrue(r.covers(note));
        assertEquals(3, r.caseSequence());
    }

    @Test
    @DisplayName("R1-contemporaneous: a receipt with any field changed, or from another key, does not verify")
    void forgedReceiptFails() {
        Receipt r = receipt();
        Receipt moved = new Receipt(r.noteId(), r.caseId(), r.contentHash(), 4, r.chainHash(), r.receivedAt(),
                r.serverKeyId(), r.signature());
        assertFalse(moved.verifiesWith(server.verifyingKey()));
        assertFalse(r.verifiesWith(SigningKey.generate().verifyingKey()));
        Receipt otherContent = Receipt.issue(r.noteId(), r.caseId(), "00".repeat(32), 3, r.chainHash(),
                r.receivedAt(), server);
        assertFalse(otherContent.covers(note));
    }

    @Test
    @DisplayName("R1-signed: a receipt binds the device key's id; one issued before the binding still verifies")
    void receiptBindsTheDeviceKey() {
        Receipt bound = Json.read(Json.write(Receipt.issue(note.noteId(), "case-1001", note.contentHash(), 3, "ab".repeat(32),
                Instant.parse("2026-11-24T11:31:00Z"), "device-key-1", server)), Receipt.class);
        assertTrue(bound.verifiesWith(server.verifyingKey()));
        assertEquals("device-key-1", bound.deviceKeyId());
        Receipt rebound = new Receipt(bound.noteId(), bound.caseId(), bound.contentHash(), 3, bound.chainHash(),
                bound.receivedAt(), bound.serverKeyId(), bound.signature(), "attackers-key");
        assertFalse(rebound.verifiesWith(server.verifyingKey()), "the key id is signed");
        Receipt old = Json.read(Json.write(receipt()), Receipt.class);
        assertTrue(old.verifiesWith(server.verifyingKey()));
        assertEquals(null, old.deviceKeyId());
        assertFalse(Json.write(old).contains("deviceKeyId"), "an old receipt is written as before");
    }
}
