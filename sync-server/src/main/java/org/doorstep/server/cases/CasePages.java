package org.doorstep.server.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.doorstep.model.cases.TransferCheck;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/**
 * A case's management page and its forms (R14-transfer, R1-contemporaneous, R5.1-basic): where the
 * case is now and every move it made; a manager of the team allocates it, audits it for a transfer,
 * closes and reopens it; a supervisor or manager corrects the child's legal identity with the
 * evidence seen. Every view and change is access-logged; a refused form comes back with its errors
 * beside the fields (400) and changes nothing.
 */
@Path("/workspace/cases/{caseId}/manage")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    /** One choice of a select or a checkbox. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The practitioners of one team, for a select's group. */
    public record TeamOptions(String team, List<Option> practitioners) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(Chrome chrome, CaseView c, String done);

        static native TemplateInstance allocate(Chrome chrome, CaseView c, List<Option> practitioners, String reason,
                                                FormErrors errors);

        static native TemplateInstance transfer(Chrome chrome, CaseView c, List<Option> teams, List<TeamOptions> practitioners,
                                                List<Option> checks, String findings, FormErrors errors);

        static native TemplateInstance ending(Chrome chrome, CaseView c, boolean closing, String notNow, String text,
                                              FormErrors errors);

        static native TemplateInstance identity(Chrome chrome, CaseView c, CaseView.Fact fact, String value, String evidence,
                                                FormErrors errors);
    }

    private final Scope scope;
    private final AccessLog accessLog;
    private final PageChrome chrome;
    private final CaseViews views;
    private final CaseOpenings openings;
    private final Transfers transfers;
    private final Closures closures;
    private final IdentityCorrections corrections;

    CasePages(Scope scope, AccessLog accessLog, PageChrome chrome, CaseViews views, CaseOpenings openings,
              Transfers transfers, Closures closures, IdentityCorrections corrections) {
        this.scope = scope;
        this.accessLog = accessLog;
        this.chrome = chrome;
        this.views = views;
        this.openings = openings;
        this.transfers = transfers;
        this.closures = closures;
        this.corrections = corrections;
    }

    @GET
    @Transactional
    public TemplateInstance manage(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Case management: where the case is and its moves");
        return Templates.manage(frame(me), views.of(c, me), done == null ? null : switch (done) {
            case "opened" -> "Case opened at referral. Allocate it to a practitioner of the team.";
            case "allocated" -> "Case allocated.";
            case "audited" -> "Audit recorded. The case moves once a manager of the receiving team confirms it arrived.";
            case "closed" -> "Case closed. It has left the practitioner's tablet at its next sync.";
            case "reopened" -> "Case reopened. Allocate it to a practitioner of the team.";
            case "corrected" -> "The record is corrected; the earlier value is kept in the history.";
            default -> null;
        });
    }

    @GET
    @Path("/allocate")
    @RolesAllowed(Staff.MANAGER)
    @Transactional
    public TemplateInstance allocateForm(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Allocate the case");
        return Templates.allocate(frame(me), views.of(c, me), practitioners(c.teamName(), null), "", FormErrors.NONE);
    }

    @POST
    @Path("/allocate")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response allocate(@PathParam("caseId") String caseId, @FormParam("practitioner") String practitioner,
                             @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Allocate the case");
        CaseOutcome done = openings.allocate(c, me, practitioner, reason);
        return done.done() ? back(c, "allocated") : refused(Templates.allocate(frame(me), views.of(c, me),
                practitioners(c.teamName(), practitioner), text(reason), new FormErrors(done.errors())));
    }

    @GET
    @Path("/transfer")
    @RolesAllowed(Staff.MANAGER)
    @Transactional
    public TemplateInstance transferForm(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Audit the case for a transfer");
        return Templates.transfer(frame(me), views.of(c, me), teams(null), everyPractitioner(null), checks(List.of()), "",
                FormErrors.NONE);
    }

    @POST
    @Path("/transfer")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response transfer(@PathParam("caseId") String caseId, @FormParam("toTeam") String toTeam,
                             @FormParam("toPractitioner") String toPractitioner, @FormParam("checks") List<String> checks,
                             @FormParam("findings") String findings) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Audit the case for a transfer");
        List<String> ticked = checks == null ? List.of() : checks;
        CaseOutcome done = transfers.audit(c, me, toTeam, toPractitioner, ticked, findings);
        return done.done() ? back(c, "audited") : refused(Templates.transfer(frame(me), views.of(c, me), teams(toTeam),
                everyPractitioner(toPractitioner), checks(ticked), text(findings), new FormErrors(done.errors())));
    }

    @GET
    @Path("/close")
    @RolesAllowed(Staff.MANAGER)
    @Transactional
    public TemplateInstance closeForm(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Close the case");
        return Templates.ending(frame(me), views.of(c, me), true, CaseStates.whyNotMove(c, me), "", FormErrors.NONE);
    }

    @POST
    @Path("/close")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response close(@PathParam("caseId") String caseId, @FormParam("summary") String summary) {
        return ending(caseId, "Close the case", true, summary, (c, me) -> closures.close(c, me, summary), "closed");
    }

    @GET
    @Path("/reopen")
    @RolesAllowed(Staff.MANAGER)
    @Transactional
    public TemplateInstance reopenForm(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Reopen the case");
        return Templates.ending(frame(me), views.of(c, me), false, CaseStates.whyNotReopen(c, me), "", FormErrors.NONE);
    }

    @POST
    @Path("/reopen")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response reopen(@PathParam("caseId") String caseId, @FormParam("reason") String reason) {
        return ending(caseId, "Reopen the case", false, reason, (c, me) -> closures.reopen(c, me, reason), "reopened");
    }

    /** Closing and reopening answer alike: back to the case when done, else the form again with its errors. */
    private Response ending(String caseId, String action, boolean closing, String typed,
                            java.util.function.BiFunction<ChildCase, Staff, CaseOutcome> decide, String done) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, action);
        CaseOutcome outcome = decide.apply(c, me);
        return outcome.done() ? back(c, done)
                : refused(Templates.ending(frame(me), views.of(c, me), closing, null, text(typed), new FormErrors(outcome.errors())));
    }

    @GET
    @Path("/identity/{fact}")
    @Transactional
    public TemplateInstance identityForm(@PathParam("caseId") String caseId, @PathParam("fact") String fact) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Correct the child's legal identity");
        CaseView view = views.of(c, me);
        CaseView.Fact f = fact(view, fact);
        return Templates.identity(frame(me), view, f, "", "", FormErrors.NONE);
    }

    @POST
    @Path("/identity/{fact}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response correct(@PathParam("caseId") String caseId, @PathParam("fact") String fact,
                            @FormParam("value") String value, @FormParam("evidence") String evidence) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Correct the child's legal identity");
        fact(views.of(c, me), fact);
        CaseOutcome done = corrections.correct(c, me, fact, value, evidence);
        if (done.done()) {
            return back(c, "corrected");
        }
        CaseView view = views.of(c, me);
        return refused(Templates.identity(frame(me), view, fact(view, fact), text(value), text(evidence),
                new FormErrors(done.errors())));
    }

    /**
     * The case, once logged as accessed. Logged before a change locks the case row: the log writes in
     * its own transaction, and its reference to the case would wait on that lock.
     */
    private ChildCase opened(Staff me, String caseId, String what) {
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, what);
        return c;
    }

    private Chrome frame(Staff me) {
        return chrome.of(me, "allocations");
    }

    private static CaseView.Fact fact(CaseView view, String wire) {
        return view.identity().stream().filter(f -> f.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new Scope.NotInScope("There is no fact " + wire + " of the child's legal identity."));
    }

    private static Response back(ChildCase c, String done) {
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/manage?done=" + done)).build();
    }

    static Response refused(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    static List<Option> practitioners(String team, String chosen) {
        return Teams.practitioners(team).stream()
                .map(s -> new Option(s.username, s.displayName, s.username.equals(chosen))).toList();
    }

    private static List<TeamOptions> everyPractitioner(String chosen) {
        return Teams.all().stream().map(t -> new TeamOptions(t, practitioners(t, chosen)))
                .filter(t -> !t.practitioners().isEmpty()).toList();
    }

    private static List<Option> teams(String chosen) {
        return Teams.all().stream().map(t -> new Option(t, t, t.equals(chosen))).toList();
    }

    private static List<Option> checks(List<String> ticked) {
        return Arrays.stream(TransferCheck.values()).map(c -> new Option(c.wire(), c.label(), ticked.contains(c.wire()))).toList();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
