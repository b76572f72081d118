package org.doorstep.model.audit;

/**
 * The overall grade of a sampled visit, from how many of the {@link AuditCheck}s it meets: derived,
 * never chosen, so two managers who answer the checklist alike give the same grade.
 */
public enum AuditGrade {
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    AuditGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** All five met is good; three or four requires improvement; fewer is inadequate. */
    public static AuditGrade of(int met) {
        if (met < 0 || met > AuditCheck.values().length) {
            throw new IllegalArgumentException("met must be 0 to " + AuditCheck.values().length + ": " + met);
        }
        return met == AuditCheck.values().length ? GOOD : met >= 3 ? REQUIRES_IMPROVEMENT : INADEQUATE;
    }
}
