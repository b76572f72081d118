package org.doorstep.server.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.doorstep.model.plan.PlanRules;
import org.doorstep.model.wire.PlanTask;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.VisitPage;
import org.doorstep.server.workspace.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The child's plan or review recommendations on the case record (R5.2-analysis, R5.4): recorded,
 * changed and retired by a supervisor or manager, each step kept in the history; a change or a
 * retirement is also a management decision with its reason. Tablets receive the plan in force at sync.
 */
@ApplicationScoped
@Named("planRecord")
public class Plans {

    public static final String CHANGED = "plan-changed";
    public static final String RETIRED = "plan-retired";

    /** A task row as typed into a form. */
    public record TaskInput(String what, String owner, String due) {
    }

    /** One task in words. */
    public record TaskLine(String what, String owner, String due, boolean overdue) {
    }

    /** One step of a recommendation's history. */
    public record Step(String happened, String text, String tasks, String by, String at, String reason) {
    }

    /** A recommendation in words, with its current tasks and its history, newest step first. */
    public record Recommendation(String id, String text, List<TaskLine> tasks, boolean retired, String retiredBy,
                                 String retiredAt, String retiredReason, List<Step> history) {
    }

    public record Plan(String caseId, List<Recommendation> current, List<Recommendation> retired) {
    }

    public record Outcome(List<FieldError> errors, String id) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final EntityManager em;
    private final ZoneId zone;
    private final Words words;
    private final Decisions decisions;

    Plans(Clock clock, EntityManager em, Words words, Decisions decisions,
          @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.clock = clock;
        this.em = em;
        this.words = words;
        this.decisions = decisions;
        this.zone = zone;
    }

    /** The case's plan as the case record and the plan page show it. */
    @Transactional
    public Plan of(String caseId) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<PlanItem> all = PlanItem.list("caseId = ?1 order by position, id", caseId);
        List<String> ids = all.stream().map(p -> p.id).toList();
        Map<String, List<PlanTaskRow>> tasks = ids.isEmpty() ? Map.of() : PlanTaskRow.<PlanTaskRow>list(
                "recommendationId in ?1 order by position", ids).stream().collect(Collectors.groupingBy(t -> t.recommendationId));
        Map<String, List<PlanHistoryRow>> history = ids.isEmpty() ? Map.of() : PlanHistoryRow.<PlanHistoryRow>list(
                "caseId = ?1 order by doneAt desc, id desc", caseId).stream().collect(Collectors.groupingBy(h -> h.recommendationId));
        List<Recommendation> current = new ArrayList<>();
        List<Recommendation> retired = new ArrayList<>();
        for (PlanItem p : all) {
            Recommendation r = new Recommendation(p.id, p.text, tasks.getOrDefault(p.id, List.of()).stream()
                    .map(t -> new TaskLine(t.what, t.owner, words.date(t.dueBy), PlanRules.overdue(t.task(), today))).toList(),
                    p.retired(), p.retiredBy == null ? null : VisitPage.name(p.retiredBy),
                    p.retiredAt == null ? null : words.dateTime(p.retiredAt), p.retiredReason,
                    history.getOrDefault(p.id, List.of()).stream().map(h -> new Step(h.happened, h.text, h.tasks,
                            VisitPage.name(h.doneBy), words.dateTime(h.doneAt), h.reason)).toList());
            (p.retired() ? retired : current).add(r);
        }
        return new Plan(caseId, current, retired);
    }

    /** A new recommendation with its tasks, at the end of the plan. */
    @Transactional
    public Outcome record(Staff me, ChildCase c, String text, List<TaskInput> rows) {
        List<FieldError> errors = new ArrayList<>();
        List<PlanTask> tasks = tasks(rows, errors);
        FormErrors.addOncePerField(errors, PlanRules.recommendation(text, tasks));
        if (!errors.isEmpty()) {
            return new Outcome(errors, null);
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        PlanItem p = new PlanItem();
        p.id = UUID.randomUUID().toString();
        p.caseId = c.caseId;
        Integer last = em.createQuery("select max(p.position) from PlanItem p where p.caseId = ?1", Integer.class)
                .setParameter(1, c.caseId).getSingleResult();
        p.position = last == null ? 1 : last + 1;
        p.text = text.strip();
        p.recordedBy = me.username;
        p.recordedAt = clock.instant();
        p.persist();
        replaceTasks(p, tasks);
        history(p, PlanHistoryRow.RECORDED, tasks, me, null);
        return new Outcome(List.of(), p.id);
    }

    /** New wording or tasks for a recommendation in force; the earlier ones stay in its history. */
    @Transactional
    public Outcome change(Staff me, ChildCase c, String id, String text, List<TaskInput> rows, String reason) {
        PlanItem p = inForce(c, id);
        List<FieldError> errors = new ArrayList<>();
        List<PlanTask> tasks = tasks(rows, errors);
        FormErrors.addOncePerField(errors, PlanRules.change(text, tasks, reason));
        if (!errors.isEmpty()) {
            return new Outcome(errors, id);
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        p.text = text.strip();
        replaceTasks(p, tasks);
        history(p, PlanHistoryRow.CHANGED, tasks, me, reason.strip());
        decisions.onRecord(c.caseId, me, CHANGED, "Plan recommendation changed: " + p.text, reason.strip(), null);
        return new Outcome(List.of(), id);
    }

    /** Takes a recommendation out of the plan in force; visits' analysis of it keeps its link. */
    @Transactional
    public Outcome retire(Staff me, ChildCase c, String id, String reason) {
        PlanItem p = inForce(c, id);
        List<FieldError> errors = new ArrayList<>();
        FormErrors.addOncePerField(errors, PlanRules.retirement(reason));
        if (!errors.isEmpty()) {
            return new Outcome(errors, id);
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        p.retiredAt = clock.instant();
        p.retiredBy = me.username;
        p.retiredReason = reason.strip();
        List<PlanTask> tasks = PlanTaskRow.<PlanTaskRow>list("recommendationId = ?1 order by position", p.id).stream()
                .map(PlanTaskRow::task).toList();
        history(p, PlanHistoryRow.RETIRED, tasks, me, p.retiredReason);
        decisions.onRecord(c.caseId, me, RETIRED, "Plan recommendation retired: " + p.text, p.retiredReason, null);
        return new Outcome(List.of(), id);
    }

    /** The recommendation of this case that is in force, or not found. */
    public PlanItem inForce(ChildCase c, String id) {
        PlanItem p = id == null ? null : PlanItem.findById(id);
        if (p == null || !p.caseId.equals(c.caseId) || p.retired()) {
            throw new org.doorstep.server.workspace.Scope.NotInScope("There is no recommendation " + id
                    + " in force in the plan of case " + c.caseId + ".");
        }
        return p;
    }

    /** The tasks of a recommendation in force, as a form starts from them. */
    public List<TaskInput> typed(PlanItem p) {
        return PlanTaskRow.<PlanTaskRow>list("recommendationId = ?1 order by position", p.id).stream()
                .map(t -> new TaskInput(t.what, t.owner, t.dueBy.toString())).toList();
    }

    /** The form's rows as tasks: an empty row is no task (null, keeping its number); a due date that is not one gets its message. */
    private static List<PlanTask> tasks(List<TaskInput> rows, List<FieldError> errors) {
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TaskInput r = rows.get(i);
            if (PlanRules.emptyRow(r.what(), r.owner(), r.due())) {
                tasks.add(null);
                continue;
            }
            LocalDate due = FormErrors.date("task-" + (i + 1) + "-due", r.due(), errors);
            tasks.add(new PlanTask(strip(r.what()), strip(r.owner()), due));
        }
        return tasks;
    }

    private void replaceTasks(PlanItem p, List<PlanTask> tasks) {
        em.createQuery("delete from PlanTaskRow t where t.recommendationId = ?1").setParameter(1, p.id).executeUpdate();
        int position = 1;
        for (PlanTask t : tasks) {
            if (t == null) {
                continue;
            }
            PlanTaskRow row = new PlanTaskRow();
            row.recommendationId = p.id;
            row.position = position++;
            row.what = t.what();
            row.owner = t.owner();
            row.dueBy = t.dueBy();
            row.persist();
        }
    }

    private void history(PlanItem p, String happened, List<PlanTask> tasks, Staff me, String reason) {
        PlanHistoryRow h = new PlanHistoryRow();
        h.recommendationId = p.id;
        h.caseId = p.caseId;
        h.happened = happened;
        h.text = p.text;
        h.tasks = tasks.stream().filter(java.util.Objects::nonNull)
                .map(t -> t.what() + " · " + t.owner() + " · by " + words.date(t.dueBy())).collect(Collectors.joining("\n"));
        h.doneBy = me.username;
        h.doneAt = clock.instant();
        h.reason = reason;
        h.persist();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
