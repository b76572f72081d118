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
 * the case's chain, when it arrived, and the id of the device key its signature verified with
 * ({@code deviceKeyId}; absent from receipts issued before it was added). The tablet removes a note
 * from its outbox only when a receipt verifies against the server key and names the content it sent;
 * the workspace checks it again on every view ({@link ReceiptCheck}), so a key swapped in the
 * database, or a receipt rewritten, shows.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Receipt(
        String noteId,
        String caseId,
        String contentHash,
        long caseSequence,
        String chainHash,
        Instant receivedAt,
        String serverKeyId,
        String signature,
        String deviceKeyId) {

    /** A receipt without a device key id, as issued before the key was bound. */
    public Receipt(String noteId, String caseId, String contentHash, long caseSequence, String chainHash,
                   Instant receivedAt, String serverKeyId, String signature) {
        this(noteId, caseId, contentHash, caseSequence, chainHash, receivedAt, serverKeyId, signature, null);
    }

    public static Receipt issue(String noteId, String caseId, String contentHash, long caseSequence,
                                String chainHash, Instant receivedAt, SigningKey serverKey) {
        return issue(noteId, caseId, contentHash, caseSequence, chainHash, receivedAt, null, serverKey);
    }

    /** A receipt that also binds the id of the device key the note's signature verified with. */
    public static Receipt issue(String noteId, String caseId, String contentHash, long caseSequence,
                                String chainHash, Instant receivedAt, String deviceKeyId, SigningKey serverKey) {
        Receipt unsigned = new Receipt(noteId, caseId, contentHash, caseSequence, chainHash, receivedAt,
                serverKey.verifyingKey().keyId(), null, deviceKeyId);
        return unsigned.withSignature(serverKey.signBase64(unsigned.signedBytes()));
    }

    private Receipt withSignature(String sig) {
        return new Receipt(noteId, caseId, contentHash, caseSequence, chainHash, receivedAt, serverKeyId, sig, deviceKeyId);
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
        if (deviceKeyId != null) {
            // Only when bound, so receipts issued before the field existed still verify.
            fields.put("deviceKeyId", deviceKeyId);
        }
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
