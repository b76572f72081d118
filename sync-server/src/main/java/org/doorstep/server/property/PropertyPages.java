package org.doorstep.server.property;

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
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/** The child's property on the workspace (R5.4-child-property): the list, adding an item, recording where it is now. */
@Path("/workspace/cases/{caseId}/property")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class PropertyPages {

    /** What was typed, so a form that comes back keeps it. */
    public record Typed(String description, String location, String moveLocation) {
        static final Typed BLANK = new Typed("", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance property(Chrome chrome, String childName, ChildProperty.Section property, Typed typed,
                                                FormErrors errors, String done);
    }

    private final Scope scope;
    private final ChildProperty property;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    PropertyPages(Scope scope, ChildProperty property, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.property = property;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "The child's property");
        String banner = "added".equals(done) ? "Item added." : "moved".equals(done) ? "Where it is now is recorded." : null;
        return Templates.property(chrome.of(me, "cases"), DeclaredIdentity.nameOf(c), property.of(c), Typed.BLANK, FormErrors.NONE,
                banner);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@PathParam("caseId") String caseId, @FormParam("description") String description,
                        @FormParam("location") String location) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "The child's property: item added");
        ChildProperty.Outcome outcome = property.add(c, me, description, location);
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/property?done=added")).build();
        }
        return again(me, c, new Typed(blank(description), blank(location), ""), outcome);
    }

    @POST
    @Path("/{itemId: [0-9]{1,18}}/moves")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response moved(@PathParam("caseId") String caseId, @PathParam("itemId") long itemId,
                          @FormParam("location") String location, @FormParam("returned") String returned) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        PropertyItem item = property.itemOf(c, itemId);
        if (item == null) {
            throw new Scope.NotInScope("There is no item " + itemId + " in the property of case " + c.caseId + ".");
        }
        accessLog.viewed(c.caseId, me.username, "The child's property: where an item is");
        ChildProperty.Outcome outcome = property.moved(item, me, location, "yes".equals(returned));
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/property?done=moved#item-" + item.id)).build();
        }
        return again(me, c, new Typed("", "", blank(location)), outcome);
    }

    private Response again(Staff me, ChildCase c, Typed typed, ChildProperty.Outcome outcome) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.property(chrome.of(me, "cases"),
                DeclaredIdentity.nameOf(c), property.of(c), typed, new FormErrors(outcome.errors()), null)).build();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
