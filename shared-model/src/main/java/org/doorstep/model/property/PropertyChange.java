package org.doorstep.model.property;

/**
 * A change to the child's belongings recorded at a visit (R5.4-child-property), carried in the signed
 * note and applied to the case's property list when the note is merged, with the visit named in the
 * item's history.
 *
 * @param kind        what happened to the item
 * @param itemId      the item on the case's list; null for an item added at this visit
 * @param description what the item is; only for an item added at this visit, the list's own words otherwise
 * @param location    where the item is now (for a lost item: where it was last seen, or empty)
 */
public record PropertyChange(Kind kind, Long itemId, String description, String location) {

    public enum Kind {
        ADDED("Added"),
        MOVED("Moved"),
        LOST("Noted lost"),
        RETURNED("Returned to the child");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static PropertyChange added(String description, String location) {
        return new PropertyChange(Kind.ADDED, null, description, location);
    }

    public static PropertyChange of(Kind kind, long itemId, String location) {
        return new PropertyChange(kind, itemId, null, location);
    }

    /** "Moved: with her at the foster home" for the review and the item's history. */
    public String line(String itemDescription) {
        String where = location == null || location.isBlank() ? "" : ": " + location.strip();
        return (kind == Kind.ADDED ? description : itemDescription) + " — " + kind.words().toLowerCase(java.util.Locale.UK) + where;
    }
}
