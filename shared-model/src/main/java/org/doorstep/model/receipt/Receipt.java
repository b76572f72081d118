package org.doorstep.model.receipt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorstep.model.signing.CanonicalJson;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;

/**
 * The server's signed word that a note is in the case record: which note, which content, where in
 * the case's chain, and when it arrived. The tablet removes a note from its outbox only when a
 * receipt verifies against the server key and names the content it sent.
 */
public record Receipt(
        String noteId,
        String caseId,
        String contentHash,
        long caseSequence,
        String chainHash,
        Instant receivedAt,
        String serverKeyId,
        String signature) {

    public static Receipt issue(String noteId, String caseId, String contentHash, long caseSequence,
                                String chainHash, Instant receivedAt, SigningKey serverKey) {
        Receipt unsigned = new Receipt(noteId, caseId, contentHash, caseSequence, chainHash, receivedAt,
                serverKey.verifyingKey().keyId(), null);
        return unsigned.withSignature(serverKey.signBase64(unsigned.signedBytes()));
    }

    private Receipt withSignature(String sig) {
        return new Receipt(noteId, caseId, contentHash, caseSequence, chainHash, receivedAt, serverKeyId, sig);
    }

    /** The canonical bytes the server signs: every field but the signature. */
    public byte[] signedBytes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("noteId", noteId);
        fields.put("caseId", caseId);
        fields.put("contentHash", contentHash);
        fields.put("caseSequence", caseSequence);
        fields.put("chainHash", chainHash);
        fields.put("receivedAt", receivedAt == null ? null : receivedAt.toString());
        fields.put("serverKeyId", serverKeyId);
        return CanonicalJson.ofValue(fields);
    }

    public boolean verifiesWith(VerifyingKey serverKey) {
        return signature != null && serverKey.keyId().equals(serverKeyId)
                && serverKey.verifiesBase64(signedBytes(), signature);
    }

    /** True when this receipt is for exactly this note's content, not merely its id. */
    public boolean covers(SignedNote note) {
        return noteId != null && noteId.equals(note.noteId()) && contentHash != null
                && contentHash.equals(note.contentHash());
    }
}
