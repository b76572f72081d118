package org.doorstep.server.signin;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The two steps of a workspace session as Quarkus security requests, so that their database work runs
 * on a worker thread: starting one for a person whose password was just checked, and resuming one
 * from the id in a cookie. Both answer with the person's identity, marked when they must change a
 * temporary password first.
 */
final class SessionRequests {


    private SessionRequests() {
    }

    /**
     * Start a session for {@code username}, whose password has been checked, ending the session of the
     * cookie the browser still sent ({@code replacing}, may be null).
     */
    static final class Start extends BaseAuthenticationRequest {
        final String username;
        final String replacing;

        Start(String username, String replacing) {
            this.username = username;
            this.replacing = replacing;
        }
    }

    /** Resume the session of a cookie; {@code background} when the page asks by itself (polling). */
    static final class Resume extends BaseAuthenticationRequest {
        final String id;
        final boolean background;

        Resume(String id, boolean background) {
            this.id = id;
            this.background = background;
        }
    }

    static SecurityIdentity identity(Sessions.Started s) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(s.username())).addRole(s.role())
                .addAttribute(Sessions.SESSION, s.id()).addAttribute(Sessions.MUST_CHANGE_PASSWORD, s.mustChangePassword()).build();
    }

    @ApplicationScoped
    static class Starting implements IdentityProvider<Start> {
        private final Sessions sessions;

        Starting(Sessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public Class<Start> getRequestType() {
            return Start.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Start request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> identity(sessions.start(request.username, request.replacing)));
        }
    }

    @ApplicationScoped
    static class Resuming implements IdentityProvider<Resume> {
        private final Sessions sessions;

        Resuming(Sessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public Class<Resume> getRequestType() {
            return Resume.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Resume request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> identity(sessions.resume(request.id, request.background)));
        }
    }
}
