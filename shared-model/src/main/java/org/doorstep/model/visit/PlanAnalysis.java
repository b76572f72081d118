package org.doorstep.model.visit;

/**
 * The practitioner's analysis of the visit against one recommendation of the child's plan or last
 * review (R5.2-analysis). An assessment, so the record labels it as the practitioner's opinion
 * (R11-fact-opinion).
 *
 * @param recommendationId the id of the {@code PlanRecommendation} it concerns
 * @param text             what the visit showed about progress towards it
 */
public record PlanAnalysis(String recommendationId, String text) {
}
