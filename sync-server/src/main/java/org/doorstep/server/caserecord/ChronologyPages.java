package org.doorstep.server.caserecord;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doorstep.model.record.ChronologyCategory;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.wire.ChronologyLine;
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
 * Add a line to a case's chronology from the case record (R5.5-chronology): a dated fact from the
 * child's life, from birth on (before the case opened too), what it is about, and the document it
 * comes from.
 */
@Path("/workspace/cases/{caseId}/chronology/new")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class ChronologyPages {

    public record Typed(String date, String category, String fact, String source) {
    }

    public record Category(String value, String label) {
    }

    static final List<Category> CATEGORIES = Arrays.stream(ChronologyCategory.values())
            .map(c -> new Category(c.wire(), c.label())).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance line(Chrome chrome, String caseId, String childName, String dateHint,
                                            Typed typed, List<Category> categories, FormErrors errors);
    }

    private final Scope scope;
    private final Chronologies chronologies;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    ChronologyPages(Scope scope, Chronologies chronologies, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.chronologies = chronologies;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance form(@PathParam("caseId") String caseId) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        return page(me, c, new Typed("", "", "", ""), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@PathParam("caseId") String caseId, @FormParam("date") String date,
                        @FormParam("category") String category, @FormParam("fact") String fact,
                        @FormParam("source") String source) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        Typed t = new Typed(text(date), text(category), text(fact), text(source));
        List<FieldError> errors = new ArrayList<>();
        ChronologyLine line = new ChronologyLine(FormErrors.date("date", t.date(), errors), t.fact(), t.source(), t.category().isBlank() ? null : t.category());
        FormErrors.addOncePerField(errors, RecordRules.chronologyFromRecord(line, chronologies.today()));
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page(me, c, t, new FormErrors(errors))).build();
        }
        // Logged before the case row is locked: the log writes in its own transaction.
        accessLog.viewed(c.caseId, me.username, "Chronology line added");
        chronologies.addFromRecord(c, me, line);
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "?line=added#chronology")).build();
    }

    private TemplateInstance page(Staff me, ChildCase c, Typed typed, FormErrors errors) {
        return Templates.line(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c),
                "When it happened" + (c.dateOfBirth == null ? "" : "; the child was born on " + c.dateOfBirth)
                        + ". For example, 2019-09-04", typed, CATEGORIES, errors);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
