package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.visit.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SummaryRulesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    @DisplayName("R5.7-summary: due 3 months after the latest summary; with none, 3 months after the first visit; with neither, nothing is due")
    void dueFromLatestOrFirstVisit() {
        assertEquals(Optional.of(d("2026-11-15")), SummaryRules.dueOn(d("2026-08-15"), d("2026-01-02")));
        assertEquals(Optional.of(d("2026-04-02")), SummaryRules.dueOn(null, d("2026-01-02")));
        assertEquals(Optional.empty(), SummaryRules.dueOn(null, null));
    }

    @Test
    @DisplayName("R5.7-summary: month ends and leap years: 30 November is due on the last day of February (28th, or 29th in a leap year); 31 May on 31 August")
    void monthEndsAndLeapYears() {
        assertEquals(Optional.of(d("2027-02-28")), SummaryRules.dueOn(d("2026-11-30"), null));
        assertEquals(Optional.of(d("2028-02-29")), SummaryRules.dueOn(d("2027-11-30"), null));
        assertEquals(Optional.of(d("2026-08-31")), SummaryRules.dueOn(null, d("2026-05-31")));
        assertEquals(Optional.of(d("2026-11-30")), SummaryRules.dueOn(d("2026-08-31"), null));
    }

    @Test
    @DisplayName("R5.7-summary: a summary is a target, not a statutory deadline: a due date on a weekend or bank holiday stays where it falls, and is overdue the day after")
    void weekendsAndBankHolidaysDoNotMoveIt() {
        LocalDate saturday = SummaryRules.dueOn(d("2026-07-03"), null).orElseThrow();
        assertEquals(d("2026-10-03"), saturday);
        assertTrue(SummaryRules.overdue(saturday, d("2026-10-05")), "overdue on the Monday after");
        LocalDate christmas = SummaryRules.dueOn(d("2026-09-25"), null).orElseThrow();
        assertEquals(d("2026-12-25"), christmas);
        assertFalse(SummaryRules.overdue(christmas, d("2026-12-25")), "not overdue on the due day");
        assertTrue(SummaryRules.overdue(christmas, d("2026-12-26")));
    }

    @Test
    @DisplayName("R5.7-summary: the dashboard's single bound agrees with the rule for every day from 2026 to 2028, across month ends and 29 February")
    void boundAgreesWithTheRule() {
        for (LocalDate today = d("2026-01-01"); today.isBefore(d("2029-01-01")); today = today.plusDays(1)) {
            LocalDate bound = SummaryRules.overdueIfBefore(today);
            for (LocalDate basis = today.minusDays(130); basis.isBefore(today.minusDays(60)); basis = basis.plusDays(1)) {
                boolean byRule = SummaryRules.overdue(SummaryRules.dueOn(basis, null).orElseThrow(), today);
                assertEquals(byRule, basis.isBefore(bound), "today " + today + ", latest summary " + basis);
            }
        }
        assertEquals(d("2027-03-01"), SummaryRules.overdueIfBefore(d("2027-05-29")),
                "28 February 2027 is due 28 May, overdue on 29 May, though 29 May less 3 months is 28 February");
    }

    @Test
    @DisplayName("R5.7-summary: a summary must have text, within the limit")
    void text() {
        assertEquals(List.of(), SummaryRules.text("Amelia is settled at school; the plan is working."));
        assertEquals(List.of("summary"), SummaryRules.text("  ").stream().map(Violation::field).toList());
        assertEquals(List.of("summary"), SummaryRules.text("x".repeat(SummaryRules.MAX_TEXT + 1)).stream().map(Violation::field).toList());
    }
}
