package org.doorstep.model.timely;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days are working days in England and Wales: Monday to Friday, except bank holidays.
 *
 * <p>Bank holidays are data, not rules: they are announced by royal proclamation and one-off days
 * appear at short notice. The default calendar reads them from
 * {@code england-and-wales-bank-holidays.json} shipped next to this class, in the same shape as
 * {@code https://www.gov.uk/bank-holidays.json}, so an organisation can drop in a newer download.
 *
 * <p>A day outside the years the data covers counts weekends only; {@link #covers(LocalDate)} tells
 * a caller when that is happening so it can warn that the holiday list needs updating.
 */
public final class WorkingCalendar {

    static final String DEFAULT_RESOURCE = "england-and-wales-bank-holidays.json";
    private static final String DIVISION = "england-and-wales";

    private final Map<LocalDate, BankHoliday> holidays;
    private final int firstYear;
    private final int lastYear;

    private WorkingCalendar(Collection<BankHoliday> holidays, int firstYear, int lastYear) {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("The holiday list covers no years: " + firstYear + " to " + lastYear + ".");
        }
        TreeMap<LocalDate, BankHoliday> byDate = new TreeMap<>();
        for (BankHoliday h : holidays) {
            byDate.put(h.date(), h);
        }
        this.holidays = byDate;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The England and Wales calendar shipped with the model. */
    public static WorkingCalendar englandAndWales() {
        return Holder.DEFAULT;
    }

    /** A calendar from a given list of holidays, covering {@code firstYear} to {@code lastYear} inclusive. */
    public static WorkingCalendar of(Collection<BankHoliday> holidays, int firstYear, int lastYear) {
        return new WorkingCalendar(holidays, firstYear, lastYear);
    }

    /**
     * Reads a holiday list in the GOV.UK {@code bank-holidays.json} shape (the
     * {@code england-and-wales} division). Covered years are {@code firstYear}/{@code lastYear} when
     * the file states them, otherwise the first and last year that has any event.
     */
    public static WorkingCalendar fromJson(InputStream json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("The bank holiday list could not be read: " + e.getMessage(), e);
        }
        JsonNode events = root == null ? null : root.path(DIVISION).path("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new IllegalArgumentException("The bank holiday list has no '" + DIVISION + "' events.");
        }
        List<BankHoliday> list = new ArrayList<>();
        for (JsonNode e : events) {
            String date = e.path("date").asText("");
            try {
                list.add(new BankHoliday(LocalDate.parse(date), e.path("title").asText(""),
                        e.path("notes").asText("").toLowerCase().contains("substitute")));
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("The bank holiday list has a date that is not YYYY-MM-DD: '" + date + "'.", ex);
            }
        }
        int min = list.stream().mapToInt(h -> h.date().getYear()).min().orElseThrow();
        int max = list.stream().mapToInt(h -> h.date().getYear()).max().orElseThrow();
        return new WorkingCalendar(list, root.path("firstYear").asInt(min), root.path("lastYear").asInt(max));
    }

    /** True on Monday to Friday when the day is not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /** The bank holiday on this day, if there is one. */
    public Optional<BankHoliday> holiday(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    /** All bank holidays in one year, in date order. */
    public List<BankHoliday> holidaysIn(int year) {
        return holidays.values().stream().filter(h -> h.date().getYear() == year).toList();
    }

    /** Whether the holiday list covers this day's year; outside it only weekends are known. */
    public boolean covers(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    private static final class Holder {
        static final WorkingCalendar DEFAULT = load();

        private static WorkingCalendar load() {
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The bank holiday list " + DEFAULT_RESOURCE + " is missing from the build.");
                }
                return fromJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
