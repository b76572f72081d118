package org.doorstep.server.cover;

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
import java.util.List;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/** A case's cover (R14-cover): who covers it until when, grant cover to a practitioner of the team, end it. */
@Path("/workspace/cases/{caseId}/cover")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class CoverPages {

    /** What was typed in the grant form. */
    public record Typed(String practitioner, String until, String reason) {
        static final Typed NONE = new Typed("", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cover(Chrome chrome, String caseId, String childName, String allocatedTo,
                                             List<Covers.Line> grants, List<Covers.Choice> choices, Typed typed,
                                             FormErrors errors, String done, String today);
    }

    private final Scope scope;
    private final Covers covers;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    CoverPages(Scope scope, Covers covers, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.covers = covers;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance cover(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Cover");
        return page(me, c, Typed.NONE, FormErrors.NONE, "ended".equals(done) ? "Cover ended." : "granted".equals(done)
                ? "Cover granted. The practitioner's tablet receives the case at its next sync." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response grant(@PathParam("caseId") String caseId, @FormParam("practitioner") String practitioner,
                          @FormParam("until") String until, @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        // Logged before the case row is locked: the log writes in its own transaction.
        accessLog.viewed(c.caseId, me.username, "Cover granted");
        Covers.Outcome outcome = covers.grant(me, c, practitioner, until, reason);
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/cover?done=granted")).build();
        }
        Typed typed = new Typed(text(practitioner), text(until), text(reason));
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(me, c, typed, new FormErrors(outcome.errors()), null)).build();
    }

    @POST
    @Path("/{grantId: [0-9]{1,18}}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response end(@PathParam("caseId") String caseId, @PathParam("grantId") long grantId) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Cover ended");
        if (!covers.end(me, c, grantId)) {
            throw new Scope.NotInScope("There is no cover in force with id " + grantId + " on case " + caseId + ".");
        }
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/cover?done=ended")).build();
    }

    private TemplateInstance page(Staff me, ChildCase c, Typed typed, FormErrors errors, String done) {
        Staff allocated = Staff.named(c.allocatedTo);
        return Templates.cover(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c),
                allocated == null ? null : allocated.displayName, covers.of(c), covers.choices(me, c), typed, errors,
                done, covers.today().toString());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
