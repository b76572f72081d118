package org.doorstep.server.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.doorstep.server.signin.Sessions;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Someone signed in with a temporary password sees no workspace page until they have chosen their
 * own (R13-accounts): every workspace page sends them to the change-password page.
 */
public class PasswordChangeRequired {

    private final SecurityIdentity identity;

    PasswordChangeRequired(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (!identity.isAnonymous() && Boolean.TRUE.equals(identity.getAttribute(Sessions.MUST_CHANGE_PASSWORD))
                && request.getUriInfo().getPath().startsWith("/workspace")) {
            return Response.seeOther(URI.create("/account/password")).build();
        }
        return null;
    }
}
