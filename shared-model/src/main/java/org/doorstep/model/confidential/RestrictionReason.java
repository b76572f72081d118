package org.doorstep.model.confidential;

import java.util.Arrays;
import java.util.Optional;

/** Why an item of the record is restricted (R7-restricted): the reasons the practice standard names. */
public enum RestrictionReason {
    THIRD_PARTY("third-party", "Third-party information"),
    POLICE("police", "Police information"),
    ADOPTION("adoption", "Adoption"),
    OTHER("other", "Other");

    private final String wire;
    private final String label;

    RestrictionReason(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<RestrictionReason> fromWire(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire.equals(wire)).findFirst();
    }
}
