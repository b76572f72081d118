package org.doorstep.server.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the workspace knows who is calling (R13-auth): the sign-in form posts to
 * {@code /j_security_check}; the password is checked by whichever identity providers Quarkus has
 * (security-jpa's bcrypt, behind any guard against guessing), a {@link Sessions server-side session}
 * starts, and the browser gets its random id in a cookie that page script cannot read (HttpOnly),
 * that no other site's request carries (SameSite=Strict), and that is sent only over TLS when the
 * server is reached over TLS or {@code doorstep.session.secure-cookie} says a proxy in front does TLS.
 * Every later request resumes the session from that id or, when it has ended, is sent to sign in
 * with the reason.
 */
@ApplicationScoped
public class SessionCookies implements HttpAuthenticationMechanism {

    public static final String COOKIE = "doorstep-session";
    /** Where to go back to after signing in, when a page was asked for without a session. */
    static final String RETURN_COOKIE = "doorstep-return";
    /** Sent by the page's own script on requests the person did not make (polling, refreshing a list). */
    public static final String BACKGROUND_HEADER = "X-Doorstep-Background";
    static final String SIGN_IN_POST = "/j_security_check";
    private static final String ENDED = "doorstep.session-ended";
    private static final Set<String> PUBLIC_PREFIXES = Set.of("/css/", "/js/", "/webjars/", "/assets/", "/q/");

    private final boolean forceSecure;

    SessionCookies(@ConfigProperty(name = "doorstep.session.secure-cookie", defaultValue = "false") boolean forceSecure) {
        this.forceSecure = forceSecure;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identities) {
        String path = ctx.normalizedPath();
        if (SIGN_IN_POST.equals(path) && ctx.request().method() == HttpMethod.POST) {
            return signIn(ctx, identities);
        }
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty() || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
            return Uni.createFrom().nullItem();
        }
        boolean background = ctx.request().getHeader(BACKGROUND_HEADER) != null || "/workspace/updates".equals(path);
        return identities.authenticate(attached(new SessionRequests.Resume(cookie.getValue(), background), ctx))
                .onFailure(Sessions.Ended.class).recoverWithItem(e -> {
                    // Anonymous from here: a page that needs a session sends the person to sign in, saying why.
                    ctx.put(ENDED, ((Sessions.Ended) e).why);
                    return null;
                });
    }

    private Uni<SecurityIdentity> signIn(RoutingContext ctx, IdentityProviderManager identities) {
        return form(ctx).chain(form -> {
            String username = form.get("j_username");
            String password = form.get("j_password");
            if (username == null || password == null || username.isBlank() || password.isEmpty()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("No username or password"));
            }
            return identities.authenticate(attached(new UsernamePasswordAuthenticationRequest(username.strip(),
                    new PasswordCredential(password.toCharArray())), ctx));
        }).chain(checked -> identities.authenticate(attached(new SessionRequests.Start(checked.getPrincipal().getName(),
                        cookieValue(ctx)), ctx)))
                .map(identity -> {
                    String id = identity.getAttribute(Sessions.SESSION);
                    ctx.response().addCookie(cookie(ctx, COOKIE, id));
                    redirect(ctx, landing(ctx, Boolean.TRUE.equals(identity.getAttribute(Sessions.MUST_CHANGE_PASSWORD))));
                    // The redirected request is the first one of the session; this one is answered.
                    return (SecurityIdentity) null;
                })
                .onFailure().recoverWithItem(e -> {
                    boolean disabled = e instanceof Sessions.Ended ended && Sessions.DISABLED.equals(ended.why);
                    redirect(ctx, disabled ? "/signin?error=disabled" : "/signin?error=true");
                    return null;
                });
    }

    private static String cookieValue(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** The posted sign-in form, read the way Quarkus's own form mechanism reads it. */
    private static Uni<MultiMap> form(RoutingContext ctx) {
        return Uni.createFrom().emitter(emitter -> {
            ctx.request().setExpectMultipart(true);
            ctx.request().endHandler(v -> emitter.complete(ctx.request().formAttributes()));
            ctx.request().exceptionHandler(emitter::fail);
            ctx.request().resume();
        });
    }

    private String landing(RoutingContext ctx, boolean mustChangePassword) {
        Cookie back = ctx.request().getCookie(RETURN_COOKIE);
        if (back != null) {
            ctx.response().addCookie(cookie(ctx, RETURN_COOKIE, "").setMaxAge(0));
        }
        if (mustChangePassword) {
            return "/account/password";
        }
        String to = back == null ? null : back.getValue();
        // Only a path of our own workspace: never another host ("//evil", "/\evil").
        return to != null && to.startsWith("/workspace") && !to.contains("//") && !to.contains("\\") ? to : "/";
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/api/")) {
            return Uni.createFrom().item(new ChallengeData(401, null, null));
        }
        String why = ctx.get(ENDED);
        if (why != null) {
            ctx.response().addCookie(cookie(ctx, COOKIE, "").setMaxAge(0));
        }
        if (ctx.request().method() == HttpMethod.GET && path.startsWith("/workspace")
                && ctx.request().getHeader(BACKGROUND_HEADER) == null && !"/workspace/updates".equals(path)) {
            String uri = ctx.request().uri();
            ctx.response().addCookie(cookie(ctx, RETURN_COOKIE, uri).setMaxAge(600));
        }
        String reason = why == null || Sessions.SIGNED_OUT.equals(why) ? "" : "?reason=" + why;
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/signin" + reason));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessionRequests.Start.class, SessionRequests.Resume.class);
    }

    /** A cookie of ours: whole site, HttpOnly, SameSite=Strict, Secure over TLS (or when told a proxy does TLS). */
    Cookie cookie(RoutingContext ctx, String name, String value) {
        boolean tls = forceSecure || ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().scheme());
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(tls);
    }

    private static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(302).putHeader("Location", location).end();
    }

    private static <T extends AuthenticationRequest> T attached(T request, RoutingContext ctx) {
        HttpSecurityUtils.setRoutingContextAttribute(request, ctx);
        return request;
    }
}
