package org.doorstep.app.outbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.SignedNote;

/**
 * One signed visit as the device keeps it: the note exactly as signed, a label for people, and where
 * it is on its way to the server. A {@link State#SYNCED} entry is no longer in the outbox; it stays
 * in the visit list with its receipt.
 */
public record OutboxEntry(
        SignedNote note,
        String childName,
        Instant visitStart,
        State state,
        String detail,
        Instant syncedAt,
        Receipt receipt) {

    public enum State {
        /** Signed, waiting for the server. */
        QUEUED,
        /** The server refused it; {@code detail} says why. Kept, never deleted. */
        REFUSED,
        /** The server's verified receipt covers it. */
        SYNCED
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public String noteId() {
        return note.noteId();
    }

    public boolean inOutbox() {
        return state != State.SYNCED;
    }

    /** "Queued — not yet synced", "Synced at 14:02" or "Refused: ..." in the practitioner's zone. */
    public String statusText(ZoneId zone) {
        return switch (state) {
            case QUEUED -> "Queued — not yet synced" + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
            case SYNCED -> "Synced at " + HH_MM.format(syncedAt.atZone(zone));
            case REFUSED -> "Refused: " + detail;
        };
    }

    OutboxEntry with(State s, String d, Instant at, Receipt r) {
        return new OutboxEntry(note, childName, visitStart, s, d, at, r);
    }
}
