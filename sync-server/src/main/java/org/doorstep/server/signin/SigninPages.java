package org.doorstep.server.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
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
 * Sign-in (R13-auth) with Quarkus form authentication: the form posts to {@code /j_security_check},
 * checked against the staff table (bcrypt); the session is an encrypted cookie that lapses after
 * {@code doorstep.session.idle-timeout} without a request (R13-auto-logout).
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SigninPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(boolean failed, boolean locked, int lockTries, long lockMinutes, String reason,
                                              long idleMinutes);
    }

    private final SecurityIdentity identity;
    private final String cookieName;
    private final Duration idleTimeout;

    SigninPages(SecurityIdentity identity,
                @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName,
                @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idleTimeout) {
        this.identity = identity;
        this.cookieName = cookieName;
        this.idleTimeout = idleTimeout;
    }

    @GET
    public Response home() {
        // An admin has no cases to oversee; their part of the workspace is the form versions (R2-form-approval).
        String home = identity.isAnonymous() ? "/signin" : identity.hasRole(Staff.ADMIN) ? "/workspace/forms" : "/workspace";
        return Response.seeOther(URI.create(home)).build();
    }

    @GET
    @Path("signin")
    public TemplateInstance signin(@QueryParam("error") String error, @QueryParam("reason") String reason) {
        // R13-accounts: "locked" comes from GuardedPasswords; it says nothing about whether the password was right.
        LockoutPolicy policy = LockoutPolicy.ACCOUNT;
        return Templates.signin(error != null, "locked".equals(error), policy.failures(), policy.lock().toMinutes(),
                reason == null ? "" : reason, Math.max(1, idleTimeout.toMinutes()));
    }

    /** Sign out: the button in every page's header (a CSRF-checked form). */
    @POST
    @Path("signout")
    public Response signout() {
        return leave("signed-out");
    }

    /** Where a page sends itself when it has been left alone for the idle timeout. */
    @GET
    @Path("signout/idle")
    public Response idle() {
        return leave("idle");
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

    private Response leave(String reason) {
        NewCookie gone = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/signin?reason=" + reason)).cookie(gone).build();
    }
}
