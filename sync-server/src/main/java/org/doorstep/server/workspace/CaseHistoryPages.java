package org.doorstep.server.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;

/** Every decision, contact, decided proposal, summary and correction request of a case, page by page. */
@Path("/workspace/cases/{caseId}/history")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class CaseHistoryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(Chrome chrome, CaseHistory.Page list);
    }

    private final Scope scope;
    private final CaseHistory history;
    private final AccessLog accessLog;
    private final PageChrome chrome;

    CaseHistoryPages(Scope scope, CaseHistory history, AccessLog accessLog, PageChrome chrome) {
        this.scope = scope;
        this.history = history;
        this.accessLog = accessLog;
        this.chrome = chrome;
    }

    @GET
    @Path("/{list}")
    @Transactional
    public TemplateInstance list(@PathParam("caseId") String caseId, @PathParam("list") String list,
                                 @QueryParam("page") String page) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        CaseHistory.Kind kind = CaseHistory.Kind.of(list)
                .orElseThrow(() -> new Scope.NotInScope("A case record has no list called '" + list + "'."));
        CaseHistory.Page shown = history.of(c, kind, page);
        accessLog.viewed(c.caseId, me.username, "Case record: " + shown.title().toLowerCase(java.util.Locale.UK)
                + ", page " + (shown.page() + 1));
        return Templates.history(chrome.of(me, "cases"), shown);
    }
}
