package org.doorstep.model.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.visit.Violation;

/**
 * The 3-monthly case summary (R5.7-summary): the next is due 3 calendar months after the latest
 * summary, or after the case's first visit when none has been written; it is overdue from the day
 * after. A case with neither has nothing due yet.
 */
public final class SummaryRules {

    public static final int MONTHS = 3;
    public static final int MAX_TEXT = 10_000;

    private SummaryRules() {
    }

    public static Optional<LocalDate> dueOn(LocalDate latestSummary, LocalDate firstVisit) {
        LocalDate from = latestSummary != null ? latestSummary : firstVisit;
        return Optional.ofNullable(from).map(d -> d.plusMonths(MONTHS));
    }

    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /**
     * The first day a summary (or, with none, the first visit) can fall on and not be overdue
     * today: a case whose date is before this is overdue. Lets a query compare a stored date with
     * one bound; it is not simply {@code today - 3 months}, because adding months clamps at a
     * month's end (30 November + 3 months is 28 February), so several days share one due date.
     */
    public static LocalDate overdueIfBefore(LocalDate today) {
        LocalDate first = today.minusMonths(MONTHS);
        while (!overdue(first.minusDays(1).plusMonths(MONTHS), today)) {
            first = first.minusDays(1);
        }
        while (overdue(first.plusMonths(MONTHS), today)) {
            first = first.plusDays(1);
        }
        return first;
    }

    public static List<Violation> text(String summary) {
        List<Violation> v = new ArrayList<>();
        if (summary == null || summary.isBlank()) {
            v.add(new Violation("summary", "R5.7-summary", "Enter the case summary"));
        } else if (summary.strip().length() > MAX_TEXT) {
            v.add(new Violation("summary", "R5.7-summary", "The case summary must be " + MAX_TEXT + " characters or fewer"));
        }
        return v;
    }
}
