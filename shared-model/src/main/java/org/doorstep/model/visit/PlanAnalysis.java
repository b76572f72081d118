package org.doorstep.model.visit;

/**
 * The practitioner's analysis of the visit against one recommendation of the child's plan or last
 * review (R5.2-analysis). An assessment, so the record labels it as the practitioner's opinion
 * (R11-fact-opinion).
 *
 * @param recommendationId the id of the {@code PlanRecommendation} it concerns, or {@link #NO_PLAN}
 * @param text             what the visit showed about progress towards it
 */
public record PlanAnalysis(String recommendationId, String text) {

    /**
     * The recommendation id of the one analysis a visit to a child with no plan yet holds (a new case,
     * before its first plan or review): the visit analysed against the concerns that led to the referral.
     */
    public static final String NO_PLAN = "no-plan";

    /** The analysis of a visit to a child who has no plan yet. */
    public static PlanAnalysis withoutPlan(String text) {
        return new PlanAnalysis(NO_PLAN, text);
    }

    public boolean withoutPlan() {
        return NO_PLAN.equals(recommendationId);
    }
}
