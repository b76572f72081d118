package org.doorstep.server.summaries;

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
import org.doorstep.server.plain.PlainLanguageAdvice;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;

/**
 * A case's 3-monthly summaries (R5.7-summary): every summary written, newest first, and the form to
 * write the next (also on the case record). Views and writes are in the case's access log.
 */
@Path("/workspace/cases/{caseId}/summaries")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class SummaryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summaries(Chrome chrome, String childName, CaseSummaries.Section summary,
                                                 CaseSummaries.Draft draft, FormErrors errors, boolean written,
                                                 java.util.List<String> advice);
    }

    private final Scope scope;
    private final CaseSummaries summaries;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    SummaryPages(Scope scope, CaseSummaries summaries, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.summaries = summaries;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance summaries(@PathParam("caseId") String caseId, @QueryParam("written") String written) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Case summaries");
        CaseSummaries.Section section = summaries.section(c);
        // Just saved: the plain-language advice on what was written, for pages seen without JavaScript (R10-plain).
        java.util.List<String> advice = written == null || section.latest() == null ? java.util.List.of()
                : PlainLanguageAdvice.messages(String.join("\n", section.latest().text(),
                        java.util.Objects.toString(section.latest().strengths(), ""),
                        java.util.Objects.toString(section.latest().concerns(), "")));
        return Templates.summaries(chrome(me), DeclaredIdentity.nameOf(c), section, CaseSummaries.Draft.BLANK, FormErrors.NONE,
                written != null, advice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response write(@PathParam("caseId") String caseId, @FormParam("summary") String text,
                          @FormParam("strengths") String strengths, @FormParam("concerns") String concerns) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        // Logged before the case row is locked: the log writes in its own transaction and its
        // reference to the case would wait on this transaction's lock.
        accessLog.viewed(c.caseId, me.username, "Case summary written");
        CaseSummaries.Draft draft = new CaseSummaries.Draft(text == null ? "" : text, strengths == null ? "" : strengths,
                concerns == null ? "" : concerns);
        CaseSummaries.Outcome outcome = summaries.write(c, me, draft);
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/summaries?written=1")).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.summaries(chrome(me),
                DeclaredIdentity.nameOf(c), summaries.section(c), draft, new FormErrors(outcome.errors()), false,
                PlainLanguageAdvice.messages(String.join("\n", draft.text(), draft.strengths(), draft.concerns())))).build();
    }

    private Chrome chrome(Staff me) {
        return chrome.of(me, "cases");
    }
}
