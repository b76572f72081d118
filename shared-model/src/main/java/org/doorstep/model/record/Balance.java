package org.doorstep.model.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.visit.Violation;

/**
 * Strengths and concerns recorded apart (R5.4-balance). A record that names only concerns, or only
 * strengths, is one-sided: it is taken as written and flagged for the supervisor to look at, never
 * refused, because sometimes there really is nothing on one side and the practitioner says so.
 */
public enum Balance {
    /** Both recorded. */
    BALANCED(null),
    CONCERNS_ONLY("Concerns are recorded but no strengths: check whether the family's strengths were looked for"),
    STRENGTHS_ONLY("Strengths are recorded but no concerns: check whether any worries were missed"),
    /** Neither recorded apart (a summary written before they were asked for, or left in the text). */
    NOT_RECORDED(null);

    public static final int MAX_TEXT = 4_000;

    private final String flag;

    Balance(String flag) {
        this.flag = flag;
    }

    public static Balance of(String strengths, String concerns) {
        boolean s = strengths != null && !strengths.isBlank();
        boolean c = concerns != null && !concerns.isBlank();
        return s && c ? BALANCED : c ? CONCERNS_ONLY : s ? STRENGTHS_ONLY : NOT_RECORDED;
    }

    /** What the supervisor is told when the record is one-sided; empty when there is nothing to look at. */
    public Optional<String> flag() {
        return Optional.ofNullable(flag);
    }

    public boolean flagged() {
        return flag != null;
    }

    /** Only the length is checked: either may be left empty. */
    public static List<Violation> lengths(String strengths, String concerns) {
        List<Violation> v = new ArrayList<>();
        if (strengths != null && strengths.strip().length() > MAX_TEXT) {
            v.add(new Violation("strengths", "R5.4-balance", "Strengths must be " + MAX_TEXT + " characters or fewer"));
        }
        if (concerns != null && concerns.strip().length() > MAX_TEXT) {
            v.add(new Violation("concerns", "R5.4-balance", "Concerns must be " + MAX_TEXT + " characters or fewer"));
        }
        return v;
    }
}
