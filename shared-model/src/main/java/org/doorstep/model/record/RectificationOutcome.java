package org.doorstep.model.record;

import java.util.Arrays;
import java.util.Optional;

/** How a request to correct the record was answered (R11-rectify). */
public enum RectificationOutcome {
    CORRECTED("corrected", "Corrected"),
    PARTLY_CORRECTED("partly-corrected", "Partly corrected"),
    REFUSED("refused", "Refused");

    private final String wire;
    private final String label;

    RectificationOutcome(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** Whether something in the record was corrected, so a correcting note may be named. */
    public boolean corrects() {
        return this != REFUSED;
    }

    public static Optional<RectificationOutcome> of(String wire) {
        return Arrays.stream(values()).filter(o -> o.wire.equals(wire)).findFirst();
    }
}
