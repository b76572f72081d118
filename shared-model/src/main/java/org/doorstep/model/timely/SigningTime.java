package org.doorstep.model.timely;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a note's own signing time is contradicted by its tablet's history. Lateness (R9-timely) is
 * judged by the note's times, which the tablet's clock sets; a tablet whose clock was set back can make
 * a late note look on time. A note offline for days is normal, so arriving long after signing proves
 * nothing; but a tablet that synced after the time a note claims, and did not send that note then,
 * had no offline reason to hold it: the note was most likely signed later than it says.
 */
public final class SigningTime {

    /**
     * Notes sent in one sync arrive over some minutes (batches, retries); a sync this close to a note's
     * arrival may be the one that carried it.
     */
    public static final Duration SAME_SYNC = Duration.ofMinutes(15);

    private SigningTime() {
    }

    /**
     * @param signedAt       when the note says it was signed
     * @param receivedAt     when the server received it
     * @param lastSyncBefore the tablet's latest earlier successful sync ending before
     *                       {@code receivedAt - SAME_SYNC} (the latest receipt of another of its notes), or null
     * @return that sync's time when the tablet was online after the signing time without sending the note
     */
    public static Optional<Instant> syncedSinceSigning(Instant signedAt, Instant receivedAt, Instant lastSyncBefore) {
        if (signedAt == null || receivedAt == null || lastSyncBefore == null
                || !lastSyncBefore.isBefore(receivedAt.minus(SAME_SYNC))) {
            return Optional.empty();
        }
        return signedAt.isBefore(lastSyncBefore) ? Optional.of(lastSyncBefore) : Optional.empty();
    }
}
