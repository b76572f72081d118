package org.doorstep.model.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("R14-cover: cover goes to another practitioner of the team, until a day from today to six months on, with a reason")
    void grant() {
        assertEquals(List.of(), CoverRules.grant("tom", true, "amara", TODAY.plusDays(10), "On leave", TODAY));
        assertEquals(List.of("practitioner", "until", "reason"), fields(CoverRules.grant("", true, "amara", null, " ", TODAY)));
        assertEquals("Choose a practitioner of your team.", CoverRules.grant("zed", false, "amara", TODAY, "x", TODAY).get(0).message());
        assertEquals(List.of("practitioner"), fields(CoverRules.grant("amara", true, "amara", TODAY, "x", TODAY)));
        assertEquals(List.of("until"), fields(CoverRules.grant("tom", true, "amara", TODAY.minusDays(1), "x", TODAY)));
        assertEquals(List.of("until"), fields(CoverRules.grant("tom", true, "amara", TODAY.plusDays(CoverRules.LONGEST_DAYS + 1), "x", TODAY)));
    }

    @Test
    @DisplayName("R14-cover: a visit on or before the last day and before an early end is covered; one after is not")
    void covers() {
        Instant visit = Instant.parse("2026-12-10T10:00:00Z");
        assertTrue(CoverRules.covers(LocalDate.of(2026, 12, 10), null, visit, LONDON), "the last day counts");
        assertFalse(CoverRules.covers(LocalDate.of(2026, 12, 9), null, visit, LONDON));
        assertTrue(CoverRules.covers(LocalDate.of(2026, 12, 20), Instant.parse("2026-12-10T12:00:00Z"), visit, LONDON),
                "ended after the visit: its note still lands");
        assertFalse(CoverRules.covers(LocalDate.of(2026, 12, 20), Instant.parse("2026-12-10T09:00:00Z"), visit, LONDON));
        assertTrue(CoverRules.inForce(LocalDate.of(2026, 12, 20), null, TODAY, LONDON));
        assertFalse(CoverRules.inForce(LocalDate.of(2026, 12, 20), Instant.parse("2026-12-03T09:00:00Z"), TODAY, LONDON),
                "ended today: no longer in force");
    }
}
