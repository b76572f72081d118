package org.doorstep.model.plain;

import java.util.Objects;

/**
 * One place where plainer words would help (R10-plain). Advice only: a note with advice can still
 * be signed.
 *
 * @param start      index of the first character in the text
 * @param end        index just past the last character, so {@code text.substring(start, end)} is the term
 * @param term       the words as written in the text
 * @param suggestion what to write instead, or how to explain it
 * @param kind       an unexplained acronym, professional jargon, or judgemental wording
 */
public record Advice(int start, int end, String term, String suggestion, Kind kind) {

    public static final String REQUIREMENT = "R10-plain";

    public enum Kind {
        ACRONYM,
        JARGON,
        /** Wording that labels or judges a person rather than saying what happened ({@link PlainWriting}). */
        JUDGEMENTAL
    }

    public Advice {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("An advice span must be non-empty: " + start + ".." + end);
        }
    }

    /** A sentence to show beside the term. */
    public String message() {
        return switch (kind) {
            case ACRONYM -> "'" + term + "' is not explained, and the child or family may not know it. Try: " + suggestion + ".";
            case JARGON -> "'" + term + "' is professional language. Try: " + suggestion + ".";
            case JUDGEMENTAL -> "'" + term + "' may read as a judgement of the person, and could hurt the child or family "
                    + "reading it later. Try: " + suggestion + ".";
        };
    }
}
