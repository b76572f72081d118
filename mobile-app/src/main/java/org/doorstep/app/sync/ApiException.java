package org.doorstep.app.sync;

import org.doorstep.model.wire.Problem;

/** The server answered with an error; {@link #problem()} holds its RFC 9457 details. */
public class ApiException extends RuntimeException {

    private final int status;
    private final Problem problem;

    public ApiException(int status, Problem problem) {
        super(problem.detail() != null ? problem.detail() : problem.title() != null ? problem.title() : "HTTP " + status);
        this.status = status;
        this.problem = problem;
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
