package org.doorstep.model.family;

/** The sex a genogram symbol shows: square, circle, or a diamond when other or not known. */
public enum Sex {
    MALE, FEMALE, OTHER_UNKNOWN;

    /** The symbol for a gender as the child declares it in words; anything but plain male or female is its own symbol. */
    public static Sex ofDeclared(String gender) {
        String g = gender == null ? "" : gender.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (g) {
            case "male", "boy", "man" -> MALE;
            case "female", "girl", "woman" -> FEMALE;
            default -> OTHER_UNKNOWN;
        };
    }

    /** From a form's value ("male", "female", "other-unknown"); null when it is none of them. */
    public static Sex ofForm(String value) {
        for (Sex s : values()) {
            if (s.form().equals(value)) {
                return s;
            }
        }
        return null;
    }

    public String form() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
