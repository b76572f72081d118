package org.doorstep.model.sketch;

/** What was on the skin's surface at the mark. */
public enum SurfaceSign {
    SCAB,
    BLISTER,
    BLEEDING;

    /** Lower-case words for a line or a table cell. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
