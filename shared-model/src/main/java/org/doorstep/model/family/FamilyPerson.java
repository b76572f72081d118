package org.doorstep.model.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doorstep.model.visit.Violation;

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

    /** What is wrong with a person as typed into a form (fields {@code name}, {@code born}, {@code died}); empty when nothing. */
    public static List<Violation> problems(String name, LocalDate born, LocalDate died, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(new Violation("name", "R5.6-genogram", "Enter the person's name"));
        } else if (name.strip().length() > 200) {
            out.add(new Violation("name", "R5.6-genogram", "The name must be 200 characters or fewer"));
        }
        if (born != null && born.isAfter(today)) {
            out.add(new Violation("born", "R5.6-genogram", "The date of birth must be today or in the past"));
        }
        if (died != null && died.isAfter(today)) {
            out.add(new Violation("died", "R5.6-genogram", "The date of death must be today or in the past"));
        } else if (died != null && born != null && died.isBefore(born)) {
            out.add(new Violation("died", "R5.6-genogram", "The date of death cannot be before the date of birth"));
        }
        return out;
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
