package org.doorstep.model.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.CanonicalJson;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.SampleNotes;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttachmentSigningTest {

    private static final byte[] PHOTO = "not really a JPEG, but bytes all the same".getBytes(StandardCharsets.UTF_8);

    /** The key note-signed-before-attachments.json was signed with: seed bytes 1..32. */
    private static SigningKey keyOfTheOldNote() {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (i + 1);
        }
        return SigningKey.fromSeed(seed);
    }

    @Test
    @DisplayName("R1-signed: a note signed before notes could carry attachments still verifies, and re-signs to the same bytes")
    void oldNoteStillVerifies() throws Exception {
        SignedNote old;
        try (InputStream in = getClass().getResourceAsStream("/org/doorstep/model/signing/note-signed-before-attachments.json")) {
            old = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SignedNote.class);
        }
        VerifyingKey key = keyOfTheOldNote().verifyingKey();
        assertTrue(old.verifiesWith(key), "the stored old note verifies");
        VisitNote typed = old.visitNote();
        assertEquals(List.of(), typed.attachments());
        // Typed and written again with today's model: the same canonical bytes, so the same signature verifies.
        assertArrayEquals(old.canonicalBytes(), CanonicalJson.of(Json.tree(typed)));
        assertEquals(old.signature(), SignedNote.sign(typed, old.deviceId(), keyOfTheOldNote()).signature());
        assertFalse(Json.write(typed).contains("attachments"), "an empty list is left out of the JSON");
    }

    @Test
    @DisplayName("R1-media: the note signs each attachment's name, type, size and SHA-256; changing any one breaks the signature")
    void attachmentIsSigned() {
        SigningKey device = SigningKey.generate();
        Attachment photo = new Attachment("bedroom.jpg", "image/jpeg", PHOTO.length, AttachmentRules.sha256(PHOTO));
        SignedNote signed = SignedNote.sign(SampleNotes.complete().withAttachments(List.of(photo)), "d1", device);
        assertTrue(signed.verifiesWith(device.verifyingKey()));
        assertEquals(List.of(photo), signed.visitNote().attachments());
        assertTrue(photo.matches(PHOTO));
        assertFalse(photo.matches("other bytes".getBytes(StandardCharsets.UTF_8)));

        com.fasterxml.jackson.databind.node.ObjectNode altered = signed.note().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) altered.get("attachments").get(0))
                .put("sha256", AttachmentRules.sha256("swapped".getBytes(StandardCharsets.UTF_8)));
        assertFalse(new SignedNote("d1", altered, signed.signature()).verifiesWith(device.verifyingKey()));
    }

    @Test
    @DisplayName("R1-media: the rules refuse a file over 10 MB, a program, a path for a name and a malformed hash, each in words")
    void rulesRefuseWithReasons() {
        assertEquals("10 MB", AttachmentRules.inWords(AttachmentRules.MAX_BYTES));
        assertTrue(AttachmentRules.refusal("order.pdf", "application/pdf", AttachmentRules.MAX_BYTES + 1).orElseThrow()
                .contains("at most 10 MB"));
        assertTrue(AttachmentRules.refusal("run.exe", "application/octet-stream", 10).isPresent());
        assertTrue(AttachmentRules.refusal("../../etc/passwd.txt", "text/plain", 10).isPresent());
        assertEquals(java.util.Optional.empty(), AttachmentRules.refusal("Court order.pdf", "application/pdf", 1000));
        assertEquals("image/jpeg", AttachmentRules.mediaTypeOf("IMG_0001.JPG").orElseThrow());
        assertEquals("order.pdf", AttachmentRules.baseName("C:\\Users\\me\\order.pdf"));

        VisitNote bad = SampleNotes.complete().withAttachments(List.of(new Attachment("x.pdf", "application/pdf", 5, "ABC")));
        assertTrue(new VisitRules(java.time.Clock.systemUTC()).checkSigned(bad).stream()
                .anyMatch(v -> v.field().equals("attachments") && v.requirement().equals("R1-media")));
    }
}
