package org.doorstep.server.guessing;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every username and password check goes through here first (R13-accounts): the workspace's form
 * sign-in and a tablet's enrolment alike. A locked account or address is refused without looking at
 * the password; otherwise the password is checked by the providers behind this one (security-jpa,
 * bcrypt) and the outcome is counted by {@link SignInGuard}.
 */
@ApplicationScoped
public class GuardedPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Set by a caller that is not the HTTP form (the enrolment API): the client's address. */
    public static final String ADDRESS = "doorstep.client-address";
    /** Set by a caller that is not the HTTP form: a {@link SignInChannel}. */
    public static final String CHANNEL = "doorstep.sign-in-channel";
    /** On the failure of a try refused because of a lock (the password was not checked): until when, an Instant. */
    public static final String LOCKED_UNTIL = "doorstep.locked-until";
    /** Where the workspace's sign-in page says that sign-in is paused, instead of "wrong password". */
    static final String LOCKED_PAGE = "/signin?error=locked";

    private final SignInGuard guard;
    private final AccountTurns turns;
    private final Instance<IdentityProvider<?>> providers;

    GuardedPasswords(SignInGuard guard, AccountTurns turns, @Any Instance<IdentityProvider<?>> providers) {
        this.guard = guard;
        this.turns = turns;
        this.providers = providers;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Ahead of every provider Quarkus registers, so no password is checked around the guard. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = address(request, http);
        SignInChannel channel = request.getAttribute(CHANNEL) instanceof SignInChannel c ? c : SignInChannel.WORKSPACE;
        String username = request.getUsername();
        String account = SignInGuard.account(username);
        return context.runBlocking(() -> {
                    if (!turns.take(account)) {
                        throw new AuthenticationFailedException("Too many sign-ins for this account at once");
                    }
                    return null;
                })
                // Subscribed only once the turn is held, so only a held turn is given back.
                .chain(() -> guarded(request, context, username, address, channel, http)
                        .onTermination().invoke(() -> turns.give(account)));
    }

    /** The lock check, the password check and the count, while this account's turn is held. */
    private Uni<SecurityIdentity> guarded(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context,
                                          String username, String address, SignInChannel channel, RoutingContext http) {
        return context.runBlocking(() -> {
                    Optional<Instant> until = guard.lockedUntil(username, address);
                    if (until.isPresent()) {
                        guard.refused(username, address, channel);
                        if (http != null) {
                            sayLocked(http);
                        }
                        throw new AuthenticationFailedException("Sign-in is locked", Map.of(LOCKED_UNTIL, until.get()));
                    }
                    return null;
                })
                .chain(() -> checked(request, context))
                .onItem().call(identity -> context.runBlocking(() -> {
                    guard.succeeded(username, address, channel);
                    return identity;
                }))
                .onFailure(e -> e instanceof AuthenticationFailedException a && a.getAttribute(LOCKED_UNTIL) == null)
                .call(e -> context.runBlocking(() -> {
                    guard.failed(username, address, channel);
                    return null;
                }));
    }

    /** The password checked by the providers behind this one, highest priority first. */
    private Uni<SecurityIdentity> checked(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        List<IdentityProvider<UsernamePasswordAuthenticationRequest>> behind = behind();
        Uni<SecurityIdentity> result = Uni.createFrom().nullItem();
        for (IdentityProvider<UsernamePasswordAuthenticationRequest> p : behind) {
            result = result.chain(found -> found != null ? Uni.createFrom().item(found) : p.authenticate(request, context));
        }
        return result.onItem().ifNull().failWith(() -> new AuthenticationFailedException("No identity for this username and password"));
    }

    @SuppressWarnings("unchecked")
    private List<IdentityProvider<UsernamePasswordAuthenticationRequest>> behind() {
        return providers.stream()
                .filter(p -> !(p instanceof GuardedPasswords) && p.getRequestType() == UsernamePasswordAuthenticationRequest.class)
                .map(p -> (IdentityProvider<UsernamePasswordAuthenticationRequest>) p)
                .sorted(Comparator.comparingInt((IdentityProvider<?> p) -> p.priority()).reversed())
                .toList();
    }

    private static String address(UsernamePasswordAuthenticationRequest request, RoutingContext http) {
        String a = request.getAttribute(ADDRESS) instanceof String given && !given.isBlank() ? given
                : http != null && http.request().remoteAddress() != null ? http.request().remoteAddress().hostAddress()
                : "unknown";
        // The width of sign_in_attempts.address; an IPv6 address with a zone can be long.
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    /**
     * The form mechanism answers every failure with a redirect to the error page; a lock is told
     * apart there, so a person who typed the right password knows to wait rather than to retype it.
     * It says nothing about the password, and unknown names lock like real ones.
     */
    private static void sayLocked(RoutingContext http) {
        http.addHeadersEndHandler(v -> {
            String location = http.response().headers().get("Location");
            if (location != null && location.contains("/signin")) {
                http.response().headers().set("Location", LOCKED_PAGE);
            }
        });
    }
}
