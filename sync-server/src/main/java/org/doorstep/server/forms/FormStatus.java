package org.doorstep.server.forms;

import java.util.Arrays;
import java.util.Optional;

/** Where a visit-form version is in its life (R2-form-approval); only an approved one may be used for notes. */
public enum FormStatus {
    PROPOSED("proposed", "Proposed"),
    APPROVED("approved", "Approved"),
    RETIRED("retired", "Retired");

    private final String stored;
    private final String label;

    FormStatus(String stored, String label) {
        this.stored = stored;
        this.label = label;
    }

    /** The value in the {@code form_versions.status} column. */
    public String stored() {
        return stored;
    }

    public String label() {
        return label;
    }

    public static Optional<FormStatus> of(String stored) {
        return Arrays.stream(values()).filter(s -> s.stored.equals(stored)).findFirst();
    }
}
