package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.doorstep.server.people.Staff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the frame of a workspace page for whoever is signed in: one place reads the idle timeout
 * (R13-auto-logout) and the live-update interval, so every page locks and polls alike.
 */
@ApplicationScoped
public class PageChrome {

    private final Duration idleTimeout;
    private final int pollSeconds;

    PageChrome(@ConfigProperty(name = "doorstep.session.idle-timeout") Duration idleTimeout,
               @ConfigProperty(name = "doorstep.workspace.poll-seconds", defaultValue = "15") int pollSeconds) {
        this.idleTimeout = idleTimeout;
        this.pollSeconds = pollSeconds;
    }

    /** The frame for {@code me} with {@code section} ("dashboard", "queue", "cases", "forms", "devices") current. */
    public Chrome of(Staff me, String section) {
        // One second past the server's timeout, so the page never locks before the session has ended.
        return new Chrome(me.displayName, me.role, me.team == null ? "No team" : me.team, section,
                idleTimeout.toSeconds() + 1, pollSeconds);
    }
}
