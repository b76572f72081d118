package org.doorstep.server.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.doorstep.server.notes.VisitDayTallies;

/**
 * A dashboard window ("since this instant") split the way the day tallies are kept (issue 14): the
 * whole days from {@link #firstWholeDay()} on, read as a sum of day rows, and the window's first,
 * partial day, from {@link #since()} to {@link #partialEnd()}, counted from the visits themselves. The
 * two together count exactly what a scan of the visits from {@code since} counts.
 */
record DayWindow(Instant since, LocalDate firstWholeDay, Instant partialEnd) {

    static DayWindow since(Instant since) {
        LocalDate next = VisitDayTallies.day(since).plusDays(1);
        return new DayWindow(since, next, next.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
