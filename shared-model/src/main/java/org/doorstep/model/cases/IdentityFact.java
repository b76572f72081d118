package org.doorstep.model.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The child's legal identity on the case (R5.1-basic): set when the case opens at referral and
 * corrected later only with the evidence seen, such as a birth certificate. The name the child
 * declares is another fact ({@code R5.1-gender}), changed without a document.
 */
public enum IdentityFact {
    LEGAL_NAME("legal-name", "Legal name"),
    DATE_OF_BIRTH("date-of-birth", "Date of birth"),
    ADDRESS("address", "Address");

    private final String wire;
    private final String label;

    IdentityFact(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<IdentityFact> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }
}
