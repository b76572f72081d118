package org.doorstep.model.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date as typed into a form (an ISO date, which is what a browser's date input sends): either the
 * date, nothing typed, or not a date, with the one message every form shows for that.
 */
public sealed interface FormDate {

    String NOT_A_DATE = "Enter a real date, for example 2026-03-31";

    record Given(LocalDate date) implements FormDate {
    }

    record Empty() implements FormDate {
    }

    record NotADate(String typed) implements FormDate {
    }

    static FormDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Empty();
        }
        try {
            return new Given(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            return new NotADate(typed);
        }
    }

    /** The date, or null when nothing or not a date was typed. */
    default LocalDate orNull() {
        return this instanceof Given g ? g.date() : null;
    }
}
