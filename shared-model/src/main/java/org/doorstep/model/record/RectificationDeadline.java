package org.doorstep.model.record;

import java.time.LocalDate;
import org.doorstep.model.timely.WorkingCalendar;

/**
 * When a request to correct the record must be answered (R11-rectify), as UK GDPR and the ICO
 * count it: one calendar month from the day the request was received (received 3 September, due
 * 3 October); when the following month has no such day, its last day (31 January, due 28 or 29
 * February); and when that day is not a working day, the next working day.
 */
public final class RectificationDeadline {

    /** How many days before the due date a request counts as due soon. */
    public static final int DUE_SOON_DAYS = 7;

    /** Where a request stands on a given day. */
    public enum Status {
        OPEN("Open"), DUE_SOON("Due soon"), OVERDUE("Overdue"), ANSWERED("Answered");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final WorkingCalendar calendar;

    public RectificationDeadline(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public static RectificationDeadline englandAndWales() {
        return new RectificationDeadline(WorkingCalendar.englandAndWales());
    }

    public LocalDate dueOn(LocalDate received) {
        // plusMonths already falls back to the month's last day when the day does not exist.
        LocalDate due = received.plusMonths(1);
        while (!calendar.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** Overdue the day after the due date; due soon in the {@link #DUE_SOON_DAYS} days up to it. */
    public static Status status(LocalDate dueOn, LocalDate today, boolean answered) {
        if (answered) {
            return Status.ANSWERED;
        }
        if (today.isAfter(dueOn)) {
            return Status.OVERDUE;
        }
        return today.isBefore(dueOn.minusDays(DUE_SOON_DAYS)) ? Status.OPEN : Status.DUE_SOON;
    }
}
