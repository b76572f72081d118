package org.doorstep.model.family;

/** What a partner-of line says about the couple, drawn in the usual genogram notation. */
public enum Bond {
    /** a solid line */
    MARRIED,
    /** a dashed line */
    PARTNERED,
    /** a solid line crossed once */
    SEPARATED,
    /** a solid line crossed twice */
    DIVORCED
}
