package org.doorstep.model.wire;

/** One recommendation of the child's plan or last review, which visit analysis links to (R5.2-analysis). */
public record PlanRecommendation(String id, String text) {
}
