package org.doorstep.model.wire;

import java.util.List;

/** The answer to a {@link NoteBatch}: one outcome per note, in the order sent. */
public record BatchOutcome(List<NoteOutcome> outcomes) {
}
