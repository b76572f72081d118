package org.doorstep.server.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.doorstep.server.cluster.RetryOnConflict;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.doorstep.model.signing.ContentHash;
import org.doorstep.server.people.Staff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Workspace sessions kept on the server (R13-auto-logout, issue 11). The browser holds a random id and
 * nothing else, so there is no key to keep secret and nothing to forge; the database holds the id's
 * hash, so a session ends for every copy of its cookie and on every instance at once: at sign-out,
 * after {@code doorstep.session.idle-timeout} without the person doing anything, after
 * {@code doorstep.session.absolute-lifetime} however busy, and when the account is disabled.
 */
@ApplicationScoped
public class Sessions {

    /** Why a session ended; shown on the sign-in page as {@code ?reason=}. */
    public static final String SIGNED_OUT = "signed-out";
    public static final String IDLE = "idle";
    public static final String EXPIRED = "expired";
    public static final String DISABLED = "disabled";
    public static final String PASSWORD_CHANGED = "password-changed";
    /** The identity attribute that says a temporary password must be changed before anything else. */
    public static final String MUST_CHANGE_PASSWORD = "doorstep.must-change-password";
    /** The identity attribute that holds the session's cookie value. */
    public static final String SESSION = "doorstep.session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;

    Sessions(Clock clock, @ConfigProperty(name = "doorstep.session.idle-timeout") Duration idle,
             @ConfigProperty(name = "doorstep.session.absolute-lifetime") Duration lifetime) {
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    /**
     * A session for someone whose password was just checked; a disabled account gets none. The session
     * of the cookie the browser still carried ({@code replacing}) ends now: signing in again on a
     * shared computer, or as someone else, must not leave the earlier session usable by whoever copied it.
     */
    @Transactional
    @RetryOnConflict
    public Started start(String username, String replacing) {
        Staff staff = Staff.named(username);
        if (staff == null || staff.isDisabled()) {
            throw new Ended(DISABLED);
        }
        end(replacing, SIGNED_OUT);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebSession s = new WebSession();
        s.idHash = hash(id);
        s.username = username;
        s.startedAt = now();
        s.lastActiveAt = s.startedAt;
        s.persist();
        return new Started(id, staff.username, staff.role, staff.mustChangePassword);
    }

    /**
     * The session behind a cookie, if it is still open; a request the page makes by itself
     * ({@code background}, such as the dashboard looking for new visits) does not count as the person
     * doing something, so an unattended open dashboard still reaches the idle timeout.
     */
    @Transactional(dontRollbackOn = Ended.class)
    @RetryOnConflict
    public Started resume(String id, boolean background) {
        WebSession s = id == null || id.isEmpty() ? null : WebSession.findById(hash(id));
        if (s == null) {
            throw new Ended(SIGNED_OUT);
        }
        if (!s.open()) {
            throw new Ended(s.endedWhy);
        }
        Staff staff = Staff.named(s.username);
        Instant now = now();
        String why = staff == null || staff.isDisabled() ? DISABLED
                : !now.isBefore(s.startedAt.plus(lifetime)) ? EXPIRED
                : !now.isBefore(s.lastActiveAt.plus(idle)) ? IDLE : null;
        if (why != null) {
            close(s, why, now);
            throw new Ended(why);
        }
        if (!background) {
            s.lastActiveAt = now;
        }
        return new Started(id, staff.username, staff.role, staff.mustChangePassword);
    }

    /** Ends the session behind this cookie value (sign-out); an unknown or ended one is left as it is. */
    @Transactional
    @RetryOnConflict
    public void end(String id, String why) {
        WebSession s = id == null || id.isEmpty() ? null : WebSession.findById(hash(id));
        if (s != null && s.open()) {
            close(s, why, now());
        }
    }

    /**
     * Ends every open session of {@code username} at once, in the caller's transaction: the way
     * other code ends a person's sessions (disabling an account, a changed password). Returns how many.
     */
    @Transactional
    public int endAllOf(String username, String why) {
        return WebSession.update("endedAt = ?1, endedWhy = ?2 where username = ?3 and endedAt is null", now(), why, username);
    }

    /** Like {@link #endAllOf} but keeps the session the person is using (after they changed their own password). */
    @Transactional
    public int endOthersOf(String username, String keepId, String why) {
        return WebSession.update("endedAt = ?1, endedWhy = ?2 where username = ?3 and endedAt is null and idHash <> ?4",
                now(), why, username, hash(keepId == null ? "" : keepId));
    }

    private static void close(WebSession s, String why, Instant at) {
        s.endedAt = at;
        s.endedWhy = why;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String id) {
        return ContentHash.of(id.getBytes(StandardCharsets.UTF_8));
    }

    /** An open session: the cookie's value, whose it is and whether they must first change their password. */
    public record Started(String id, String username, String role, boolean mustChangePassword) {
    }

    /** The session is over (or never was); {@code why} is one of the reasons above. */
    public static class Ended extends RuntimeException {
        public final String why;

        Ended(String why) {
            super(why, null, false, false);
            this.why = why == null ? SIGNED_OUT : why;
        }
    }
}
