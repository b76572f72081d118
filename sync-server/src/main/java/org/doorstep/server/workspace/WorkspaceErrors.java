package org.doorstep.server.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.doorstep.server.people.Staff;
import org.doorstep.model.wire.Problem;
import org.doorstep.server.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals on the web pages as pages a person can act on; the API keeps its problem+json. */
public class WorkspaceErrors {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    private final SecurityIdentity identity;

    WorkspaceErrors(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response notInScope(Scope.NotInScope e) {
        return page(404, "Page not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        if (isAdmin() && ("/workspace".equals(request.path()) || "/workspace/".equals(request.path()))) {
            // Sign-in lands everyone on the dashboard; an admin's part of the workspace is the form versions.
            return Response.seeOther(URI.create("/workspace/forms")).build();
        }
        if (request.path().startsWith("/api/")) {
            Problem p = Problem.of("forbidden", "Forbidden", 403, "This account may not do that.").withInstance(request.path());
            return Response.status(403).type(ProblemMappers.PROBLEM_JSON).entity(p).build();
        }
        if (isAdmin()) {
            return page(403, "You do not have access to this page", "An admin looks after the visit form versions and "
                    + "the tablets; children's records are for supervisors and managers.");
        }
        if (!identity.isAnonymous() && (identity.hasRole(Staff.SUPERVISOR) || identity.hasRole(Staff.MANAGER))) {
            // Someone in the workspace asking for a step their role does not have, such as a supervisor approving a form version.
            String whose = request.path().startsWith("/workspace/devices")
                    ? "Revoking a tablet is for managers and admins: if a tablet is lost, tell your manager straight away."
                    : request.path().startsWith("/workspace/people")
                    ? "Adding people, moving them and disabling accounts is for managers and admins."
                    : "Approving and retiring visit form versions is for managers.";
            return page(403, "You cannot do that", "Your role does not allow this step; nothing was changed. " + whose);
        }
        return page(403, "You do not have access to this page",
                "The supervisor's workspace is for supervisors and managers. Practitioners record and sync visits "
                        + "with the Doorstep app on their tablet. If you need access, ask your team manager.");
    }

    private boolean isAdmin() {
        return !identity.isAnonymous() && identity.hasRole(Staff.ADMIN);
    }

    /** An error page in the workspace's look; also what {@code ProblemMappers} answers to a page that failed. */
    public static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(title, message)).build();
    }
}
