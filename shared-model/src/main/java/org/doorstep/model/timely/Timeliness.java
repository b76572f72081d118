package org.doorstep.model.timely;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a note was written in time (R9-timely).
 *
 * @param dueBy     the moment 48 working hours after the visit ended
 * @param enteredAt when the note was entered (signed); a late note is marked with this time
 * @param late      true when {@code enteredAt} is after {@code dueBy}
 * @param message   plain words for the practitioner
 */
public record Timeliness(Instant dueBy, Instant enteredAt, boolean late, String message) {

    public static final String REQUIREMENT = "R9-timely";

    public Timeliness {
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(message, "message");
    }
}
