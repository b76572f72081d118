package org.doorstep.model.signing;

import com.fasterxml.jackson.databind.JsonNode;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;

/**
 * A note as it travels: the note's JSON, the id of the device whose key signed it, and the Ed25519
 * signature over the note's RFC 8785 canonical bytes. The note is kept as a JSON tree, not re-typed,
 * so the server checks the very bytes the tablet signed whatever the wire spelling.
 */
public record SignedNote(String deviceId, JsonNode note, String signature) {

    public static SignedNote sign(VisitNote visit, String deviceId, SigningKey key) {
        JsonNode tree = Json.tree(visit);
        return new SignedNote(deviceId, tree, key.signBase64(CanonicalJson.of(tree)));
    }

    public byte[] canonicalBytes() {
        if (note == null || !note.isObject()) {
            throw new IllegalArgumentException("The signed note holds no note object");
        }
        return CanonicalJson.of(note);
    }

    public String contentHash() {
        return ContentHash.of(canonicalBytes());
    }

    public boolean verifiesWith(VerifyingKey key) {
        return key.verifiesBase64(canonicalBytes(), signature);
    }

    /** The note typed; throws {@link Json.MalformedJsonException} when a field has the wrong shape. */
    public VisitNote visitNote() {
        return Json.convert(note, VisitNote.class);
    }

    /** The note id as written, even when the rest of the note cannot be read. */
    public String noteId() {
        JsonNode id = note == null ? null : note.get("noteId");
        return id == null || !id.isTextual() ? null : id.asText();
    }
}
