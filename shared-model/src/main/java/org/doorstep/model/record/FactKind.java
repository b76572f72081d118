package org.doorstep.model.record;

import java.util.Arrays;
import java.util.Optional;

/** The single-valued facts of a case's basic record (R5.1-basic), each kept with its history (R5.4-current-historical). */
public enum FactKind {
    PLACEMENT("placement", "Placement"),
    LEGAL_STATUS("legal-status", "Legal status"),
    CONTACT_ARRANGEMENTS("contact-arrangements", "Contact arrangements"),
    COMMUNICATION_NEEDS("communication-needs", "Communication needs"),
    CLOSE_CONTACTS("close-contacts", "Close contacts"),
    /** Checked with {@link NhsNumber} and kept as its ten digits; the case row holds the current one too. */
    NHS_NUMBER("nhs-number", "NHS number");

    private final String wire;
    private final String label;

    FactKind(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** Whether the value is words as a person writes them; an NHS number is an identifier with a check digit instead. */
    public boolean freeText() {
        return this != NHS_NUMBER;
    }

    public static Optional<FactKind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }
}
