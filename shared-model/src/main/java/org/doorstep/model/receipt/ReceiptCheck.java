package org.doorstep.model.receipt;

import org.doorstep.model.json.Json;
import org.doorstep.model.signing.VerifyingKey;

/**
 * Whether a stored entry still agrees with the receipt the server signed when it arrived. Someone
 * with database access can rewrite a note, re-sign it with a key of their own and swap the device's
 * key, or blank the receipt; none of that can be re-signed with the server's key, so it shows here.
 *
 * @param intact  true when the receipt verifies and names exactly this entry
 * @param problem what is wrong, in words for the page; null when intact
 */
public record ReceiptCheck(boolean intact, String problem) {

    /**
     * What the stored entry says about itself now.
     *
     * @param deviceId       the device the entry names; a device's id is its key's id at enrolment
     * @param deviceKeyIdNow the id of the key stored for that device now (null when the device is gone)
     */
    public record Entry(String noteId, String caseId, String contentHash, long sequence, String entryHash,
                        String deviceId, String deviceKeyIdNow) {
    }

    private static final ReceiptCheck INTACT = new ReceiptCheck(true, null);

    public static ReceiptCheck of(String receiptJson, Entry entry, VerifyingKey serverKey) {
        Receipt r;
        try {
            r = receiptJson == null || receiptJson.isBlank() ? null : Json.read(receiptJson, Receipt.class);
        } catch (RuntimeException e) {
            r = null;
        }
        if (r == null || r.signature() == null) {
            return broken("The server's signed receipt for this entry is missing or unreadable: the stored record was changed.");
        }
        if (!r.verifiesWith(serverKey)) {
            return broken("The server's receipt for this entry does not verify with the server's key: it was altered or forged.");
        }
        if (!entry.noteId().equals(r.noteId()) || !entry.caseId().equals(r.caseId())) {
            return broken("The server's receipt is for another note or case: entries were swapped in the database.");
        }
        if (!entry.contentHash().equals(r.contentHash())) {
            return broken("The note no longer has the content the server received: it was changed after it arrived.");
        }
        if (entry.sequence() != r.caseSequence() || !entry.entryHash().equals(r.chainHash())) {
            return broken("The entry is not where the server put it in the case's chain: the chain was rewritten.");
        }
        // A receipt from before the key was bound still has the device id, which is the enrolled key's id.
        String keyAtArrival = r.deviceKeyId() != null ? r.deviceKeyId() : entry.deviceId();
        if (keyAtArrival == null || !keyAtArrival.equals(entry.deviceKeyIdNow())) {
            return broken("The tablet's key on record is not the key the note's signature was checked with when it "
                    + "arrived: the device key was changed in the database, so \"signature verified\" means nothing here.");
        }
        return INTACT;
    }

    private static ReceiptCheck broken(String why) {
        return new ReceiptCheck(false, why);
    }
}
