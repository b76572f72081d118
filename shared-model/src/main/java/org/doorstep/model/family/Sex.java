package org.doorstep.model.family;

/** The sex a genogram symbol shows: square, circle, or a diamond when other or not known. */
public enum Sex {
    MALE, FEMALE, OTHER_UNKNOWN
}
