package org.doorstep.model.media;

import java.util.Arrays;
import java.util.Optional;

/** What a document attached to a case is (R1-media), so a court order is found among reports. */
public enum DocumentKind {
    COURT_ORDER("court-order", "Court order"),
    PLAN("plan", "Plan"),
    REPORT("report", "Report"),
    PHOTO("photo", "Photo"),
    OTHER("other", "Other document");

    private final String wire;
    private final String label;

    DocumentKind(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentKind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }
}
