package org.doorstep.server.workspace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doorstep.server.forms.FormLifecycle;
import org.doorstep.server.forms.FormStatus;
import org.doorstep.server.forms.FormVersion;
import org.doorstep.server.forms.FormVersions;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * The visit form's versions (R2-form-approval): everyone in the workspace reads the list; a manager
 * or an admin registers a version; only a manager approves or retires one. Not part of
 * {@link WorkspacePages}, whose roles (supervisor, manager) do not include the admin who registers.
 */
@Path("/workspace/forms")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER, Staff.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class FormVersionPages {

    /** One version as the table shows it. */
    public record Row(String version, String title, String description, FormStatus status, String registered,
                      String approved, String approvalComment, String retired, String retiredReason) {
        public String tag() {
            return switch (status) {
                case PROPOSED -> "govuk-tag--blue";
                case APPROVED -> "govuk-tag--green";
                case RETIRED -> "govuk-tag--grey";
            };
        }

        public boolean proposed() {
            return status == FormStatus.PROPOSED;
        }

        public boolean usable() {
            return status == FormStatus.APPROVED;
        }
    }

    /** What the person typed, shown again beside the errors. */
    public record Entered(String version, String title, String description, String approving, boolean confirmed,
                          String comment, String retiring, String reason) {
        static final Entered NOTHING = new Entered("", "", "", "", false, "", "", "");

        /** Whether the approval form of this version was the one sent. */
        public boolean isApproving(String version) {
            return approving.equals(version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forms(Chrome chrome, List<Row> versions, List<Row> proposed, List<Row> approved,
                                             boolean mayRegister, boolean mayDecide,
                                             FormErrors errors, Entered entered, String done);
    }

    private final Scope scope;
    private final FormVersions forms;
    private final Words words;
    private final PageChrome chrome;

    FormVersionPages(Scope scope, FormVersions forms, Words words, PageChrome chrome) {
        this.scope = scope;
        this.forms = forms;
        this.words = words;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("registered") String registered, @QueryParam("approved") String approved,
                                 @QueryParam("retired") String retired) {
        Staff me = scope.me();
        return page(me, List.of(), Entered.NOTHING, done(registered, approved, retired));
    }

    @POST
    @RolesAllowed({Staff.MANAGER, Staff.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response register(@FormParam("version") String version, @FormParam("title") String title,
                             @FormParam("description") String description) {
        Staff me = scope.me();
        FormVersions.Outcome outcome = forms.register(me, version, title, description);
        if (outcome.done()) {
            return seeOther("registered", version.strip());
        }
        return refused(me, outcome, new Entered(orEmpty(version), orEmpty(title), orEmpty(description), "", false, "",
                "", ""));
    }

    @POST
    @Path("/{version}/approve")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response approve(@PathParam("version") String version, @FormParam("confirm") String confirm,
                            @FormParam("comment") String comment) {
        Staff me = scope.me();
        FormVersion f = forms.find(version)
                .orElseThrow(() -> new Scope.NotInScope("There is no form version " + version + "."));
        FormVersions.Outcome outcome = forms.approve(me, f.version, "yes".equals(confirm), comment);
        if (outcome.done()) {
            return seeOther("approved", f.version);
        }
        return refused(me, outcome, new Entered("", "", "", f.version, "yes".equals(confirm), orEmpty(comment), "", ""));
    }

    @POST
    @Path("/retire")
    @RolesAllowed(Staff.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response retire(@FormParam("version") String version, @FormParam("reason") String reason) {
        Staff me = scope.me();
        FormVersions.Outcome outcome = forms.retire(me, version, reason);
        if (outcome.done()) {
            return seeOther("retired", version);
        }
        return refused(me, outcome, new Entered("", "", "", "", false, "", orEmpty(version), orEmpty(reason)));
    }

    private TemplateInstance page(Staff me, List<FieldError> errors, Entered entered, String done) {
        List<Row> rows = forms.all().stream().map(this::row).toList();
        Chrome frame = chrome.of(me, "forms");
        return Templates.forms(frame, rows, rows.stream().filter(Row::proposed).toList(),
                rows.stream().filter(Row::usable).toList(), FormLifecycle.mayRegister(me.role), FormLifecycle.mayDecide(me.role),
                new FormErrors(errors), entered, done);
    }

    private Response refused(Staff me, FormVersions.Outcome outcome, Entered entered) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page(me, outcome.errors(), entered, null)).build();
    }

    private Row row(FormVersion f) {
        return new Row(f.version, f.title, f.description, f.lifecycle(),
                FormVersions.nameOf(f.registeredBy) + ", " + words.date(f.registeredAt),
                f.approvedAt == null ? null : FormVersions.nameOf(f.approvedBy) + ", " + words.date(f.approvedAt),
                f.approvalComment,
                f.retiredAt == null ? null : FormVersions.nameOf(f.retiredBy) + ", " + words.date(f.retiredAt),
                f.retiredReason);
    }

    /** The success banner after a step, naming only a version that exists (the query string is anyone's). */
    private String done(String registered, String approved, String retired) {
        String[][] steps = {
                {registered, "registered as proposed: notes captured with it are refused until a manager approves it"},
                {approved, "approved: notes captured with it are accepted"},
                {retired, "retired: new notes captured with it are refused"}};
        for (String[] step : steps) {
            if (step[0] != null && forms.find(step[0]).isPresent()) {
                return "Version " + step[0] + " " + step[1] + ".";
            }
        }
        return null;
    }

    private static Response seeOther(String step, String version) {
        return Response.seeOther(URI.create("/workspace/forms?" + step + "="
                + URLEncoder.encode(version, StandardCharsets.UTF_8))).build();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
