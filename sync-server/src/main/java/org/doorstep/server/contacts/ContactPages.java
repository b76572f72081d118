package org.doorstep.server.contacts;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/**
 * Record a call, letter, email or meeting on the case record (R5.3-contacts): who, what, the decisions
 * and by whom, the reasons. It joins the case's other contacts and adds a line to the chronology.
 */
@Path("/workspace/cases/{caseId}/contacts/new")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class ContactPages {

    /** The form's fields by name, as typed. */
    public record Typed(String date, String method, String withWhom, String what, String decisions, String decidedBy,
                        String reasons) {
        static Typed of(MultivaluedMap<String, String> form) {
            return new Typed(v(form, "date"), v(form, "method"), v(form, "withWhom"), v(form, "what"),
                    v(form, "decisions"), v(form, "decidedBy"), v(form, "reasons"));
        }

        private static String v(MultivaluedMap<String, String> form, String name) {
            String s = form.getFirst(name);
            return s == null ? "" : s;
        }
    }

    /** One way of making contact, for the radios. */
    public record Method(String value, String label) {
    }

    static final List<Method> METHODS = List.of(new Method("call", "Phone call"), new Method("letter", "Letter"),
            new Method("email", "Email"), new Method("meeting", "Meeting"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(Chrome chrome, String caseId, String childName, Typed typed,
                                               List<Method> methods, FormErrors errors, String dateHint);
    }

    private final Scope scope;
    private final Contacts contacts;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    ContactPages(Scope scope, Contacts contacts, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.contacts = contacts;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance form(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        return Templates.contact(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c),
                new Typed(contacts.today().toString(), "", "", "", "", "", ""), METHODS, FormErrors.NONE, dateHint());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response record(@PathParam("caseId") String caseId, MultivaluedMap<String, String> form) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        Typed t = Typed.of(form);
        List<FieldError> errors = new ArrayList<>();
        ContactRecord contact = new ContactRecord(FormErrors.date("date", t.date(), errors), t.method().isBlank() ? null : t.method(), t.withWhom(),
                t.what(), t.decisions(), t.decidedBy(), t.reasons());
        FormErrors.addOncePerField(errors, RecordRules.contact(contact, contacts.today()));
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.contact(chrome.of(me, "cases"),
                    c.caseId, DeclaredIdentity.nameOf(c), t, METHODS, new FormErrors(errors), dateHint()))
                    .build();
        }
        // Logged before the case row is locked: the log writes in its own transaction.
        accessLog.viewed(c.caseId, me.username, "Contact recorded");
        contacts.recordFromWorkspace(c, me, contact);
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "?contact=recorded#contacts")).build();
    }

    private String dateHint() {
        return "For example, " + contacts.today();
    }
}
