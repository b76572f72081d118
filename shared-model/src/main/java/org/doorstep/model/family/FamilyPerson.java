package org.doorstep.model.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One person on a genogram. {@code id} is the record's own key (a household member's id, or one
 * made for a relative outside the household); {@code child} marks the child the case is about.
 */
public record FamilyPerson(String id, String name, Sex sex, LocalDate born, boolean deceased, LocalDate died,
        boolean inHousehold, boolean child) {

    public FamilyPerson {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? "Not named" : name.strip();
        sex = sex == null ? Sex.OTHER_UNKNOWN : sex;
        deceased = deceased || died != null;
    }

    /** Whole years on {@code asOf} (or at death), or -1 when the birth date is not known. */
    public int age(LocalDate asOf) {
        if (born == null) {
            return -1;
        }
        LocalDate end = died != null ? died : asOf;
        return end.isBefore(born) ? 0 : Period.between(born, end).getYears();
    }
}
