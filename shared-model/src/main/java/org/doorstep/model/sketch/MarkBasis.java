package org.doorstep.model.sketch;

/** Whether the practitioner saw the mark, or was told about it (R11-fact-opinion: first-hand or not). */
public enum MarkBasis {
    SEEN,
    REPORTED
}
