package org.doorstep.model.timely;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * R9-timely: a note is due within 48 working hours of the end of the visit. Only time on working
 * days counts, a working day being the whole 24 hours of a weekday that is not a bank holiday,
 * in Europe/London time. A visit ending at 16:00 on the Friday before a bank-holiday Monday is
 * therefore due at 16:00 on Wednesday. A note entered after that is a 'Late Entry'.
 *
 * <p>The tablet asks before signing ({@link #assessNow}); the server asks again with the note's
 * signing time ({@link #assess}), so both mark the same notes late.
 */
public final class LateEntryPolicy {

    public static final Duration ALLOWANCE = Duration.ofHours(48);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final WorkingCalendar calendar;
    private final Clock clock;

    public LateEntryPolicy(WorkingCalendar calendar, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a note about a visit that ended at {@code visitEnd} would be late if signed now. */
    public Timeliness assessNow(Instant visitEnd) {
        return assess(visitEnd, clock.instant());
    }

    /** Whether a note about a visit that ended at {@code visitEnd}, entered at {@code enteredAt}, is late. */
    public Timeliness assess(Instant visitEnd, Instant enteredAt) {
        Objects.requireNonNull(visitEnd, "visitEnd");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Instant due = dueBy(visitEnd);
        boolean late = enteredAt.isAfter(due);
        String message = late
                ? "This note is late: it was due by " + describe(due)
                        + ". It will be marked 'Late Entry' with today's date and time."
                : "This note is due by " + describe(due) + ".";
        if (!calendar.covers(visitEnd.atZone(LONDON).toLocalDate()) || !calendar.covers(due.atZone(LONDON).toLocalDate())) {
            message += " Bank holidays are only known for " + calendar.firstYear() + " to " + calendar.lastYear()
                    + ", so only weekends were left out: ask for the bank holiday list to be updated.";
        }
        return new Timeliness(due, enteredAt, late, message);
    }

    /** The moment 48 working hours after {@code visitEnd}. */
    public Instant dueBy(Instant visitEnd) {
        Duration remaining = ALLOWANCE;
        ZonedDateTime from = visitEnd.atZone(LONDON);
        LocalDate day = from.toLocalDate();
        while (true) {
            ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(LONDON);
            if (calendar.isWorkingDay(day)) {
                Duration available = Duration.between(from, endOfDay);
                if (remaining.compareTo(available) <= 0) {
                    return from.toInstant().plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            day = day.plusDays(1);
            from = endOfDay;
        }
    }

    /** "Wed 30 Dec 2026 16:00", or "the end of Tue 29 Dec 2026" when the moment is midnight. */
    static String describe(Instant moment) {
        ZonedDateTime local = moment.atZone(LONDON);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "the end of " + DAY.format(local.minusDays(1));
        }
        return WHEN.format(local);
    }
}
