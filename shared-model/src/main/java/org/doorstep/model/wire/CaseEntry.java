package org.doorstep.model.wire;

import java.time.Instant;
import org.doorstep.model.visit.VisitNote;

/**
 * One append-only entry of a case record, with its place in the case chain.
 *
 * @param lateEntry true when the note was entered more than 48 working hours after the visit ended (R9-timely)
 * @param enteredAt when the note was entered: the moment it was signed on the tablet
 * @param visit     the full note as signed
 * @param receiptVerified true when the receipt the server signed on arrival still names this entry as
 *                  stored now (false when the stored note, its place or its receipt was changed since)
 */
public record CaseEntry(
        long sequence,
        String noteId,
        String kind,
        String contentHash,
        String previousHash,
        String entryHash,
        Instant receivedAt,
        String deviceId,
        boolean signatureVerified,
        boolean lateEntry,
        Instant enteredAt,
        VisitNote visit,
        boolean receiptVerified) {
}
