package org.doorstep.server.rectification;

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
import org.doorstep.model.record.TypedDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.record.RectificationAnswer;
import org.doorstep.model.record.RectificationRequest;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.rectification.CorrectionRequests.AnswerForm;
import org.doorstep.server.rectification.CorrectionRequests.RequestForm;
import org.doorstep.server.rectification.CorrectionRequests.VisitChoice;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/**
 * Requests to correct a child's record in the workspace (R11-rectify): log one (the form is also on
 * the case record), read one, answer it once. Every view and change is in the case's access log,
 * written before any row is locked.
 */
@Path("/workspace/cases/{caseId}/corrections")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class CorrectionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newRequest(Chrome chrome, String caseId, String childName, RequestForm form,
                                                  List<VisitChoice> visits, FormErrors errors);

        static native TemplateInstance request(Chrome chrome, CorrectionRequests.Detail request, AnswerForm form,
                                               FormErrors errors, String done);
    }

    private final Scope scope;
    private final CorrectionRequests requests;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    CorrectionPages(Scope scope, CorrectionRequests requests, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.requests = requests;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Path("/new")
    @Transactional
    public TemplateInstance newRequest(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Request to correct the record: new");
        return Templates.newRequest(chrome(me), c.caseId, DeclaredIdentity.nameOf(c), RequestForm.BLANK, requests.visits(c),
                FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response log(@PathParam("caseId") String caseId, @FormParam("receivedDay") String day,
                        @FormParam("receivedMonth") String month, @FormParam("receivedYear") String year,
                        @FormParam("requesterName") String requesterName, @FormParam("relationship") String relationship,
                        @FormParam("whatIsWrong") String whatIsWrong, @FormParam("askedFor") String askedFor,
                        @FormParam("concernsNoteId") String concernsNoteId) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Request to correct the record: logged");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate received = date(day, month, year, dateErrors);
        CorrectionRequests.Outcome outcome = requests.log(c, me, new RectificationRequest(received, requesterName,
                relationship, whatIsWrong, askedFor, concernsNoteId), dateErrors);
        if (outcome.done()) {
            return Response.seeOther(URI.create(path(c, outcome.requestId()) + "?done=logged")).build();
        }
        RequestForm form = new RequestForm(text(day), text(month), text(year), text(requesterName), text(relationship),
                text(whatIsWrong), text(askedFor), text(concernsNoteId));
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.newRequest(chrome(me), c.caseId,
                DeclaredIdentity.nameOf(c), form, requests.visits(c), new FormErrors(outcome.errors()))).build();
    }

    @GET
    @Path("/{requestId: [0-9]{1,18}}")
    @Transactional
    public TemplateInstance request(@PathParam("caseId") String caseId, @PathParam("requestId") long requestId,
                                    @QueryParam("done") String done) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        CorrectionRequest q = requestOf(c, requestId);
        accessLog.viewed(c.caseId, me.username, "Request to correct the record " + q.id);
        return Templates.request(chrome(me), requests.detail(c, q), AnswerForm.BLANK, FormErrors.NONE,
                "logged".equals(done) || "answered".equals(done) ? done : null);
    }

    @POST
    @Path("/{requestId: [0-9]{1,18}}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response answer(@PathParam("caseId") String caseId, @PathParam("requestId") long requestId,
                           @FormParam("outcome") String outcome, @FormParam("reasons") String reasons,
                           @FormParam("correctionNoteId") String correctionNoteId) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        CorrectionRequest q = requestOf(c, requestId);
        // Logged before the answer locks the request's row: the log writes in its own transaction.
        accessLog.viewed(c.caseId, me.username, "Request to correct the record " + q.id + ": answer");
        CorrectionRequests.Outcome done = requests.answer(c, q.id, me, new RectificationAnswer(outcome, reasons, correctionNoteId));
        if (done.done()) {
            return Response.seeOther(URI.create(path(c, q.id) + "?done=answered")).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.request(chrome(me), requests.detail(c, q),
                new AnswerForm(text(outcome), text(reasons), text(correctionNoteId)), new FormErrors(done.errors()), null)).build();
    }

    /**
     * The date as typed in the GOV.UK date input's three boxes; null with an error when it is not a
     * real date, null without one when all three are empty (the rules then ask for it).
     */
    static LocalDate date(String day, String month, String year, List<FieldError> errors) {
        TypedDate typed = TypedDate.read(day, month, year);
        if (typed.error() != null) {
            errors.add(new FieldError(CorrectionRequests.INPUTS.get("receivedOn"), typed.error()));
        }
        return typed.orNull();
    }

    private CorrectionRequest requestOf(ChildCase c, long requestId) {
        CorrectionRequest q = requests.of(c, requestId);
        if (q == null) {
            throw new Scope.NotInScope("There is no request " + requestId + " to correct the record of case " + c.caseId + ".");
        }
        return q;
    }

    private static String path(ChildCase c, long requestId) {
        return "/workspace/cases/" + c.caseId + "/corrections/" + requestId;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private Chrome chrome(Staff me) {
        return chrome.of(me, "cases");
    }
}
