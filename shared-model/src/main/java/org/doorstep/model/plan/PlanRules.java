package org.doorstep.model.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.PlanTask;

/**
 * What a recommendation of the child's plan or review must hold (R5.2-analysis, R5.4): the
 * recommendation in words and, for each task, what, who owns it and by when. A change or a retirement
 * says why, because the earlier wording stays in the record as history.
 */
public final class PlanRules {

    public static final String REQUIREMENT = "R5.2-analysis";
    public static final int MAX_TEXT = 2000;
    public static final int MAX_TASK = 500;
    public static final int MAX_OWNER = 200;
    public static final int MAX_REASON = 1000;
    /** The form offers this many task rows; a plan needing more is split into recommendations. */
    public static final int MAX_TASKS = 5;

    private PlanRules() {
    }

    /**
     * The recommendation and its tasks. Task fields are named {@code task-N-what}, {@code task-N-owner}
     * and {@code task-N-due} (N from 1) so a form can show each message beside its input; a null task
     * is a row of the form left empty, skipped but counted, so N stays the row's number.
     */
    public static List<Violation> recommendation(String text, List<PlanTask> tasks) {
        List<Violation> v = new ArrayList<>();
        if (blank(text)) {
            v.add(new Violation("text", REQUIREMENT, "Write the recommendation, for example: Amelia attends school every day."));
        } else if (text.strip().length() > MAX_TEXT) {
            v.add(new Violation("text", REQUIREMENT, "The recommendation must be " + MAX_TEXT + " characters or fewer."));
        }
        if (tasks.stream().filter(java.util.Objects::nonNull).count() > MAX_TASKS) {
            v.add(new Violation("task-1-what", REQUIREMENT, "A recommendation has at most " + MAX_TASKS
                    + " tasks; split it into two recommendations."));
        }
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask t = tasks.get(i);
            if (t == null) {
                continue;
            }
            String n = "task-" + (i + 1) + "-";
            if (blank(t.what())) {
                v.add(new Violation(n + "what", REQUIREMENT, "Say what task " + (i + 1) + " is."));
            } else if (t.what().strip().length() > MAX_TASK) {
                v.add(new Violation(n + "what", REQUIREMENT, "Task " + (i + 1) + " must be " + MAX_TASK + " characters or fewer."));
            }
            if (blank(t.owner())) {
                v.add(new Violation(n + "owner", REQUIREMENT, "Say who owns task " + (i + 1) + ", for example: Jade Smith, mother."));
            } else if (t.owner().strip().length() > MAX_OWNER) {
                v.add(new Violation(n + "owner", REQUIREMENT, "The owner must be " + MAX_OWNER + " characters or fewer."));
            }
            if (t.dueBy() == null) {
                v.add(new Violation(n + "due", REQUIREMENT, "Enter the date task " + (i + 1) + " is due by."));
            }
        }
        return v;
    }

    /** A change to a recommendation: the new wording and tasks, and why it changed. */
    public static List<Violation> change(String text, List<PlanTask> tasks, String reason) {
        List<Violation> v = recommendation(text, tasks);
        reason(v, reason, "Say why the recommendation changes, for example: agreed at the review on 2 December.");
        return v;
    }

    /** Retiring a recommendation: it leaves the plan (its history and the visits' analysis of it stay). */
    public static List<Violation> retirement(String reason) {
        List<Violation> v = new ArrayList<>();
        reason(v, reason, "Say why the recommendation is retired, for example: achieved, or replaced at the review.");
        return v;
    }

    /** True when a task row of a form was left wholly empty, which means no task rather than a mistake. */
    public static boolean emptyRow(String what, String owner, String due) {
        return blank(what) && blank(owner) && blank(due);
    }

    /** Whether a task's due date has passed. */
    public static boolean overdue(PlanTask task, LocalDate today) {
        return task.dueBy() != null && task.dueBy().isBefore(today);
    }

    private static void reason(List<Violation> v, String reason, String missing) {
        if (blank(reason)) {
            v.add(new Violation("reason", REQUIREMENT, missing));
        } else if (reason.strip().length() > MAX_REASON) {
            v.add(new Violation("reason", REQUIREMENT, "The reason must be " + MAX_REASON + " characters or fewer."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
