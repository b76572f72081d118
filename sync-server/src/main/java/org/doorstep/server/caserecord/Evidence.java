package org.doorstep.server.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.doorstep.model.receipt.ReceiptCheck;
import org.doorstep.server.enrolment.Device;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.serverkey.ServerKey;

/**
 * Re-checks, on every view, each shown entry against the receipt the server signed when it arrived
 * ({@link ReceiptCheck}): what the database says now against what only the server could sign then.
 */
@ApplicationScoped
public class Evidence {

    private final ServerKey serverKey;

    Evidence(ServerKey serverKey) {
        this.serverKey = serverKey;
    }

    /** For one page: the device keys it has looked up, so a list of one tablet's visits reads its key once. */
    public Checker checker() {
        return new Checker();
    }

    public final class Checker {

        private final Map<String, String> keyIds = new HashMap<>();

        /**
         * The entry against its receipt. {@code contentHashNow} is the hash of the note as stored now
         * (recomputed when the page reads the note) or the stored column (a list that does not read notes).
         */
        public ReceiptCheck check(CaseEntryRow e, String contentHashNow) {
            return check(e.receiptJson, e.noteId, e.caseId, contentHashNow, e.sequence, e.entryHash, e.deviceId);
        }

        public ReceiptCheck check(String receiptJson, String noteId, String caseId, String contentHash, long sequence,
                                  String entryHash, String deviceId) {
            return ReceiptCheck.of(receiptJson, new ReceiptCheck.Entry(noteId, caseId, contentHash, sequence, entryHash,
                    deviceId, keyIds.computeIfAbsent(deviceId, Evidence::keyIdNow)), serverKey.verifyingKey());
        }
    }

    private static String keyIdNow(String deviceId) {
        try {
            Device d = deviceId == null ? null : Device.findById(deviceId);
            return d == null ? null : d.verifyingKey().keyId();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
