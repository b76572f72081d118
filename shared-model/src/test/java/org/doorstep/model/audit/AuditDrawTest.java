package org.doorstep.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditDrawTest {

    private static final List<String> VISITS = IntStream.range(0, 40).mapToObj(i -> "visit-" + i).toList();

    @Test
    @DisplayName("R12-audit: the same seed picks the same visits twice, in the same order; another seed picks others")
    void sameSeedSameSample() {
        List<String> first = AuditDraw.draw(VISITS, 5, 20261203L);
        assertEquals(first, AuditDraw.draw(VISITS, 5, 20261203L));
        assertEquals(5, new HashSet<>(first).size(), "no visit twice");
        assertNotEquals(first, AuditDraw.draw(VISITS, 5, 7L));
        // Fixed by java.util.Random's specification, so a sample drawn today can be drawn again next year.
        assertEquals(List.of("visit-1", "visit-8"), AuditDraw.draw(List.of("visit-1", "visit-8"), 2, 1L).stream().sorted().toList());
    }

    @Test
    @DisplayName("R12-audit: a sample larger than the month's visits takes them all; size 0 takes none")
    void edges() {
        assertEquals(3, AuditDraw.draw(VISITS.subList(0, 3), 10, 1L).size());
        assertTrue(AuditDraw.draw(VISITS, 0, 1L).isEmpty());
        assertTrue(AuditDraw.draw(List.of(), 5, 1L).isEmpty());
    }

    @Test
    @DisplayName("R12-audit: the grade follows from how many checks are met; size, month, seed and unanswered checks get a message")
    void rules() {
        assertEquals(AuditGrade.GOOD, AuditGrade.of(5));
        assertEquals(AuditGrade.REQUIRES_IMPROVEMENT, AuditGrade.of(3));
        assertEquals(AuditGrade.INADEQUATE, AuditGrade.of(2));
        assertFalse(AuditRules.size("0").ok());
        assertFalse(AuditRules.size("21").ok());
        assertFalse(AuditRules.size("three").ok());
        assertEquals(3, AuditRules.size(" 3 ").value());
        YearMonth now = YearMonth.of(2026, 12);
        assertEquals(YearMonth.of(2026, 11), AuditRules.month("2026-11", now).value());
        assertFalse(AuditRules.month("2027-01", now).ok(), "not a month to come");
        assertFalse(AuditRules.month("2025-11", now).ok(), "not more than 12 months back");
        assertFalse(AuditRules.month("November", now).ok());
        assertTrue(AuditRules.seed("").value().isEmpty());
        assertEquals(42L, AuditRules.seed("42").value().orElseThrow());
        assertFalse(AuditRules.seed("4.2").ok());
        assertEquals(AuditCheck.values().length - 1,
                AuditRules.unanswered(Map.of(AuditCheck.TIMELY, "yes")).size());
        assertTrue(AuditRules.unanswered(Map.of(AuditCheck.TIMELY, "maybe")).containsKey(AuditCheck.TIMELY));
    }
}
