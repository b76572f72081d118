package org.doorstep.model.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.model.visit.Violation;

/**
 * The child's belongings (R5.4-child-property): what an item is and where it is, each a short text,
 * so the record says what belongs to the child and where to find it when it goes back to them.
 */
public final class PropertyRules {

    public static final String REQUIREMENT = "R5.4-child-property";
    public static final int MAX_TEXT = 300;

    private PropertyRules() {
    }

    /** A new item: what it is and where it is now. */
    public static List<Violation> item(String description, String location) {
        List<Violation> v = new ArrayList<>();
        text(v, "description", description, "Enter what the item is, for example: blue bike, photo album of her nan");
        v.addAll(location(location));
        return v;
    }

    /** Where an item is now. */
    public static List<Violation> location(String location) {
        List<Violation> v = new ArrayList<>();
        text(v, "location", location, "Enter where the item is now, for example: with the child at the foster home");
        return v;
    }

    /**
     * The changes a correction makes to the child's list: those it carries that the version it corrects
     * did not (R11-rectify). A correction is opened on everything the earlier version signed, its property
     * changes included, and those are on the list already; applying them again would move an item twice
     * or add it twice. Compared as signed (what happened, which item, its words and place, trimmed), each
     * of the earlier's changes standing for one of the correction's. A change the correction leaves out
     * is not undone: the list's history keeps what was applied, and a new place is recorded as a change.
     */
    public static List<PropertyChange> newInCorrection(List<PropertyChange> earlier, List<PropertyChange> correction) {
        List<List<Object>> left = new ArrayList<>(earlier.stream().map(PropertyRules::asSigned).toList());
        List<PropertyChange> out = new ArrayList<>();
        for (PropertyChange c : correction) {
            if (!left.remove(asSigned(c))) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Object> asSigned(PropertyChange c) {
        return java.util.Arrays.asList(c.kind(), c.itemId(), trimmed(c.description()), trimmed(c.location()));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? "" : s.strip();
    }

    /** The most changes one visit may carry: a move of a household, not an inventory. */
    public static final int MAX_CHANGES_PER_VISIT = 50;

    /**
     * A change recorded at a visit: a new item needs what it is and where; a move or a return needs the
     * item and where it is now; an item noted lost needs only the item (where it was last seen is optional).
     * The field is {@code propertyChanges}, so the form shows the message beside the list.
     */
    public static List<Violation> changes(List<PropertyChange> changes) {
        List<Violation> v = new ArrayList<>();
        if (changes.size() > MAX_CHANGES_PER_VISIT) {
            v.add(new Violation("propertyChanges", REQUIREMENT, "A visit may record at most " + MAX_CHANGES_PER_VISIT
                    + " changes to the child's belongings; this one records " + changes.size() + "."));
        }
        for (PropertyChange c : changes) {
            List<Violation> found = new ArrayList<>();
            if (c == null || c.kind() == null) {
                found.add(new Violation("propertyChanges", REQUIREMENT, "Say what happened to the item."));
            } else if (c.kind() == PropertyChange.Kind.ADDED) {
                found.addAll(item(c.description(), c.location()));
            } else if (c.itemId() == null) {
                found.add(new Violation("propertyChanges", REQUIREMENT, "Say which of the child's things this is."));
            } else if (c.kind() == PropertyChange.Kind.LOST) {
                if (c.location() != null && c.location().strip().length() > MAX_TEXT) {
                    found.addAll(location(c.location()));
                }
            } else {
                found.addAll(location(c.location()));
            }
            found.forEach(x -> v.add(new Violation("propertyChanges", REQUIREMENT, x.message())));
        }
        return v;
    }

    /**
     * Whether the legal status as written is a child looked after (in care under a care order or
     * accommodated under section 20): the case record offers the property list first to those.
     */
    public static boolean lookedAfter(String legalStatus) {
        String s = legalStatus == null ? "" : legalStatus.toLowerCase(Locale.UK);
        return s.contains("looked after") || s.contains("looked-after") || s.contains("care order")
                || s.contains("section 20") || s.contains("section 31") || s.contains("in care");
    }

    private static void text(List<Violation> v, String field, String text, String missing) {
        if (text == null || text.isBlank()) {
            v.add(new Violation(field, REQUIREMENT, missing));
        } else if (text.strip().length() > MAX_TEXT) {
            v.add(new Violation(field, REQUIREMENT, (field.equals("description") ? "What the item is" : "Where it is")
                    + " must be " + MAX_TEXT + " characters or fewer"));
        }
    }
}
