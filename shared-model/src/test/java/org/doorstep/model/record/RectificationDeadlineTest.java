package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.doorstep.model.record.RectificationDeadline.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RectificationDeadlineTest {

    private final RectificationDeadline deadline = RectificationDeadline.englandAndWales();

    private LocalDate due(String received) {
        return deadline.dueOn(LocalDate.parse(received));
    }

    @Test
    @DisplayName("R11-rectify: one calendar month from the day received: 3 September 2025 is due 3 October 2025 (a Friday)")
    void oneCalendarMonth() {
        assertEquals(LocalDate.of(2025, 10, 3), due("2025-09-03"));
    }

    @ParameterizedTest(name = "R11-rectify: received {0}, due {1} ({2})")
    @DisplayName("R11-rectify: when the following month has no such day, its last day")
    @CsvSource({
            "2028-01-31, 2028-02-29, leap year: 29 February 2028 is a Tuesday",
            "2029-01-30, 2029-02-28, no 30 February: the last day, a Wednesday",
            "2026-03-31, 2026-04-30, 30-day April: a Thursday",
            "2026-08-31, 2026-09-30, 30-day September: a Wednesday",
    })
    void monthEnds(String received, String expected, String why) {
        assertEquals(LocalDate.parse(expected), due(received), why);
    }

    @ParameterizedTest(name = "R11-rectify: received {0}, due {1} ({2})")
    @DisplayName("R11-rectify: a due date on a weekend moves to the next working day")
    @CsvSource({
            "2026-09-03, 2026-10-05, 3 October 2026 is a Saturday",
            "2026-01-31, 2026-03-02, 28 February 2026 (the month's last day) is a Saturday",
            "2026-12-31, 2027-02-01, 31 January 2027 is a Sunday",
            "2026-11-07, 2026-12-07, received on a Saturday: 7 December is a Monday",
    })
    void weekends(String received, String expected, String why) {
        assertEquals(LocalDate.parse(expected), due(received), why);
    }

    @ParameterizedTest(name = "R11-rectify: received {0}, due {1} ({2})")
    @DisplayName("R11-rectify: a due date on a bank holiday moves to the next working day")
    @CsvSource({
            "2026-11-25, 2026-12-29, Christmas Day is a Friday and the Boxing Day substitute Monday 28 December",
            "2027-02-26, 2027-03-30, Good Friday 26 March 2027 then the weekend and Easter Monday",
            "2026-04-04, 2026-05-05, early May bank holiday Monday 4 May 2026",
            "2026-07-31, 2026-09-01, summer bank holiday Monday 31 August 2026",
    })
    void bankHolidays(String received, String expected, String why) {
        assertEquals(LocalDate.parse(expected), due(received), why);
    }

    @Test
    @DisplayName("R11-rectify: open until a week before the due date, then due soon up to and on it, overdue the day after; answered is answered")
    void status() {
        LocalDate dueOn = LocalDate.of(2026, 12, 29);
        assertEquals(Status.OPEN, RectificationDeadline.status(dueOn, LocalDate.of(2026, 12, 21), false));
        assertEquals(Status.DUE_SOON, RectificationDeadline.status(dueOn, LocalDate.of(2026, 12, 22), false));
        assertEquals(Status.DUE_SOON, RectificationDeadline.status(dueOn, dueOn, false));
        assertEquals(Status.OVERDUE, RectificationDeadline.status(dueOn, LocalDate.of(2026, 12, 30), false));
        assertEquals(Status.ANSWERED, RectificationDeadline.status(dueOn, LocalDate.of(2027, 3, 1), true));
    }
}
