package org.doorstep.model.wire;

import java.util.List;

/**
 * One recommendation of the child's plan or last review, which visit analysis links to (R5.2-analysis),
 * with its tasks. New components go at the end only, so older caches and clients keep reading.
 *
 * @param tasks who does what by when; empty (never null) for a recommendation from a server or cache
 *              older than tasks
 */
public record PlanRecommendation(String id, String text, List<PlanTask> tasks) {

    public PlanRecommendation {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** A recommendation without tasks, as servers before tasks sent them. */
    public PlanRecommendation(String id, String text) {
        this(id, text, List.of());
    }
}
