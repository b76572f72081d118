package org.doorstep.model.sketch;

import java.util.Optional;

/**
 * The rules for a body-map mark's typed fields, asked by both the signed {@link Mark} and the
 * tablet's form, so the form never lets through what the record refuses nor refuses what it takes.
 * The range is the one signed notes already carry (0 to 1000 cm, kept to 0.1 cm): a narrower one
 * would make notes signed under the old rule unreadable.
 */
public final class MarkRules {

    public static final double MIN_SIZE_CM = 0;
    public static final double MAX_SIZE_CM = 1_000;
    public static final String SIZE_RANGE = "Give a size from 0 to 1000 cm.";
    public static final String SIZE_NOT_A_NUMBER = "Give the size as a number of centimetres, such as 2.5.";

    /** A size as typed: the centimetres (null when left empty), or the message for the field. */
    public record TypedSize(Double cm, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private MarkRules() {
    }

    public static boolean sizeInRange(double cm) {
        return Double.isFinite(cm) && cm >= MIN_SIZE_CM && cm <= MAX_SIZE_CM;
    }

    /** The size as it is stored: to 0.1 cm. */
    public static double snapSize(double cm) {
        return Math.round(cm * 10) / 10.0;
    }

    /** "2,5", "2.5 cm" and "" (not measured) are all read; anything else gets a message. */
    public static TypedSize size(String typed) {
        String t = typed == null ? "" : typed.strip().replace(',', '.');
        if (t.endsWith("cm")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        if (t.isEmpty()) {
            return new TypedSize(null, null);
        }
        double cm;
        try {
            cm = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return new TypedSize(null, SIZE_NOT_A_NUMBER);
        }
        return sizeInRange(cm) ? new TypedSize(snapSize(cm), null) : new TypedSize(null, SIZE_RANGE);
    }

    /** The message for a text field longer than a mark keeps; empty when it fits. */
    public static Optional<String> textProblem(String text) {
        return text != null && text.length() > Mark.MAX_TEXT
                ? Optional.of("Keep this under " + Mark.MAX_TEXT + " characters.") : Optional.empty();
    }
}
