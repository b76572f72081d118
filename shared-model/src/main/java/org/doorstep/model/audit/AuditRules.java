package org.doorstep.model.audit;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a manager may ask for when drawing a sample and answering the checklist (R12-audit), with the
 * message to show beside the field when the answer will not do.
 */
public final class AuditRules {

    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 20;
    /** How many months back a sample may be drawn: the audit looks at recent practice. */
    public static final int MONTHS_BACK = 12;

    /** A parsed answer, or the message for the field. */
    public record Parsed<T>(T value, String problem) {
        public boolean ok() {
            return problem == null;
        }

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> problem(String message) {
            return new Parsed<>(null, message);
        }
    }

    private AuditRules() {
    }

    public static Parsed<Integer> size(String text) {
        String t = text == null ? "" : text.strip();
        try {
            int n = Integer.parseInt(t);
            if (n >= MIN_SIZE && n <= MAX_SIZE) {
                return Parsed.of(n);
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        return Parsed.problem("Enter how many visits to sample, a whole number from " + MIN_SIZE + " to " + MAX_SIZE);
    }

    /** A month from the list offered: this month or one of the {@link #MONTHS_BACK} before it. */
    public static Parsed<YearMonth> month(String text, YearMonth now) {
        try {
            YearMonth m = YearMonth.parse(text == null ? "" : text.strip());
            if (!m.isAfter(now) && !m.isBefore(now.minusMonths(MONTHS_BACK))) {
                return Parsed.of(m);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message
        }
        return Parsed.problem("Choose a month from the list");
    }

    /** Blank means "draw a new one" (empty); otherwise a whole number, to repeat an earlier draw. */
    public static Parsed<Optional<Long>> seed(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.of(Optional.empty());
        }
        try {
            return Parsed.of(Optional.of(Long.parseLong(t)));
        } catch (NumberFormatException e) {
            return Parsed.problem("Enter the seed as a whole number, as shown on an earlier sample, or leave it blank");
        }
    }

    /**
     * The checklist answers ("yes" or "no" per {@link AuditCheck#field()}): every question must be
     * answered, because an unanswered one would silently count as not met.
     */
    public static Map<AuditCheck, String> unanswered(Map<AuditCheck, String> answers) {
        Map<AuditCheck, String> problems = new EnumMap<>(AuditCheck.class);
        for (AuditCheck c : AuditCheck.values()) {
            String a = answers.get(c);
            if (!"yes".equals(a) && !"no".equals(a)) {
                problems.put(c, "Answer yes or no: " + c.label().toLowerCase(java.util.Locale.UK));
            }
        }
        return problems;
    }
}
