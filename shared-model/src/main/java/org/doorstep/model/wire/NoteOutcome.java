package org.doorstep.model.wire;

import org.doorstep.model.receipt.Receipt;

/** One note's outcome in a batch: a receipt, or a problem. */
public record NoteOutcome(String noteId, NoteStatus status, Receipt receipt, Problem problem) {

    public static NoteOutcome accepted(Receipt r) {
        return new NoteOutcome(r.noteId(), NoteStatus.ACCEPTED, r, null);
    }

    public static NoteOutcome duplicate(Receipt r) {
        return new NoteOutcome(r.noteId(), NoteStatus.DUPLICATE, r, null);
    }

    public static NoteOutcome rejected(String noteId, Problem p) {
        return new NoteOutcome(noteId, NoteStatus.REJECTED, null, p);
    }
}
