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

    /**
     * The kinds a form offers, by their wire names: {@code parent-of}, {@code sibling-of}, or a
     * partnership ({@code married}, {@code partnered}, {@code separated}, {@code divorced}).
     */
    public static final java.util.List<String> FORM_KINDS = java.util.List.of("parent-of", "married", "partnered", "separated",
            "divorced", "sibling-of");

    /** A relationship chosen on a form (a kind of {@link #FORM_KINDS}); empty when a part is missing or the kind unknown. */
    public static java.util.Optional<Relationship> ofForm(String from, String kind, String to, LocalDate since, LocalDate until) {
        if (from == null || to == null || kind == null) {
            return java.util.Optional.empty();
        }
        return switch (kind) {
            case "parent-of" -> java.util.Optional.of(new Relationship(Kind.PARENT_OF, from, to, null, since, until));
            case "sibling-of" -> java.util.Optional.of(new Relationship(Kind.SIBLING_OF, from, to, null, since, until));
            case "married", "partnered", "separated", "divorced" -> java.util.Optional.of(new Relationship(Kind.PARTNER_OF, from, to,
                    Bond.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), since, until));
            default -> java.util.Optional.empty();
        };
    }

    /** How a form names a kind, in words: "is parent of", "is married to"... */
    public static String verbOf(String formKind) {
        return switch (formKind) {
            case "parent-of" -> "is parent of";
            case "sibling-of" -> "is sibling of";
            case "married" -> "is married to";
            case "partnered" -> "is partner of";
            case "separated" -> "is separated from";
            case "divorced" -> "is divorced from";
            default -> formKind;
        };
    }

    /** The kind's wire name on a form, the inverse of {@link #ofForm}. */
    public String formKind() {
        return switch (kind) {
            case PARENT_OF -> "parent-of";
            case SIBLING_OF -> "sibling-of";
            case PARTNER_OF -> bond.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    public boolean involves(String id) {
        return from.equals(id) || to.equals(id);
    }
}
