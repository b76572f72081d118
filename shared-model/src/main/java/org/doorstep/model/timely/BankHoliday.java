package org.doorstep.model.timely;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off in England and Wales.
 *
 * @param date       the day itself (the substitute Monday, not the weekend day it stands in for)
 * @param title      its name as GOV.UK gives it, e.g. {@code Boxing Day}
 * @param substitute true when the day stands in for a holiday that fell at a weekend
 */
public record BankHoliday(LocalDate date, String title, boolean substitute) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }
}
