package org.doorstep.model.sketch;

/** What a stroke was drawn with: an opaque pen, or a translucent highlighter. */
public enum Tool {
    PEN,
    HIGHLIGHTER
}
