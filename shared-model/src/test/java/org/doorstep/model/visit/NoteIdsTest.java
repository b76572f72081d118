package org.doorstep.model.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoteIdsTest {

    @Test
    void idsAreVersion7AndCarryTheirMillisecond() {
        Instant t = Instant.parse("2026-11-24T10:00:00.123Z");
        UUID id = new NoteIds(Clock.fixed(t, ZoneOffset.UTC)).next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(t.toEpochMilli(), id.getMostSignificantBits() >>> 16);
        assertTrue(NoteIds.isV7(id.toString()));
        assertFalse(NoteIds.isV7(UUID.randomUUID().toString()));
        assertFalse(NoteIds.isV7("not-a-uuid"));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R1-signed: a note id is accepted in its one lower-case spelling only, so one UUID cannot be stored twice")
    void onlyTheLowerCaseSpellingIsAnId() {
        String id = new NoteIds(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC)).next().toString();
        assertTrue(NoteIds.isV7(id));
        assertFalse(NoteIds.isV7(id.toUpperCase()), "upper case is another spelling of the same UUID");
        assertFalse(NoteIds.isV7(id.substring(0, 9) + id.substring(9).toUpperCase()));
        assertTrue(NoteIds.isCanonicalUuid(UUID.randomUUID().toString()));
        assertFalse(NoteIds.isCanonicalUuid(UUID.randomUUID().toString().toUpperCase()));
        assertFalse(NoteIds.isCanonicalUuid("1-1-1-1-1"));
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        UUID a = new NoteIds(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC)).next();
        UUID b = new NoteIds(Clock.fixed(Instant.parse("2026-11-24T10:00:01Z"), ZoneOffset.UTC)).next();
        assertTrue(a.toString().compareTo(b.toString()) < 0);
    }
}
