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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doorstep.model.record.RectificationDeadline;
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
 * Requests to see the record (R8-access): the list with due dates and the form to log one; each
 * request with, for a manager, the disclosure bundle, its redaction list, the consultation of the
 * originator and the release. Every view is access-logged; a refused form changes nothing.
 */
@Path("/workspace/cases/{caseId}/access-requests")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class AccessRequestPages {

    public record Row(long id, String requestedBy, String relationship, String received, String due, String status,
                      boolean overdue, String consultation, boolean released, List<Asked> consulted, String releaseWithout) {
    }

    /** One originator asked about the release, and their answer; {@code waiting} until they give it. */
    public record Asked(long id, String originator, String askedOn, String answer, boolean objects, String reason,
                        String answeredOn, boolean waiting) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requests(Chrome chrome, String caseId, String childName, List<Row> rows,
                                                Map<String, String> typed, FormErrors errors, String done);

        static native TemplateInstance request(Chrome chrome, String caseId, String childName, Row r, boolean manager,
                                               List<DisclosureBundle.Redaction> redactions, List<Option> originators,
                                               Map<String, String> typed, long answering, FormErrors errors, String done);
    }

    private final Scope scope;
    private final AccessLog accessLog;
    private final PageChrome chrome;
    private final AccessRequests requests;
    private final DisclosureBundle bundles;
    private final Words words;
    private final java.time.Clock clock;

    AccessRequestPages(Scope scope, AccessLog accessLog, PageChrome chrome, AccessRequests requests,
                       DisclosureBundle bundles, Words words, java.time.Clock clock) {
        this.scope = scope;
        this.accessLog = accessLog;
        this.chrome = chrome;
        this.requests = requests;
        this.bundles = bundles;
        this.words = words;
        this.clock = clock;
    }

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Requests to see the record");
        return list(me, c, Map.of(), FormErrors.NONE, "logged".equals(done) ? "Request logged with its due date." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response log(@PathParam("caseId") String caseId, @FormParam("requestedBy") String requestedBy,
                        @FormParam("relationship") String relationship, @FormParam("receivedOn") String receivedOn) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Requests to see the record");
        List<FieldError> errors = requests.log(c, me, requestedBy, relationship, receivedOn);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/access-requests?done=logged")).build();
        }
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("requestedBy", requestedBy == null ? "" : requestedBy);
        typed.put("relationship", relationship == null ? "" : relationship);
        typed.put("receivedOn", receivedOn == null ? "" : receivedOn);
        return refused(list(me, c, typed, new FormErrors(errors), null));
    }

    @GET
    @Path("/{id: [0-9]{1,18}}")
    @Transactional
    public TemplateInstance request(@PathParam("caseId") String caseId, @PathParam("id") long id,
                                    @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "Request to see the record " + id);
        return request(me, c, AccessRequests.find(c, id), Map.of(), null, FormErrors.NONE, done == null ? null : switch (done) {
            case "consulted" -> "Recorded whom you asked. Record their answer when they give it.";
            case "answered" -> "Their answer is recorded.";
            case "released" -> "Released: recorded in the sharing log and as a management decision.";
            default -> null;
        });
    }

    /** The redacted bundle; a manager's, as it comes with the decision to release it. */
    @GET
    @Path("/{id: [0-9]{1,18}}/bundle.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Staff.MANAGER)
    @Transactional
    public Response bundle(@PathParam("caseId") String caseId, @PathParam("id") long id) {
        Staff me = scope.me();
        ChildCase c = managed(me, caseId, "Disclosure bundle of request " + id);
        byte[] pdf = bundles.of(c, AccessRequests.find(c, id)).pdf();
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"record-" + c.caseId + "-request-" + id + ".pdf\"").build();
    }

    @POST
    @Path("/{id: [0-9]{1,18}}/consultations")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response consult(@PathParam("caseId") String caseId, @PathParam("id") long id,
                            @FormParam("originator") String originator, @FormParam("askedOn") String askedOn) {
        Staff me = scope.me();
        ChildCase c = managed(me, caseId, "Request to see the record " + id);
        List<FieldError> errors = requests.consult(c, me, id, originator, askedOn);
        return errors.isEmpty() ? back(c, id, "consulted") : refused(request(me, c, AccessRequests.find(c, id),
                typed("originator", originator, "askedOn", askedOn), null, new FormErrors(errors), null));
    }

    @POST
    @Path("/{id: [0-9]{1,18}}/consultations/{consultation: [0-9]{1,18}}/answer")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response answer(@PathParam("caseId") String caseId, @PathParam("id") long id,
                           @PathParam("consultation") long consultation, @FormParam("answer") String answer,
                           @FormParam("answerReason") String reason) {
        Staff me = scope.me();
        ChildCase c = managed(me, caseId, "Request to see the record " + id);
        List<FieldError> errors = requests.answer(c, me, id, consultation, answer, reason);
        return errors.isEmpty() ? back(c, id, "answered") : refused(request(me, c, AccessRequests.find(c, id),
                typed("answer", answer, "answerReason", reason), consultation, new FormErrors(errors), null));
    }

    @POST
    @Path("/{id: [0-9]{1,18}}/release")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response release(@PathParam("caseId") String caseId, @PathParam("id") long id,
                            @FormParam("without") String without) {
        Staff me = scope.me();
        ChildCase c = managed(me, caseId, "Request to see the record " + id);
        List<FieldError> errors = requests.release(c, me, id, without);
        return errors.isEmpty() ? back(c, id, "released") : refused(request(me, c, AccessRequests.find(c, id),
                typed("without", without), null, new FormErrors(errors), null));
    }

    /** What was typed into a refused form, by field, so it comes back as it was. */
    private static Map<String, String> typed(String... fieldsAndValues) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            out.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        return out;
    }

    private TemplateInstance list(Staff me, ChildCase c, Map<String, String> typed, FormErrors errors, String done) {
        return Templates.requests(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c),
                AccessRequests.of(c.caseId).stream().map(this::row).toList(), typed, errors, done);
    }

    private TemplateInstance request(Staff me, ChildCase c, AccessRequest r, Map<String, String> typed, Long answering,
                                     FormErrors errors, String done) {
        boolean manager = Restrictions.managerOf(c, me);
        // The redaction list says what was withheld: for the manager only.
        List<DisclosureBundle.Redaction> redactions = manager ? bundles.of(c, r).redactions() : List.of();
        return Templates.request(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c), row(r), manager, redactions,
                manager ? originators(c, typed.get("originator")) : List.of(), typed, answering == null ? -1 : answering,
                errors, done);
    }

    /**
     * Whom a manager may record as asked: the originators of what the bundle withholds first, each with how
     * many items they wrote, then the rest of the team's staff (one may have taken a statement over the phone).
     */
    private static List<Option> originators(ChildCase c, String chosen) {
        Map<String, Integer> wrote = AccessRequests.originators(c);
        List<Option> out = new java.util.ArrayList<>();
        wrote.forEach((u, n) -> out.add(new Option(u, org.doorstep.server.workspace.VisitPage.name(u) + " (originator of "
                + n + (n == 1 ? " item" : " items") + " withheld)", u.equals(chosen))));
        Staff.<Staff>list("team = ?1 and disabledAt is null order by displayName", c.teamName()).stream()
                .filter(s -> !wrote.containsKey(s.username))
                .forEach(s -> out.add(new Option(s.username, s.displayName, s.username.equals(chosen))));
        return out;
    }

    private Row row(AccessRequest r) {
        RectificationDeadline.Status status = RectificationDeadline.status(r.dueOn,
                LocalDate.now(clock.withZone(words.zone())), r.disclosureId != null);
        return new Row(r.id, r.requestedBy, r.relationship, words.date(r.receivedOn), words.date(r.dueOn),
                r.disclosureId != null ? "Released" : status.label(), status == RectificationDeadline.Status.OVERDUE,
                r.consultation, r.disclosureId != null, Consultation.of(r.id).stream().map(this::asked).toList(),
                r.releaseWithout);
    }

    private Asked asked(Consultation k) {
        var answer = org.doorstep.model.confidential.OriginatorAnswer.fromWire(k.answer);
        return new Asked(k.id, org.doorstep.server.workspace.VisitPage.name(k.originator), words.date(k.askedOn),
                answer.map(org.doorstep.model.confidential.OriginatorAnswer::label).orElse(null),
                answer.filter(a -> a == org.doorstep.model.confidential.OriginatorAnswer.OBJECTS).isPresent(),
                k.answerReason, k.answeredOn == null ? null : words.date(k.answeredOn), k.answer == null);
    }

    private ChildCase opened(Staff me, String caseId, String what) {
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, what);
        return c;
    }

    private ChildCase managed(Staff me, String caseId, String what) {
        ChildCase c = opened(me, caseId, what);
        if (!Restrictions.managerOf(c, me)) {
            throw new Scope.NotInScope("Only a manager of " + c.teamName() + " prepares and releases the record.");
        }
        return c;
    }

    private static Response back(ChildCase c, long id, String done) {
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/access-requests/" + id + "?done=" + done)).build();
    }

    static Response refused(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
