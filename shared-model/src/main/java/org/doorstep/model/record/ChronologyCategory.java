package org.doorstep.model.record;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a chronology line added by hand is about (R5.5-chronology), so a court chronology can be read by theme. */
public enum ChronologyCategory {
    HEALTH("health", "Health"),
    EDUCATION("education", "Education"),
    LEGAL_STATUS("legal-status", "Legal status"),
    PLACEMENT("placement", "Placement"),
    OFFENCES("offences", "Offences"),
    FAMILY("family", "Family");

    private final String wire;
    private final String label;

    ChronologyCategory(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<ChronologyCategory> of(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }

    /** "health, education, ..." for a message. */
    public static String names() {
        return Arrays.stream(values()).map(ChronologyCategory::wire).collect(Collectors.joining(", "));
    }
}
