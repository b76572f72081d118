package org.doorstep.model.timely;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The days off a year should have, worked out from the rules rather than read from the file. */
    static Set<LocalDate> expectedHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(nextWeekday(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate firstMonMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate lastMonMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        days.add(year == 2020 ? LocalDate.of(2020, 5, 8) : firstMonMay);
        days.add(year == 2022 ? LocalDate.of(2022, 6, 2) : lastMonMay);
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
        days.add(christmas);
        LocalDate boxing = nextWeekday(LocalDate.of(year, 12, 26));
        days.add(boxing.equals(christmas) ? christmas.plusDays(1) : boxing);
        if (year == 2022) {
            days.add(LocalDate.of(2022, 6, 3));
            days.add(LocalDate.of(2022, 9, 19));
        }
        if (year == 2023) {
            days.add(LocalDate.of(2023, 5, 8));
        }
        return days;
    }

    private static LocalDate nextWeekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private Set<LocalDate> shipped(int year) {
        return calendar.holidaysIn(year).stream().map(BankHoliday::date).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @DisplayName("R9-timely: the shipped holiday list covers 2018 to 2030")
    void coversTheYears() {
        assertEquals(2018, calendar.firstYear());
        assertEquals(2030, calendar.lastYear());
        assertTrue(calendar.covers(LocalDate.of(2018, 1, 1)));
        assertTrue(calendar.covers(LocalDate.of(2030, 12, 31)));
        assertFalse(calendar.covers(LocalDate.of(2017, 12, 31)));
        assertFalse(calendar.covers(LocalDate.of(2031, 1, 1)));
    }

    @Test
    @DisplayName("R9-timely: each year has 8 bank holidays, 10 in 2022 and 9 in 2023")
    void countPerYear() {
        Map<Integer, Integer> extra = Map.of(2022, 2, 2023, 1);
        for (int year = 2018; year <= 2030; year++) {
            assertEquals(8 + extra.getOrDefault(year, 0), calendar.holidaysIn(year).size(), "bank holidays in " + year);
        }
    }

    @Test
    @DisplayName("R9-timely: Good Friday and Easter Monday match the Easter algorithm every year")
    void easterMatchesAlgorithm() {
        assertEquals(LocalDate.of(2024, 3, 31), easterSunday(2024));
        assertEquals(LocalDate.of(2026, 4, 5), easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), easterSunday(2027));
        for (int year = 2018; year <= 2030; year++) {
            LocalDate easter = easterSunday(year);
            assertEquals("Good Friday", calendar.holiday(easter.minusDays(2)).orElseThrow().title(), "Good Friday " + year);
            assertEquals("Easter Monday", calendar.holiday(easter.plusDays(1)).orElseThrow().title(), "Easter Monday " + year);
        }
    }

    @Test
    @DisplayName("R9-timely: every shipped year matches the rules worked out independently")
    void everyYearMatchesTheRules() {
        for (int year = 2018; year <= 2030; year++) {
            assertEquals(expectedHolidays(year), shipped(year), "bank holidays in " + year);
        }
    }

    @Test
    @DisplayName("R9-timely: no bank holiday falls on a weekend; substitute days are weekdays")
    void holidaysAreWeekdays() {
        for (int year = 2018; year <= 2030; year++) {
            for (BankHoliday h : calendar.holidaysIn(year)) {
                assertFalse(h.date().getDayOfWeek() == DayOfWeek.SATURDAY || h.date().getDayOfWeek() == DayOfWeek.SUNDAY,
                        h + " is at a weekend");
            }
        }
    }

    @Test
    @DisplayName("R9-timely: Christmas and Boxing Day substitute days")
    void christmasSubstitutes() {
        // 2026: Christmas Friday, Boxing Day Saturday -> Monday 28th.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 25)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)));
        assertTrue(calendar.holiday(LocalDate.of(2026, 12, 28)).orElseThrow().substitute());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 29)));
        // 2027: Christmas Saturday -> Monday 27th and Tuesday 28th.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 12, 27)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 12, 28)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 12, 29)));
        // 2022: Christmas Sunday -> Boxing Day Monday 26th, Christmas substitute Tuesday 27th.
        assertEquals("Boxing Day", calendar.holiday(LocalDate.of(2022, 12, 26)).orElseThrow().title());
        assertEquals("Christmas Day", calendar.holiday(LocalDate.of(2022, 12, 27)).orElseThrow().title());
        // New Year at a weekend.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 1, 3)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 1, 2)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2028, 1, 3)));
    }

    @Test
    @DisplayName("R9-timely: one-off days and moved holidays (2020 VE day, 2022 Jubilee and State Funeral, 2023 Coronation)")
    void oneOffDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 5, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 5, 4)), "early May 2020 moved to Friday 8 May");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 6, 2)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 6, 3)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2022, 5, 30)), "spring 2022 moved to Thursday 2 June");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 9, 19)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 5, 8)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 5, 1)), "the 2023 early May holiday still stood");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-11-27", "2031-01-06"})
    @DisplayName("R9-timely: ordinary weekdays are working days, also beyond the list")
    void ordinaryWeekdays(String day) {
        assertTrue(calendar.isWorkingDay(LocalDate.parse(day)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21", "2026-11-22", "2031-01-04"})
    @DisplayName("R9-timely: weekends are never working days, also beyond the list")
    void weekends(String day) {
        assertFalse(calendar.isWorkingDay(LocalDate.parse(day)));
    }

    @Test
    @DisplayName("R9-timely: a GOV.UK bank-holidays.json download can replace the shipped list")
    void readsGovUkShape() {
        String json = """
                {"england-and-wales":{"division":"england-and-wales","events":[
                  {"title":"New Year’s Day","date":"2032-01-01","notes":"","bunting":true},
                  {"title":"Boxing Day","date":"2032-12-28","notes":"Substitute day","bunting":true}]},
                 "scotland":{"division":"scotland","events":[
                  {"title":"St Andrew’s Day","date":"2032-11-30","notes":"","bunting":true}]}}
                """;
        WorkingCalendar c = WorkingCalendar.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2032, c.firstYear());
        assertEquals(2032, c.lastYear());
        assertTrue(c.holiday(LocalDate.of(2032, 12, 28)).orElseThrow().substitute());
        assertTrue(c.isWorkingDay(LocalDate.of(2032, 11, 30)), "Scottish days do not count in England and Wales");
    }

    @Test
    @DisplayName("R9-timely: a broken holiday list says what is wrong")
    void brokenList() {
        String json = "{\"england-and-wales\":{\"events\":[{\"title\":\"x\",\"date\":\"28/12/2032\"}]}}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals("The bank holiday list has a date that is not YYYY-MM-DD: '28/12/2032'.", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.fromJson(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
    }
}
