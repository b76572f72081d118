package org.doorstep.server.confidential;

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
import org.doorstep.model.confidential.RestrictionReason;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * The case's restricted information (R7-restricted): what is restricted and why (for those who may
 * see it; for the others only that something is withheld), the form to restrict an item, and a
 * manager's confirm and lift. Every view is access-logged; a refused form changes nothing.
 */
@Path("/workspace/cases/{caseId}/restrictions")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class RestrictionPages {

    public record Option(String value, String label, boolean selected) {
    }

    /** One restriction as this reader may see it: {@code shown} false leaves out all but its reason and date. */
    public record Row(long id, boolean shown, boolean inForce, String item, String reason, String explanation,
                      String readers, String marked, String confirmed, String lifted, String liftReason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance restrictions(Chrome chrome, String caseId, String childName, boolean manager,
                                                    List<Row> rows, List<Option> items, List<Option> reasons,
                                                    List<Option> readers, String explanation, FormErrors errors,
                                                    Long liftId, String done);

        static native TemplateInstance withheldVisit(Chrome chrome, String caseId, String childName, String reason);
    }

    private final Scope scope;
    private final AccessLog accessLog;
    private final PageChrome chrome;
    private final Restrictions restrictions;
    private final Words words;

    RestrictionPages(Scope scope, AccessLog accessLog, PageChrome chrome, Restrictions restrictions, Words words) {
        this.scope = scope;
        this.accessLog = accessLog;
        this.chrome = chrome;
        this.restrictions = restrictions;
        this.words = words;
    }

    /** The page a reader without access gets for a restricted visit: that it exists and why, nothing of it. */
    public static TemplateInstance withheldVisit(Chrome chrome, ChildCase c, Withheld hidden) {
        String reason = hidden.restrictions().stream().filter(r -> Restriction.ENTRY.equals(r.itemKind))
                .map(Restriction::reasonLabel).findFirst().orElse("restricted");
        return Templates.withheldVisit(chrome, c.caseId, DeclaredIdentity.nameOf(c), reason);
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        return render(me, c, null, null, List.of(), "", FormErrors.NONE, null, done == null ? null : switch (done) {
            case "marked" -> "The item is restricted: it is withheld from tablets and from everyone not named. A manager confirms it.";
            case "confirmed" -> "Restriction confirmed and recorded as a management decision.";
            case "lifted" -> "Restriction lifted and recorded as a management decision.";
            default -> null;
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response mark(@PathParam("caseId") String caseId, @FormParam("item") String item,
                         @FormParam("reason") String reason, @FormParam("explanation") String explanation,
                         @FormParam("readers") List<String> readers) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        List<FieldError> errors = restrictions.mark(c, me, item, reason, explanation, readers);
        return errors.isEmpty() ? back(c, "marked")
                : refused(render(me, c, item, reason, readers, explanation, new FormErrors(errors), null, null));
    }

    @POST
    @Path("/{id: [0-9]{1,18}}/confirm")
    @RolesAllowed(Staff.MANAGER)
    @Transactional
    public Response confirm(@PathParam("caseId") String caseId, @PathParam("id") long id) {
        Staff me = scope.me();
        ChildCase c = managed(me, caseId);
        List<FieldError> errors = restrictions.confirm(c, me, id);
        return errors.isEmpty() ? back(c, "confirmed")
                : refused(render(me, c, null, null, List.of(), "", new FormErrors(errors), null, null));
    }

    @POST
    @Path("/{id: [0-9]{1,18}}/lift")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response lift(@PathParam("caseId") String caseId, @PathParam("id") long id, @FormParam("why") String why) {
        Staff me = scope.me();
        ChildCase c = managed(me, caseId);
        List<FieldError> errors = restrictions.lift(c, me, id, why);
        return errors.isEmpty() ? back(c, "lifted")
                : refused(render(me, c, null, null, List.of(), "", new FormErrors(errors), id, null));
    }

    private TemplateInstance render(Staff me, ChildCase c, String item, String reason, List<String> readers,
                                    String explanation, FormErrors errors, Long liftId, String done) {
        boolean manager = Restrictions.managerOf(c, me);
        List<Row> rows = Restrictions.all(c.caseId).stream().map(r -> row(r, r.access().maySee(me.username, manager))).toList();
        List<Option> items = restrictions.items(c, me).stream()
                .map(i -> new Option(i.value(), i.label(), i.value().equals(item))).toList();
        List<Option> reasons = Arrays.stream(RestrictionReason.values())
                .map(r -> new Option(r.wire(), r.label(), r.wire().equals(reason))).toList();
        List<String> chosen = readers == null ? List.of() : readers;
        List<Option> people = Staff.<Staff>list("team = ?1 and role in ?2 and username <> ?3 order by displayName",
                        c.teamName(), List.of(Staff.SUPERVISOR, Staff.MANAGER), me.username).stream()
                .map(s -> new Option(s.username, s.displayName + (Staff.MANAGER.equals(s.role) ? " (manager: sees it anyway)" : ""),
                        chosen.contains(s.username))).toList();
        return Templates.restrictions(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c), manager, rows, items,
                reasons, people, explanation == null ? "" : explanation, errors, liftId, done);
    }

    private Row row(Restriction r, boolean shown) {
        String marked = words.date(r.markedAt) + (shown ? " by " + name(r.markedBy) : "");
        if (!shown) {
            return new Row(r.id, false, r.liftedAt == null, null, r.reasonLabel(), null, null, marked, null, null, null);
        }
        String readers = r.readers.isBlank() ? "Only who marked it and the team's managers"
                : String.join(", ", r.access().readers().stream().map(RestrictionPages::name).sorted().toList())
                + ", who marked it and the team's managers";
        return new Row(r.id, true, r.liftedAt == null, restrictions.nameOf(r), r.reasonLabel(), r.explanation, readers, marked,
                r.confirmedAt == null ? null : words.date(r.confirmedAt) + " by " + name(r.confirmedBy),
                r.liftedAt == null ? null : words.date(r.liftedAt) + " by " + name(r.liftedBy), r.liftReason);
    }

    private static String name(String username) {
        return org.doorstep.server.workspace.VisitPage.name(username);
    }

    private ChildCase opened(Staff me, String caseId) {
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Restricted information: the list");
        return c;
    }

    private ChildCase managed(Staff me, String caseId) {
        ChildCase c = opened(me, caseId);
        if (!Restrictions.managerOf(c, me)) {
            throw new Scope.NotInScope("Only a manager of " + c.teamName() + " confirms and lifts restrictions.");
        }
        return c;
    }

    private static Response back(ChildCase c, String done) {
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/restrictions?done=" + done)).build();
    }

    static Response refused(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
