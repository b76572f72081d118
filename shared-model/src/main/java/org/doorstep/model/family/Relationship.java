package org.doorstep.model.family;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A relationship between two people on the record: {@code from} is parent of {@code to}, or the
 * two are partners (with a {@link Bond}) or siblings. Dates are optional; {@code until} ends a
 * partnership in separation or divorce.
 */
public record Relationship(Kind kind, String from, String to, Bond bond, LocalDate since, LocalDate until) {

    public enum Kind {
        PARENT_OF, PARTNER_OF, SIBLING_OF
    }

    public Relationship {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (kind == Kind.PARTNER_OF && bond == null) {
            bond = Bond.PARTNERED;
        }
        if (kind != Kind.PARTNER_OF) {
            bond = null;
        }
    }

    public static Relationship parentOf(String parent, String child) {
        return new Relationship(Kind.PARENT_OF, parent, child, null, null, null);
    }

    public static Relationship partners(String a, String b, Bond bond) {
        return new Relationship(Kind.PARTNER_OF, a, b, bond, null, null);
    }

    public static Relationship siblings(String a, String b) {
        return new Relationship(Kind.SIBLING_OF, a, b, null, null, null);
    }

    public boolean involves(String id) {
        return from.equals(id) || to.equals(id);
    }
}
