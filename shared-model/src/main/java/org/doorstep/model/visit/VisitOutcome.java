package org.doorstep.model.visit;

/**
 * Whether the visit went ahead (R5.2-failed). Only a {@link #COMPLETED} visit records the child's
 * and carer's views, the analysis and the privacy notice; every other outcome is a failed visit,
 * recorded on its own short path: when, where, who, what happened and the actions taken.
 */
public enum VisitOutcome {
    COMPLETED("The visit went ahead", "went ahead"),
    NO_RESPONSE("No response at the door", "no answer"),
    REFUSED_ENTRY("Entry was refused", "entry refused"),
    CANCELLED_BY_FAMILY("Cancelled by the family", "cancelled by the family"),
    CANCELLED_BY_PRACTITIONER("Cancelled by the practitioner", "cancelled by the practitioner");

    private final String label;
    private final String shortLabel;

    VisitOutcome(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** A few lower-case words for a list line: "Last visit: no answer, 3 Dec 2026". */
    public String shortLabel() {
        return shortLabel;
    }

    /** Plain words for the record and the tablet. */
    public String label() {
        return label;
    }

    public boolean failed() {
        return this != COMPLETED;
    }
}
