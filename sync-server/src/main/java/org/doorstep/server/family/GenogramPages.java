package org.doorstep.server.family;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/** The child's genogram on the workspace (R5.6-genogram): the drawing, its SVG download, and the forms that add to it. */
@Path("/workspace/cases/{caseId}/genogram")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
public class GenogramPages {

    /** What was typed, so a form that comes back keeps it. */
    @TemplateData
    public record Typed(String member, String name, String sex, String born, String died, boolean deceased, String personReason,
                        String from, String kind, String to, String since, String until, String relationshipReason) {
        static final Typed BLANK = new Typed("", "", "", "", "", false, "", "", "", "", "", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance genogram(Chrome chrome, String childName, FamilyRecord.Section family, Typed typed,
                                                FormErrors errors, String done);
    }

    private final Scope scope;
    private final FamilyRecord family;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    GenogramPages(Scope scope, FamilyRecord family, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.family = family;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance page(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Genogram");
        String banner = "person".equals(done) ? "Person added to the genogram." : "relationship".equals(done) ? "Relationship added." : null;
        return Templates.genogram(chrome.of(me, "cases"), DeclaredIdentity.nameOf(c), family.section(c), Typed.BLANK, FormErrors.NONE,
                banner);
    }

    /** The drawing alone, to save or attach (image/svg+xml). */
    @GET
    @Path("/genogram.svg")
    @Produces("image/svg+xml")
    @Transactional
    public Response svg(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Genogram: SVG downloaded");
        return Response.ok(family.svg(c), "image/svg+xml; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"genogram-" + c.caseId + ".svg\"").build();
    }

    @POST
    @Path("/people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response addPerson(@PathParam("caseId") String caseId, @FormParam("member") String member, @FormParam("name") String name,
                              @FormParam("sex") String sex, @FormParam("born") String born, @FormParam("died") String died,
                              @FormParam("deceased") String deceased, @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Genogram: person added");
        return after(me, c, family.addPerson(c, me, member, name, sex, born, died, "yes".equals(deceased), reason), "person",
                new Typed(s(member), s(name), s(sex), s(born), s(died), "yes".equals(deceased), s(reason), "", "", "", "", "", ""));
    }

    @POST
    @Path("/relationships")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response addRelationship(@PathParam("caseId") String caseId, @FormParam("from") String from, @FormParam("kind") String kind,
                                    @FormParam("to") String to, @FormParam("since") String since, @FormParam("until") String until,
                                    @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Genogram: relationship added");
        return after(me, c, family.addRelationship(c, me, from, kind, to, since, until, reason), "relationship",
                new Typed("", "", "", "", "", false, "", s(from), s(kind), s(to), s(since), s(until), s(reason)));
    }

    /** Back to the drawing when it was added; else the page again with what was typed and each message beside its field. */
    private Response after(Staff me, ChildCase c, List<FieldError> errors, String done, Typed typed) {
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/genogram?done=" + done + "#drawing")).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.genogram(chrome.of(me, "cases"),
                DeclaredIdentity.nameOf(c), family.section(c), typed, new FormErrors(errors), null)).build();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
