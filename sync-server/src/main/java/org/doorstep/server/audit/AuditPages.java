package org.doorstep.server.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.audit.AuditCheck;
import org.doorstep.model.audit.AuditRules;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/**
 * Audit sampling for a manager (R12-audit): draw a sample of a month's visits, grade each against the
 * checklist, and see the results per practitioner over time. Only managers audit; supervisors sign off.
 */
@Path("/workspace/audit")
@RolesAllowed(Staff.MANAGER)
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    /** A month the draw form offers. */
    @TemplateData
    public record MonthOption(String value, String label) {
    }

    /** The draw form as the manager filled it in. */
    @TemplateData
    public record DrawForm(String practitioner, String month, String size, String seed) {
    }

    /** A visit's grading form as filled in, when it came back with errors. */
    @TemplateData
    public record GradeForm(String noteId, Map<String, String> answers, String comment) {
        static final GradeForm NONE = new GradeForm("", Map.of(), "");

        /** The answer given for this visit's form; "" for every other visit's. */
        public String answer(String visit, String field) {
            return noteId.equals(visit) ? answers.getOrDefault(field, "") : "";
        }

        public String comment(String visit) {
            return noteId.equals(visit) ? comment : "";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Chrome chrome, List<Staff> practitioners, List<MonthOption> months,
                                             DrawForm form, FormErrors errors, List<AuditViews.SampleLine> samples,
                                             List<AuditViews.ResultRow> results);

        static native TemplateInstance sample(Chrome chrome, AuditViews.SampleView sample, List<AuditCheck> checks,
                                              GradeForm form, FormErrors errors, boolean graded);
    }

    private final Scope scope;
    private final PageChrome chrome;
    private final AuditDraws draws;
    private final AuditGrading grading;
    private final AuditViews views;
    private final AccessLog accessLog;

    AuditPages(Scope scope, PageChrome chrome, AuditDraws draws, AuditGrading grading, AuditViews views, AccessLog accessLog) {
        this.scope = scope;
        this.chrome = chrome;
        this.draws = draws;
        this.grading = grading;
        this.views = views;
        this.accessLog = accessLog;
    }

    @GET
    @Transactional
    public TemplateInstance audit() {
        Staff me = scope.me();
        return page(me, new DrawForm("", draws.thisMonth().minusMonths(1).toString(), "5", ""), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response draw(MultivaluedMap<String, String> f) {
        Staff me = scope.me();
        AuditDraws.Request r = new AuditDraws.Request(f.getFirst("practitioner"), f.getFirst("month"), f.getFirst("size"),
                f.getFirst("seed"));
        AuditDraws.Outcome outcome = draws.draw(me, r);
        if (outcome.drawn()) {
            return Response.seeOther(URI.create("/workspace/audit/samples/" + outcome.sample().id)).build();
        }
        DrawForm form = new DrawForm(blank(r.practitioner()), blank(r.month()), blank(r.size()), blank(r.seed()));
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page(me, form, new FormErrors(outcome.errors()))).build();
    }

    @GET
    @Path("/samples/{id: [0-9]{1,18}}")
    @Transactional
    public TemplateInstance sample(@PathParam("id") long id, @QueryParam("graded") String graded) {
        Staff me = scope.me();
        AuditSample s = views.sampleOf(me, id);
        return Templates.sample(chrome.of(me, "audit"), views.sample(s), List.of(AuditCheck.values()), GradeForm.NONE, FormErrors.NONE,
                graded != null);
    }

    @POST
    @Path("/samples/{id: [0-9]{1,18}}/visits/{noteId}/grade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response grade(@PathParam("id") long id, @PathParam("noteId") String noteId, MultivaluedMap<String, String> f) {
        Staff me = scope.me();
        AuditSample s = views.sampleOf(me, id);
        SampledVisit v = views.visitOf(s, noteId);
        Map<AuditCheck, String> answers = new EnumMap<>(AuditCheck.class);
        Map<String, String> typed = new java.util.HashMap<>();
        for (AuditCheck c : AuditCheck.values()) {
            String a = f.getFirst(c.field());
            if (a != null) {
                answers.put(c, a);
                typed.put(c.field(), a);
            }
        }
        accessLog.viewed(v.caseId, me.username, "Audit grade recorded");
        AuditGrading.Outcome outcome = grading.grade(me, s, v, answers, f.getFirst(AuditGrading.COMMENT));
        if (outcome.recorded()) {
            return Response.seeOther(URI.create("/workspace/audit/samples/" + s.id + "?graded=" + v.drawOrder + "#visit-" + v.drawOrder)).build();
        }
        // Each visit has its own form on the page: its fields' ids end in the visit's place in the sample.
        List<FieldError> errors = new ArrayList<>();
        outcome.errors().forEach(e -> errors.add(new FieldError(e.field() + "-" + v.drawOrder, e.message())));
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.sample(chrome.of(me, "audit"),
                views.sample(s), List.of(AuditCheck.values()), new GradeForm(v.noteId, typed, blank(f.getFirst(AuditGrading.COMMENT))),
                new FormErrors(errors), false)).build();
    }

    private TemplateInstance page(Staff me, DrawForm form, FormErrors errors) {
        YearMonth now = draws.thisMonth();
        List<MonthOption> months = new ArrayList<>();
        for (int i = 0; i <= AuditRules.MONTHS_BACK; i++) {
            YearMonth m = now.minusMonths(i);
            months.add(new MonthOption(m.toString(), AuditWords.month(m)));
        }
        return Templates.audit(chrome.of(me, "audit"), draws.practitioners(me), months, form, errors, views.samples(me),
                views.results(me));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
