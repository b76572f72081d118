package org.doorstep.model.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a person typed it into a form, read one way everywhere: a date field's value
 * ({@code 2026-03-31}), the same typed by hand ({@code 31/3/2026}, {@code 31 3 2026}), or the GOV.UK
 * date input's three boxes. A date that cannot be read gets the one message {@link #NOT_A_DATE}; the
 * three boxes with one left empty say which.
 */
public sealed interface TypedDate {

    String NOT_A_DATE = "Enter a real date, for example 31 3 2026";

    /** Nothing was typed: the form's rules say whether the date was needed. */
    record Blank() implements TypedDate {
    }

    record Valid(LocalDate date) implements TypedDate {
    }

    record Invalid(String message) implements TypedDate {
    }

    Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[ /.-]+(\\d{1,2})[ /.-]+(\\d{4})");

    /** One text field. */
    static TypedDate read(String text) {
        if (text == null || text.isBlank()) {
            return new Blank();
        }
        String s = text.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(s);
        return dayFirst.matches() ? of(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1)) : new Invalid(NOT_A_DATE);
    }

    /** The GOV.UK date input: day, month and year in their own boxes. */
    static TypedDate read(String day, String month, String year) {
        String d = strip(day);
        String m = strip(month);
        String y = strip(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return new Blank();
        }
        List<String> missing = new ArrayList<>();
        if (d.isEmpty()) {
            missing.add("a day");
        }
        if (m.isEmpty()) {
            missing.add("a month");
        }
        if (y.isEmpty()) {
            missing.add("a year");
        }
        if (!missing.isEmpty()) {
            return new Invalid("The date must include " + String.join(" and ", missing));
        }
        if (!y.matches("[0-9]{4}") || !d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}")) {
            return new Invalid(NOT_A_DATE);
        }
        return of(y, m, d);
    }

    /** The date, or null when blank or unreadable. */
    default LocalDate orNull() {
        return this instanceof Valid v ? v.date() : null;
    }

    /** The message to show beside the field, or null when the date was read or left blank. */
    default String error() {
        return this instanceof Invalid i ? i.message() : null;
    }

    private static TypedDate of(String year, String month, String day) {
        try {
            return new Valid(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return new Invalid(NOT_A_DATE);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
