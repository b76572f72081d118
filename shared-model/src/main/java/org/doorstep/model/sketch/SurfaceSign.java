package org.doorstep.model.sketch;

/** What was on the skin's surface at the mark. */
public enum SurfaceSign {
    SCAB,
    BLISTER,
    BLEEDING
}
