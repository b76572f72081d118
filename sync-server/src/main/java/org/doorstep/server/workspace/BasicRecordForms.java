package org.doorstep.server.workspace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * The basic-record forms on the case record page (R5.1-basic, R5.1-gender, R5.4-current-historical):
 * NHS number, a fact in words, the declared name and gender, someone joining or leaving the
 * household. Each post is access-logged, then handed to {@link BasicRecordEdits}; a change goes back
 * to the record, a refusal shows the record again with the errors beside the fields (400).
 */
@Path("/workspace/cases/{caseId}/basic-record")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class BasicRecordForms {

    private final Scope scope;
    private final AccessLog accessLog;
    private final BasicRecordEdits edits;
    private final CaseRecordPage records;
    private final RecordForm form;
    private final PageChrome chrome;

    BasicRecordForms(Scope scope, AccessLog accessLog, BasicRecordEdits edits, CaseRecordPage records, RecordForm form, PageChrome chrome) {
        this.scope = scope;
        this.accessLog = accessLog;
        this.edits = edits;
        this.records = records;
        this.form = form;
        this.chrome = chrome;
    }

    @POST
    @Path("/nhs-number")
    @Transactional
    public Response nhsNumber(@PathParam("caseId") String caseId, @FormParam("value") String value,
                             @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "NHS number");
        return done(me, c, BasicRecordEdits.NHS, input("value", value, "reason", reason),
                edits.nhsNumber(c, me, value, reason));
    }

    @POST
    @Path("/facts")
    @Transactional
    public Response fact(@PathParam("caseId") String caseId, @FormParam("kind") String kind,
                         @FormParam("value") String value, @FormParam("from") String from,
                         @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, kind == null ? "a fact" : kind);
        return done(me, c, BasicRecordEdits.FACT, input("kind", kind, "value", value, "from", from, "reason", reason),
                edits.fact(c, me, kind, value, from, reason));
    }

    @POST
    @Path("/identity")
    @Transactional
    public Response identity(@PathParam("caseId") String caseId, @FormParam("name") String name,
                             @FormParam("gender") String gender, @FormParam("from") String from,
                             @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "name and gender as the child declares them");
        return done(me, c, BasicRecordEdits.IDENTITY, input("name", name, "gender", gender, "from", from, "reason", reason),
                edits.identity(c, me, name, gender, from, reason));
    }

    @POST
    @Path("/household")
    @Transactional
    public Response joins(@PathParam("caseId") String caseId, @FormParam("name") String name,
                          @FormParam("relationship") String relationship,
                          @FormParam("parentalResponsibility") String parentalResponsibility,
                          @FormParam("joinedOn") String joinedOn, @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "someone joined the household");
        return done(me, c, BasicRecordEdits.JOINS, input("name", name, "relationship", relationship,
                        "parentalResponsibility", parentalResponsibility, "joinedOn", joinedOn, "reason", reason),
                edits.joins(c, me, name, relationship, parentalResponsibility, joinedOn, reason));
    }

    @POST
    @Path("/household/left")
    @Transactional
    public Response leaves(@PathParam("caseId") String caseId, @FormParam("member") String member,
                           @FormParam("leftOn") String leftOn, @FormParam("reason") String reason) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId, "a household member left");
        return done(me, c, BasicRecordEdits.LEAVES, input("member", member, "leftOn", leftOn, "reason", reason),
                edits.leaves(c, me, member, leftOn, reason));
    }

    /**
     * The case, once logged as accessed for this change. Logged before the change locks the case row:
     * the log writes in its own transaction, and its reference to the case would wait on that lock.
     */
    private ChildCase opened(Staff me, String caseId, String what) {
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Case record: change to the basic record (" + what + ")");
        return c;
    }

    private Response done(Staff me, ChildCase c, String which, Map<String, String> input, List<FieldError> errors) {
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "?changed=" + which)).build();
        }
        form.refused(which, input, errors);
        Chrome frame = chrome.of(me, "cases");
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(WorkspacePages.Templates.caseRecord(frame,
                        records.of(c, null, CaseRecordPage.filter(null, null, null, null)), errors, "", "", false, null))
                .build();
    }

    private static Map<String, String> input(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
