package org.doorstep.model.visit;

/**
 * Whether the visit went ahead (R5.2-failed). Only a {@link #COMPLETED} visit records the child's
 * and carer's views, the analysis and the privacy notice; every other outcome is a failed visit,
 * recorded on its own short path: when, where, who, what happened and the actions taken.
 */
public enum VisitOutcome {
    COMPLETED("The visit went ahead"),
    NO_RESPONSE("No response at the door"),
    REFUSED_ENTRY("Entry was refused"),
    CANCELLED_BY_FAMILY("Cancelled by the family"),
    CANCELLED_BY_PRACTITIONER("Cancelled by the practitioner");

    private final String label;

    VisitOutcome(String label) {
        this.label = label;
    }

    /** Plain words for the record and the tablet. */
    public String label() {
        return label;
    }

    public boolean failed() {
        return this != COMPLETED;
    }
}
