package org.doorstep.model.confidential;

import java.util.Arrays;
import java.util.Optional;

/** What the originator of an item said when consulted before a release to the family (R8-access). */
public enum OriginatorAnswer {
    AGREES("agrees", "Agrees to the release"),
    OBJECTS("objects", "Objects");

    private final String wire;
    private final String label;

    OriginatorAnswer(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<OriginatorAnswer> fromWire(String wire) {
        return Arrays.stream(values()).filter(a -> a.wire.equals(wire)).findFirst();
    }
}
