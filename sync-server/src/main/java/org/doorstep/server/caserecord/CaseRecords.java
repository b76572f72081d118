package org.doorstep.server.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.chain.CaseChain;
import org.doorstep.model.chain.ChainCheck;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseEntry;
import org.doorstep.model.wire.CaseRecord;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.confidential.Restrictions;
import org.doorstep.server.confidential.Withheld;
import org.doorstep.server.enrolment.Device;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.serverkey.ServerKey;

/** A child's record as the practitioner holding the case sees it (allocated or covering), with the chain re-walked on every read. */
@ApplicationScoped
public class CaseRecords {

    private final AccessLog accessLog;
    private final org.doorstep.server.notes.ChainHeads heads;
    private final org.doorstep.server.serverkey.ServerKey serverKey;
    private final Evidence evidence;
    private final org.doorstep.server.cover.RecordingBasis bases;
    private final java.time.Clock clock;

    CaseRecords(AccessLog accessLog, org.doorstep.server.notes.ChainHeads heads,
                org.doorstep.server.serverkey.ServerKey serverKey, Evidence evidence,
                org.doorstep.server.cover.RecordingBasis bases, java.time.Clock clock) {
        this.accessLog = accessLog;
        this.heads = heads;
        this.serverKey = serverKey;
        this.evidence = evidence;
        this.bases = bases;
        this.clock = clock;
    }

    @Transactional
    public CaseRecord of(String caseId, Practitioner practitioner) {
        ChildCase childCase = CaseAccess.held(caseId, practitioner, bases, java.time.Instant.now(clock));
        accessLog.viewed(caseId, practitioner.username(), "Case record through the tablet API (device " + practitioner.deviceId() + ")");
        List<CaseEntryRow> rows = entries(caseId);
        Map<String, VerifyingKey> keys = new HashMap<>();
        Evidence.Checker receipts = evidence.checker();
        // R7-restricted: a restricted visit or statement never reaches a tablet, its author's included.
        Withheld hidden = Restrictions.fromTablets(List.of(caseId));
        List<CaseEntry> entries = rows.stream().filter(r -> !hidden.entry(r.noteId)).map(r -> entry(r, keys, receipts, hidden)).toList();
        List<ChronologyEntry> lines = ChronologyEntry.<ChronologyEntry>list("caseId = ?1 order by date, id", caseId).stream()
                .filter(l -> hidden.line(l.id, l.noteId).isEmpty()).toList();
        return new CaseRecord(caseId, childCase.childName, childCase.dateOfBirth, entries,
                lines.stream().map(ChronologyEntry::line).toList(), chain(caseId, rows).intact());
    }

    public static List<CaseEntryRow> entries(String caseId) {
        return CaseEntryRow.list("caseId = ?1 order by sequence", caseId);
    }

    /** The chain as the stored notes read now, held against its server-signed end. */
    private ChainCheck chain(String caseId, List<CaseEntryRow> rowsInSequence) {
        return CaseChain.verify(caseId, rowsInSequence.stream().map(CaseEntryRow::chainLink).toList(), heads.of(caseId),
                serverKey.verifyingKey());
    }

    private static boolean verifies(CaseEntryRow row, VerifyingKey key) {
        try {
            return row.signedNote().verifiesWith(key);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Re-checks the stored note's signature against the key of the device that sent it. */
    public static boolean signatureVerified(CaseEntryRow row, Map<String, VerifyingKey> keys) {
        try {
            VerifyingKey key = keys.computeIfAbsent(row.deviceId, id -> Device.<Device>findById(id).verifyingKey());
            return row.signedNote().verifiesWith(key);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The visit note of a visit entry; null for a move of the case (opened, transferred...) or an unreadable note. */
    public static VisitNote visit(CaseEntryRow row) {
        if (!CaseEntryRow.VISIT.equals(row.kind)) {
            return null;
        }
        try {
            return Json.read(row.noteJson, VisitNote.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A move of the case has no device: the server signed it with its own key. The receipt is checked
     * against the note as stored now, as the workspace does on every view (R1-signed): a
     * tablet reading a record someone rewrote in the database is told, not only the supervisor.
     */
    private CaseEntry entry(CaseEntryRow r, Map<String, VerifyingKey> keys, Evidence.Checker receipts,
                            Withheld hidden) {
        boolean verified = r.deviceId == null ? verifies(r, serverKey.verifyingKey()) : signatureVerified(r, keys);
        boolean receiptVerified = r.receiptJson == null ? verified : receipts.check(r, hashNow(r)).intact();
        VisitNote note = visit(r);
        return new CaseEntry(r.sequence, r.noteId, r.kind, r.contentHash, r.previousHash, r.entryHash, r.receivedAt,
                r.deviceId, verified, r.lateEntry, r.enteredAt == null ? r.signedAt : r.enteredAt,
                note == null ? null : hidden.without(note), receiptVerified);
    }

    private static String hashNow(CaseEntryRow r) {
        try {
            return r.chainLink().contentHash();
        } catch (RuntimeException unreadable) {
            return r.contentHash;
        }
    }
}
