package org.doorstep.model.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a manager checks before a case leaves a practitioner or a team (R14-transfer): the record is
 * complete enough for someone new to pick it up. Each is ticked on the audit; all of them are kept
 * in the management decision that records the audit.
 */
public enum TransferCheck {
    VISITS_RECORDED("visits-recorded", "Every visit so far is recorded on the case and signed off"),
    CHRONOLOGY_CURRENT("chronology-current", "The chronology is up to date, with each line's source"),
    SUMMARY_CURRENT("summary-current", "The case summary is up to date"),
    PLAN_HANDED_OVER("plan-handed-over", "The plan's open actions are written down for the new practitioner"),
    FAMILY_TOLD("family-told", "The child and family have been told who their new practitioner will be");

    private final String wire;
    private final String label;

    TransferCheck(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<TransferCheck> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }
}
