package org.doorstep.model.record;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A child's NHS number (R5.1-basic): ten digits whose last digit is a modulus 11 check digit.
 *
 * <p>The first nine digits are multiplied by 10, 9, ... 2 and added up; the check digit is
 * {@code 11 - (sum mod 11)}, where 11 becomes 0 and 10 means no valid number has those nine digits.
 * People write it as ten digits or in groups of 3, 3 and 4 ({@code 943 476 5919}).
 *
 * @param digits the ten digits, no spaces
 */
public record NhsNumber(String digits) {

    public static final String REQUIREMENT = "R5.1-basic";

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern GROUPED = Pattern.compile("\\d{3} \\d{3} \\d{4}");

    public NhsNumber {
        Objects.requireNonNull(digits, "digits");
        if (!TEN_DIGITS.matcher(digits).matches() || checkDigit(digits) != digits.charAt(9) - '0') {
            throw new IllegalArgumentException("Not a valid NHS number: " + digits);
        }
    }

    /** Reads what a person typed; {@link Parsed.Invalid} carries a message they can act on. */
    public static Parsed parse(String input) {
        if (input == null || input.isBlank()) {
            return new Parsed.Invalid(input, "Enter the NHS number: 10 digits, for example 943 476 5919.");
        }
        String s = input.strip();
        if (!s.chars().allMatch(c -> Character.isDigit(c) && c < 128 || c == ' ')) {
            return new Parsed.Invalid(input, "An NHS number has only digits and spaces; remove anything else.");
        }
        String digits = s.replace(" ", "");
        if (digits.length() != 10) {
            return new Parsed.Invalid(input, "An NHS number has 10 digits; this has " + digits.length() + ".");
        }
        if (!TEN_DIGITS.matcher(s).matches() && !GROUPED.matcher(s).matches()) {
            return new Parsed.Invalid(input, "Write the NHS number as 10 digits, or in groups of 3, 3 and 4 like 943 476 5919.");
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            return new Parsed.Invalid(input, "This is not a valid NHS number: a digit is wrong or two are swapped. "
                    + "Check it against a letter or record from the child's GP.");
        }
        return new Parsed.Valid(new NhsNumber(digits));
    }

    /** The number as people read it: {@code 943 476 5919}. */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }

    /** The check digit for the first nine digits, or 10 when no check digit can make them valid. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** The outcome of {@link #parse(String)}. */
    public sealed interface Parsed {

        /** The input is a valid NHS number. */
        record Valid(NhsNumber number) implements Parsed {
        }

        /** The input is not a valid NHS number; {@code message} says why in plain words. */
        record Invalid(String input, String message) implements Parsed {
        }
    }
}
