package org.doorstep.server.problem;

import java.util.List;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.Problem;

/** A refusal with its RFC 9457 problem; thrown by use cases, turned into a response in one place. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.slug() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException of(String slug, String title, int status, String detail) {
        return new ProblemException(Problem.of(slug, title, status, detail));
    }

    public static ProblemException withViolations(String slug, String title, int status, String detail,
                                                  List<Violation> violations) {
        return new ProblemException(Problem.of(slug, title, status, detail).withViolations(violations));
    }

    public Problem problem() {
        return problem;
    }
}
