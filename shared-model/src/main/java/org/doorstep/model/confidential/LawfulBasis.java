package org.doorstep.model.confidential;

import java.util.Arrays;
import java.util.Optional;

/**
 * On what basis information leaves the team (R6-consent, R7-shared-log). Only consent rests on the
 * family's agreement; every other basis is sharing without consent, which a manager decides.
 */
public enum LawfulBasis {
    CONSENT("consent", "Consent"),
    SAFEGUARDING("safeguarding", "Safeguarding a child (without consent)"),
    PUBLIC_INTEREST("public-interest", "Public interest (without consent)"),
    LEGAL_DUTY("legal-duty", "Court order or legal duty"),
    ACCESS_REQUEST("access-request", "The family's request to see the record");

    private final String wire;
    private final String label;

    LawfulBasis(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** Sharing on this basis overrides the family's wishes, so it is a manager's decision. */
    public boolean withoutConsent() {
        return this == SAFEGUARDING || this == PUBLIC_INTEREST;
    }

    public static Optional<LawfulBasis> fromWire(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire.equals(wire)).findFirst();
    }
}
