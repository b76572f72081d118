package org.doorstep.server.workspace;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * A form's errors for the page: the list for the error summary ({@code {#errorSummary errors=errors /}}),
 * and each field's message for beside it. A field is the id of the input the summary links to.
 */
@TemplateData
public record FormErrors(List<FieldError> all) {

    public static final FormErrors NONE = new FormErrors(List.of());

    /**
     * The date typed into a form field, or null when nothing or not a date was typed; for the latter the
     * field gets the one message every form shows ({@link org.doorstep.model.record.FormDate#NOT_A_DATE}).
     */
    public static java.time.LocalDate date(String field, String typed, List<FieldError> errors) {
        org.doorstep.model.record.FormDate d = org.doorstep.model.record.FormDate.parse(typed);
        if (d instanceof org.doorstep.model.record.FormDate.NotADate) {
            errors.add(new FieldError(field, org.doorstep.model.record.FormDate.NOT_A_DATE));
        }
        return d.orNull();
    }

    /**
     * Adds the shared-model rules' violations to a form's errors, one message per field: a field that
     * already has one (a date that could not be read) does not also get "missing".
     */
    public static void addOncePerField(List<FieldError> errors, List<org.doorstep.model.visit.Violation> violations) {
        for (org.doorstep.model.visit.Violation v : violations) {
            if (errors.stream().noneMatch(e -> e.field().equals(v.field()))) {
                errors.add(new FieldError(v.field(), v.message()));
            }
        }
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    public String message(String field) {
        String m = of(field);
        return m == null ? "" : m;
    }

    /** The field's message, or null when it has none. */
    public String of(String field) {
        return all.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    /** The error of a field that belongs to one of several forms on a page, such as {@code confirm-visit-3}. */
    public String at(String field, String which) {
        return of(field + "-" + which);
    }
}
