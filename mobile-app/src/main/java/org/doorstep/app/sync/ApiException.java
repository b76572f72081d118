package org.doorstep.app.sync;

import java.time.Duration;
import java.util.Optional;

import org.doorstep.model.wire.Problem;

/** The server answered with an error; {@link #problem()} holds its RFC 9457 details. */
public class ApiException extends RuntimeException {

    private final int status;
    private final Problem problem;
    private final Duration retryAfter;

    public ApiException(int status, Problem problem) {
        this(status, problem, null);
    }

    public ApiException(int status, Problem problem, Duration retryAfter) {
        super(problem.detail() != null ? problem.detail() : problem.title() != null ? problem.title() : "HTTP " + status);
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /**
     * The server is out for a while (503, or a gateway in front of it that cannot reach it): nothing
     * was stored, the same request later will do.
     */
    public boolean unavailable() {
        return status == 503 || status == 502 || status == 504;
    }

    /** How long the server asked to wait ({@code Retry-After} in seconds), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    /** The slug of the problem type, e.g. {@code invalid-token}. */
    public String slug() {
        return problem.slug();
    }
}
