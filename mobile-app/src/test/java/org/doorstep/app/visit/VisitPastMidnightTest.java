package org.doorstep.app.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.visit.VisitRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The visit form holds one date and two times; an evening visit may end after midnight. */
class VisitPastMidnightTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant SIGNED = ZonedDateTime.of(2026, 12, 4, 1, 0, 0, 0, LONDON).toInstant();
    private static final VisitRules RULES = new VisitRules(java.time.Clock.fixed(SIGNED, LONDON));

    private static VisitDraft draft(String start, String end) {
        VisitDraft d = new VisitDraft();
        d.noteId = "019ae6f0-0000-7000-8000-000000000001";
        d.caseId = "case-1";
        d.outcome = VisitOutcome.COMPLETED;
        d.date = LocalDate.of(2026, 12, 3);
        d.start = start;
        d.end = end;
        return d;
    }

    @Test
    @DisplayName("R1-contemporaneous: a visit from 23:19 to 00:19 ends on the next day, one hour after it began")
    void endBeforeStartIsTheNextMorning() {
        VisitNote note = draft("23:19", "0:19").toNote("pat", LONDON, SIGNED);
        assertEquals(ZonedDateTime.of(2026, 12, 3, 23, 19, 0, 0, LONDON).toInstant(), note.visitStart());
        assertEquals(ZonedDateTime.of(2026, 12, 4, 0, 19, 0, 0, LONDON).toInstant(), note.visitEnd());
        assertTrue(RULES.checkSigned(note).stream().noneMatch(v -> v.field().equals("visitEnd")),
                "no complaint about the end time");
    }

    @Test
    @DisplayName("R1-contemporaneous: an end typed an hour before the start is still a mistake, said beside the end time")
    void anEndTooEarlyIsStillRefused() {
        VisitNote note = draft("14:00", "13:00").toNote("pat", LONDON, SIGNED);
        assertTrue(RULES.checkSigned(note).stream().anyMatch(v -> v.field().equals("visitEnd")
                && v.message().contains("end after it started")));
    }

    @Test
    @DisplayName("R11-rectify: correcting a visit that ran past midnight keeps its start and end as signed")
    void correctingAVisitPastMidnightKeepsItsTimes() {
        VisitNote first = draft("23:19", "0:19").toNote("pat", LONDON, SIGNED);
        assertEquals(java.time.Duration.ofHours(1), java.time.Duration.between(first.visitStart(), first.visitEnd()),
                "the visit corrected is the hour that ran past midnight");
        VisitDraft correction = VisitDraft.correcting(first, "019ae6f0-0000-7000-8000-000000000002", "Amelia",
                java.util.List.of(), LONDON);
        VisitNote second = correction.toNote("pat", LONDON, SIGNED.plusSeconds(60));
        assertEquals(first.visitStart(), second.visitStart());
        assertEquals(first.visitEnd(), second.visitEnd());
    }
}
