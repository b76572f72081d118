package org.doorstep.server.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.doorstep.model.guessing.LockoutPolicy;
import org.doorstep.server.people.Staff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in and sign-out (R13-auth): the form posts to {@code /j_security_check} ({@link SessionCookies}),
 * checked against the staff table (bcrypt); the session lives on the server ({@link Sessions}) and
 * lapses after {@code doorstep.session.idle-timeout} without the person doing anything (R13-auto-logout).
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SigninPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(boolean failed, boolean disabled, boolean locked, int lockTries,
                                              long lockMinutes, String reason, long idleMinutes, long lifetimeHours);
    }

    private final SecurityIdentity identity;
    private final Sessions sessions;
    private final Duration idleTimeout;
    private final Duration lifetime;

    SigninPages(SecurityIdentity identity, Sessions sessions,
                @ConfigProperty(name = "doorstep.session.idle-timeout") Duration idleTimeout,
                @ConfigProperty(name = "doorstep.session.absolute-lifetime") Duration lifetime) {
        this.identity = identity;
        this.sessions = sessions;
        this.idleTimeout = idleTimeout;
        this.lifetime = lifetime;
    }

    @GET
    public Response home() {
        // An admin has no cases to oversee; their part of the workspace is the form versions (R2-form-approval).
        // A practitioner works on the tablet; on the web they only change their password.
        String home = identity.isAnonymous() ? "/signin" : identity.hasRole(Staff.ADMIN) ? "/workspace/forms"
                : identity.hasRole(Staff.PRACTITIONER) ? "/account/password" : "/workspace";
        return Response.seeOther(URI.create(home)).build();
    }

    @GET
    @Path("signin")
    public TemplateInstance signin(@QueryParam("error") String error, @QueryParam("reason") String reason) {
        // R13-accounts: "locked" comes from GuardedPasswords; it says nothing about whether the password was right.
        LockoutPolicy policy = LockoutPolicy.ACCOUNT;
        return Templates.signin(error != null, "disabled".equals(error), "locked".equals(error), policy.failures(),
                policy.lock().toMinutes(), reason == null ? "" : reason, Math.max(1, idleTimeout.toMinutes()),
                Math.max(1, lifetime.toHours()));
    }

    /** Sign out: the button in every page's header (a CSRF-checked form); the session ends on the server. */
    @POST
    @Path("signout")
    public Response signout(@CookieParam(SessionCookies.COOKIE) String session) {
        sessions.end(session, Sessions.SIGNED_OUT);
        NewCookie gone = new NewCookie.Builder(SessionCookies.COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/signin?reason=" + Sessions.SIGNED_OUT)).cookie(gone).build();
    }

    /**
     * Where a page sends itself when it has been left alone for the idle timeout. By then the server
     * has ended the session itself, so this only says so: it changes nothing, and a link to it from
     * another site signs nobody out.
     */
    @GET
    @Path("signout/idle")
    public Response idle() {
        return Response.seeOther(URI.create("/signin?reason=" + Sessions.IDLE)).build();
    }

    /** "Stay signed in" on the idle warning: a request the person made, so the session counts it as activity. */
    @GET
    @Path("session/still-here")
    @Authenticated
    public Response stillHere() {
        return Response.noContent().build();
    }

    /** The old HTTP Basic supervisor pages live on in the workspace. */
    @GET
    @Path("supervisor/visits")
    public Response oldList() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/workspace/queue")).build();
    }

    @GET
    @Path("supervisor/visits/{noteId}")
    public Response oldVisit(@PathParam("noteId") String noteId) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create("/workspace/visits/" + java.net.URLEncoder.encode(noteId, java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }
}
