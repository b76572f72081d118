package org.doorstep.model.timely;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LateEntryPolicyTest {

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LateEntryPolicy.LONDON).toInstant();
    }

    private static LateEntryPolicy policyAt(String now) {
        return new LateEntryPolicy(WorkingCalendar.englandAndWales(), Clock.fixed(london(now), LateEntryPolicy.LONDON));
    }

    private final LateEntryPolicy policy = policyAt("2026-11-24T12:00");

    @Test
    @DisplayName("R9-timely: an ordinary week gives two whole days")
    void ordinaryWeek() {
        assertEquals(london("2026-11-25T16:00"), policy.dueBy(london("2026-11-23T16:00")));
    }

    @Test
    @DisplayName("R9-timely: a weekend does not count")
    void weekend() {
        assertEquals(london("2026-12-01T16:00"), policy.dueBy(london("2026-11-27T16:00")));
    }

    @Test
    @DisplayName("R9-timely: a bank-holiday weekend: Friday 16:00 before spring bank holiday is due Wednesday 16:00")
    void bankHolidayWeekend() {
        assertEquals(london("2026-05-27T16:00"), policy.dueBy(london("2026-05-22T16:00")));
    }

    @Test
    @DisplayName("R9-timely: Easter: Thursday noon before Good Friday is due Wednesday noon")
    void easter() {
        assertEquals(london("2026-04-08T12:00"), policy.dueBy(london("2026-04-02T12:00")));
    }

    @Test
    @DisplayName("R9-timely: Christmas 2026 with Boxing Day substitute Monday 28 Dec: Christmas Eve 16:00 is due Wed 30 Dec 16:00")
    void christmas2026() {
        Timeliness t = policy.assess(london("2026-12-24T16:00"), london("2026-12-31T09:15"));
        assertEquals(london("2026-12-30T16:00"), t.dueBy());
        assertTrue(t.late());
        assertEquals("This note is late: it was due by Wed 30 Dec 2026 16:00. "
                + "It will be marked 'Late Entry' with today's date and time.", t.message());
        assertEquals(london("2026-12-31T09:15"), t.enteredAt());
    }

    @Test
    @DisplayName("R9-timely: Christmas 2027 on a Saturday, substitutes Mon 27 and Tue 28 Dec")
    void christmas2027() {
        assertEquals(london("2027-12-30T10:00"), policy.dueBy(london("2027-12-24T10:00")));
    }

    @Test
    @DisplayName("R9-timely: a DST change week: clocks go forward, 48 working hours end at the same wall-clock time")
    void clocksGoForward() {
        Instant end = london("2026-03-27T16:00"); // Friday, GMT
        Instant due = policy.dueBy(end);
        assertEquals(Instant.parse("2026-03-31T15:00:00Z"), due); // Tuesday 16:00 BST
        assertEquals("This note is due by Tue 31 Mar 2026 16:00.", policy.assess(end, end).message());
    }

    @Test
    @DisplayName("R9-timely: a DST change week: clocks go back")
    void clocksGoBack() {
        assertEquals(Instant.parse("2026-10-27T16:00:00Z"), policy.dueBy(london("2026-10-23T16:00"))); // Fri BST -> Tue GMT
    }

    @Test
    @DisplayName("R9-timely: the exact boundary is on time; one second later is late")
    void exactBoundary() {
        Instant end = london("2026-11-23T16:00");
        Instant due = london("2026-11-25T16:00");
        Timeliness onTime = policy.assess(end, due);
        assertFalse(onTime.late());
        assertEquals("This note is due by Wed 25 Nov 2026 16:00.", onTime.message());
        assertTrue(policy.assess(end, due.plusSeconds(1)).late());
    }

    @Test
    @DisplayName("R9-timely: a visit ending at a weekend counts from Monday, due by the end of Tuesday")
    void visitAtWeekend() {
        Timeliness t = policy.assess(london("2026-11-28T10:00"), london("2026-11-30T09:00"));
        assertEquals(london("2026-12-02T00:00"), t.dueBy());
        assertEquals("This note is due by the end of Tue 1 Dec 2026.", t.message());
    }

    @Test
    @DisplayName("R9-timely: a visit ending on a bank holiday counts from the next working day")
    void visitOnBankHoliday() {
        assertEquals(london("2026-05-28T00:00"), policy.dueBy(london("2026-05-25T11:00")));
    }

    @Test
    @DisplayName("R9-timely: signing now uses the injected clock")
    void assessNowUsesClock() {
        Instant end = london("2026-11-20T16:00"); // Friday
        assertFalse(policyAt("2026-11-24T16:00").assessNow(end).late());
        Timeliness late = policyAt("2026-11-24T16:01").assessNow(end);
        assertTrue(late.late());
        assertEquals(london("2026-11-24T16:01"), late.enteredAt());
    }

    @Test
    @DisplayName("R9-timely: beyond the holiday list, weekends still count and the message asks for an update")
    void beyondTheHolidayList() {
        Timeliness t = policy.assess(london("2031-01-03T16:00"), london("2031-01-06T09:00")); // Friday
        assertEquals(london("2031-01-07T16:00"), t.dueBy());
        assertEquals("This note is due by Tue 7 Jan 2031 16:00. Bank holidays are only known for 2018 to 2030, "
                + "so only weekends were left out: ask for the bank holiday list to be updated.", t.message());
        assertFalse(policy.assess(london("2030-06-03T16:00"), london("2030-06-04T09:00")).message().contains("only known"));
    }
}
