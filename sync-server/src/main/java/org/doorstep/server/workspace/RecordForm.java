package org.doorstep.server.workspace;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.record.FactKind;
import org.doorstep.server.review.Decisions.FieldError;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the basic-record forms on the case record page show in this request: after a refused change,
 * which form it was, what was typed and each error beside its field; after a change, the success
 * banner. The forms are an include of the case record page, so they read this rather than widen
 * the page's own parameters.
 */
@Named("recordForm")
@RequestScoped
public class RecordForm {

    /** One choice of a select. */
    public record Option(String value, String label, boolean selected) {
    }

    private final CurrentVertxRequest request;
    private final Clock clock;
    private final ZoneId zone;
    private String refusedForm;
    private final Map<String, String> typed = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    RecordForm(CurrentVertxRequest request, Clock clock,
               @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.request = request;
        this.clock = clock;
        this.zone = zone;
    }

    /** Keeps a refused form's input (by field name) and its errors (by field id) for the page. */
    void refused(String form, Map<String, String> input, List<FieldError> refusals) {
        refusedForm = form;
        input.forEach((name, value) -> typed.put(BasicRecordEdits.field(form, name), value == null ? "" : value));
        refusals.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
    }

    /** Whether this form is shown open: it was just refused. */
    public boolean open(String form) {
        return form.equals(refusedForm);
    }

    /** What was typed in the field of a refused form, else the value to start from. */
    public String value(String id, Object otherwise) {
        if (refusedForm != null && id.startsWith("change-" + refusedForm + "-")) {
            return typed.getOrDefault(id, "");
        }
        return otherwise == null ? "" : otherwise.toString();
    }

    public String error(String id) {
        return errors.get(id);
    }

    /** The message of the error, among the page's, for the field {@code prefix + id}; else null. */
    public String errorIn(List<FieldError> pageErrors, String prefix, String id) {
        String field = prefix + id;
        return pageErrors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public boolean checked(String id, String choice) {
        return choice.equals(typed.get(id));
    }

    /** After a change was recorded (the page was reached by its redirect): what the banner says; else null. */
    public String changed() {
        String which = request.getCurrent() == null ? null : request.getCurrent().request().getParam("changed");
        return which == null ? null : switch (which) {
            case BasicRecordEdits.NHS -> "NHS number changed";
            case BasicRecordEdits.FACT -> "Basic record changed";
            case BasicRecordEdits.IDENTITY -> "Name or gender changed";
            case BasicRecordEdits.JOINS -> "Household member added";
            case BasicRecordEdits.LEAVES -> "Household member recorded as having left";
            default -> null;
        };
    }

    public String today() {
        return LocalDate.now(clock.withZone(zone)).toString();
    }

    /** The facts written in words that the fact form can change. */
    public List<Option> factKinds() {
        String chosen = typed.get(BasicRecordEdits.field(BasicRecordEdits.FACT, "kind"));
        return Arrays.stream(FactKind.values()).filter(FactKind::freeText)
                .map(k -> new Option(k.wire(), k.label(), k.wire().equals(chosen))).toList();
    }

    /** Whether this household member was the one chosen in a refused "left" form. */
    public boolean chosen(long memberId) {
        return String.valueOf(memberId).equals(typed.get(BasicRecordEdits.field(BasicRecordEdits.LEAVES, "member")));
    }
}
