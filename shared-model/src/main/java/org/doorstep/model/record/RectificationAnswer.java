package org.doorstep.model.record;

/**
 * The answer to a request to correct the record (R11-rectify): the outcome (a
 * {@link RectificationOutcome} wire name), the reasons, and the id of the note that makes the
 * correction, if one is recorded; a correction is always a new entry, never an edit.
 */
public record RectificationAnswer(String outcome, String reasons, String correctionNoteId) {
}
