package org.doorstep.server.plans;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.plan.PlanRules;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/**
 * The child's plan (R5.2-analysis, R5.4): the recommendations in force with their tasks, the retired
 * ones, and forms to add a recommendation, change one or retire one, each with its history.
 */
@Path("/workspace/cases/{caseId}/plan")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    private static final String ID = "{id: [A-Za-z0-9_-]{1,64}}";

    /** A task row of a form as it is shown: its number, what was typed, and each field's error (null for none). */
    public record Row(int n, String what, String owner, String due, String whatError, String ownerError, String dueError) {
        public boolean anyError() {
            return whatError != null || ownerError != null || dueError != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(Chrome chrome, String childName, Plans.Plan plan, String text, List<Row> rows,
                                            FormErrors errors, String done);

        static native TemplateInstance recommendation(Chrome chrome, String childName, String caseId,
                                                      Plans.Recommendation recommendation, String text, List<Row> rows,
                                                      String reason, FormErrors errors, String retireReason,
                                                      FormErrors retireErrors);
    }

    private final Scope scope;
    private final Plans plans;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    PlanPages(Scope scope, Plans plans, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.plans = plans;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance plan(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Plan");
        return Templates.plan(chrome.of(me, "cases"), DeclaredIdentity.nameOf(c), plans.of(c.caseId), "", rows(List.of(), 3, FormErrors.NONE),
                FormErrors.NONE, done(done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response record(@PathParam("caseId") String caseId, MultivaluedMap<String, String> form) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        // Logged before the case row is locked: the log writes in its own transaction.
        accessLog.viewed(c.caseId, me.username, "Plan recommendation recorded");
        List<Plans.TaskInput> typed = typedRows(form);
        Plans.Outcome outcome = plans.record(me, c, form.getFirst("text"), typed);
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/plan?done=recorded")).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.plan(chrome.of(me, "cases"),
                DeclaredIdentity.nameOf(c), plans.of(c.caseId), text(form.getFirst("text")), rows(typed, typed.size(), errors(outcome)),
                errors(outcome), null)).build();
    }

    @GET
    @Path("/" + ID)
    @Transactional
    public TemplateInstance recommendation(@PathParam("caseId") String caseId, @PathParam("id") String id) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        PlanItem p = plans.inForce(c, id);
        accessLog.viewed(c.caseId, me.username, "Plan recommendation");
        List<Plans.TaskInput> tasks = plans.typed(p);
        return recommendationPage(me, c, id, p.text, rows(tasks, Math.min(PlanRules.MAX_TASKS, tasks.size() + 2), FormErrors.NONE),
                "", FormErrors.NONE, "", FormErrors.NONE);
    }

    @POST
    @Path("/" + ID + "/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response change(@PathParam("caseId") String caseId, @PathParam("id") String id,
                           MultivaluedMap<String, String> form) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Plan recommendation changed");
        List<Plans.TaskInput> typed = typedRows(form);
        Plans.Outcome outcome = plans.change(me, c, id, form.getFirst("text"), typed, form.getFirst("reason"));
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/plan?done=changed")).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(recommendationPage(me, c, id,
                text(form.getFirst("text")), rows(typed, typed.size(), errors(outcome)), text(form.getFirst("reason")),
                errors(outcome), "", FormErrors.NONE)).build();
    }

    @POST
    @Path("/" + ID + "/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response retire(@PathParam("caseId") String caseId, @PathParam("id") String id,
                           MultivaluedMap<String, String> form) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Plan recommendation retired");
        Plans.Outcome outcome = plans.retire(me, c, id, form.getFirst("retireReason"));
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/plan?done=retired")).build();
        }
        PlanItem p = plans.inForce(c, id);
        List<Plans.TaskInput> tasks = plans.typed(p);
        // The retire form's reason field has its own id on the page, beside the change form's.
        FormErrors errors = new FormErrors(outcome.errors().stream()
                .map(e -> new org.doorstep.server.review.Decisions.FieldError("retireReason", e.message())).toList());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(recommendationPage(me, c, id, p.text,
                rows(tasks, Math.min(PlanRules.MAX_TASKS, tasks.size() + 2), FormErrors.NONE), "", FormErrors.NONE,
                text(form.getFirst("retireReason")), errors)).build();
    }

    private TemplateInstance recommendationPage(Staff me, ChildCase c, String id, String text, List<Row> rows,
                                                String reason, FormErrors errors, String retireReason, FormErrors retireErrors) {
        Plans.Recommendation r = plans.of(c.caseId).current().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return Templates.recommendation(chrome.of(me, "cases"), DeclaredIdentity.nameOf(c), c.caseId, r, text, rows, reason,
                errors, retireReason, retireErrors);
    }

    /** The task rows of a submitted form, as many as it had (at most the rules' maximum). */
    private static List<Plans.TaskInput> typedRows(MultivaluedMap<String, String> form) {
        List<Plans.TaskInput> rows = new ArrayList<>();
        for (int n = 1; n <= PlanRules.MAX_TASKS; n++) {
            String what = form.getFirst("task-" + n + "-what");
            String owner = form.getFirst("task-" + n + "-owner");
            String due = form.getFirst("task-" + n + "-due");
            if (what == null && owner == null && due == null) {
                break;
            }
            rows.add(new Plans.TaskInput(what, owner, due));
        }
        return rows;
    }

    /** The rows to show: what was typed or stored, then empty ones up to {@code count}. */
    private static List<Row> rows(List<Plans.TaskInput> typed, int count, FormErrors errors) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(count, typed.size()); i++) {
            Plans.TaskInput t = i < typed.size() ? typed.get(i) : new Plans.TaskInput("", "", "");
            String n = "task-" + (i + 1) + "-";
            rows.add(new Row(i + 1, text(t.what()), text(t.owner()), text(t.due()), errors.of(n + "what"),
                    errors.of(n + "owner"), errors.of(n + "due")));
        }
        return rows;
    }

    private static FormErrors errors(Plans.Outcome outcome) {
        return new FormErrors(outcome.errors());
    }

    private static String done(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "recorded" -> "Recommendation added to the plan. Practitioners' tablets receive it at their next sync.";
            case "changed" -> "Recommendation changed. The earlier wording is kept in its history.";
            case "retired" -> "Recommendation retired. Visits' analysis of it stays linked to it.";
            default -> null;
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
