package org.doorstep.model.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.doorstep.model.visit.Violation;

/**
 * RFC 9457 problem details. {@code type} is stable per kind of failure
 * (e.g. {@code https://doorstep.example/problems/invalid-signature}); {@code detail} is for a person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String TYPE_BASE = "https://doorstep.example/problems/";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null);
    }

    public Problem withViolations(List<Violation> v) {
        return new Problem(type, title, status, detail, instance, v);
    }

    public Problem withInstance(String i) {
        return new Problem(type, title, status, detail, i, violations);
    }

    /** The part of {@code type} after the base, e.g. {@code invalid-signature}. */
    public String slug() {
        return type != null && type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }
}
