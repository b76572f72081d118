package org.doorstep.model.wire;

/** What the server did with one note of a batch. */
public enum NoteStatus {
    /** Newly merged into the case record; the receipt says where. */
    ACCEPTED,
    /** Already held with the same content; the receipt is the one first issued. */
    DUPLICATE,
    /** Refused; the problem says why. Nothing of the note was stored. */
    REJECTED
}
