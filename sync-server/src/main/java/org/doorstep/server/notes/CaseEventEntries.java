package org.doorstep.server.notes;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import org.doorstep.model.cases.CaseEvent;
import org.doorstep.model.chain.CaseChain;
import org.doorstep.model.json.Json;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.CanonicalJson;
import org.doorstep.model.signing.ContentHash;
import org.doorstep.server.serverkey.ServerKey;

/**
 * Writes a move of the case itself (opened at referral, allocated, transferred, closed, reopened)
 * into the case's hash chain, after whatever is there (R1-contemporaneous): the record runs from
 * referral, and removing or changing a move behind the application's back breaks the chain like a
 * changed visit would. No tablet signed it: the server's key does, and no device is named.
 * The caller holds the case row's lock, as a note's merge does.
 */
@ApplicationScoped
public class CaseEventEntries {

    private final ServerKey serverKey;
    private final ChainHeads heads;

    CaseEventEntries(ServerKey serverKey, ChainHeads heads) {
        this.serverKey = serverKey;
        this.heads = heads;
    }

    public CaseEntryRow append(CaseEvent event) {
        byte[] canonical = CanonicalJson.ofValue(event);
        String contentHash = ContentHash.of(canonical);
        CaseEntryRow.Head head = CaseEntryRow.head(event.caseId());
        String entryHash = CaseChain.link(head.entryHash(), head.next(), event.eventId(), contentHash);
        Receipt receipt = Receipt.issue(event.eventId(), event.caseId(), contentHash, head.next(), entryHash,
                event.at().truncatedTo(ChronoUnit.MILLIS), serverKey.signingKey());
        CaseEntryRow e = new CaseEntryRow();
        e.caseId = event.caseId();
        e.sequence = head.next();
        e.noteId = event.eventId();
        e.kind = event.kind();
        e.contentHash = contentHash;
        e.previousHash = head.entryHash();
        e.entryHash = entryHash;
        e.noteJson = new String(canonical, StandardCharsets.UTF_8);
        e.signature = serverKey.signingKey().signBase64(canonical);
        e.deviceId = null;
        e.author = event.by();
        e.signedAt = event.at();
        e.enteredAt = event.at();
        e.receivedAt = event.at();
        e.receiptJson = Json.write(receipt);
        e.originalNote = event.eventId();
        e.persist();
        // the chain's signed end moves with it, or a case's own moves would read as entries added behind our back
        heads.advance(e.caseId, e.sequence, entryHash);
        return e;
    }
}
