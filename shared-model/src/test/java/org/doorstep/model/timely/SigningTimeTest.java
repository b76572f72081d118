package org.doorstep.model.timely;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SigningTimeTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    @DisplayName("R9-timely: a note signed before its tablet's previous sync, and not sent then, is flagged; one held offline is not")
    void syncAfterSigningIsFlagged() {
        Instant earlierSync = Instant.parse("2026-11-25T17:00:00Z");
        assertEquals(Optional.of(earlierSync), SigningTime.syncedSinceSigning(Instant.parse("2026-11-24T15:00:00Z"), RECEIVED, earlierSync));
        assertTrue(SigningTime.syncedSinceSigning(Instant.parse("2026-11-25T18:00:00Z"), RECEIVED, earlierSync).isEmpty(),
                "signed after the last sync: held offline since, nothing odd");
        assertTrue(SigningTime.syncedSinceSigning(Instant.parse("2026-11-20T15:00:00Z"), RECEIVED, null).isEmpty(),
                "a tablet with no earlier sync was offline all along");
        assertTrue(SigningTime.syncedSinceSigning(Instant.parse("2026-11-26T08:30:00Z"), RECEIVED,
                RECEIVED.minusSeconds(60)).isEmpty(), "a sync a minute earlier may be the one carrying this note");
    }
}
