package org.doorstep.model.wire;

import java.util.List;
import org.doorstep.model.signing.SignedNote;

/** POST /api/v1/notes/batch: one or more signed notes; each gets its own outcome. */
public record NoteBatch(List<SignedNote> notes) {

    /** The most notes one batch may hold: the server refuses more, so the tablet sends more in several. */
    public static final int MAX_NOTES = 100;
}
