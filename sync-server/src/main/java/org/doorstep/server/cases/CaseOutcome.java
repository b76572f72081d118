package org.doorstep.server.cases;

import java.util.List;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.review.Decisions.FieldError;

/** A move of a case done (the case as it is now), or refused with an error beside each field; a refusal changed nothing. */
public record CaseOutcome(ChildCase childCase, List<FieldError> errors) {

    public boolean done() {
        return errors.isEmpty();
    }

    static CaseOutcome done(ChildCase c) {
        return new CaseOutcome(c, List.of());
    }

    static CaseOutcome refused(List<FieldError> errors) {
        return new CaseOutcome(null, List.copyOf(errors));
    }

    static CaseOutcome refused(String field, String message) {
        return refused(List.of(new FieldError(field, message)));
    }
}
