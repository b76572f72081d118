package org.doorstep.model.wire;

import java.time.Instant;
import org.doorstep.model.visit.VisitNote;

/** One append-only entry of a case record, with its place in the case chain. */
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
        VisitNote visit) {
}
