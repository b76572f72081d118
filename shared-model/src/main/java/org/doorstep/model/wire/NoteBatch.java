package org.doorstep.model.wire;

import java.util.List;
import org.doorstep.model.signing.SignedNote;

/** POST /api/v1/notes: one or more signed notes; each gets its own outcome. */
public record NoteBatch(List<SignedNote> notes) {
}
