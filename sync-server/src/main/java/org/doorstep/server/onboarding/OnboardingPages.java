package org.doorstep.server.onboarding;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.doorstep.model.onboarding.OnboardingFile;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bringing a team in from a file (issue 9, R13-accounts): choose a staff or cases file and check it;
 * the dry run lists every bad row with its line and reason and stores nothing; a clean file is then
 * imported, every row in one transaction. An admin imports staff of any team; a manager imports
 * their own team's staff and cases.
 */
@Path("/workspace/import")
@RolesAllowed({Staff.MANAGER, Staff.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class OnboardingPages {

    /** What one kind of file looks like, for the page's explanation. */
    public record Kind(String value, String label, String header, String hint) {
        /** The header as the page shows it: with a space after each comma, so a long one wraps (names are read stripped). */
        public String headerToShow() {
            return header.replace(",", ", ");
        }

        static Kind of(OnboardingFile f) {
            return f == OnboardingFile.STAFF
                    ? new Kind(f.wire(), "Staff", f.headerLine(), "One person a line. Role is practitioner, supervisor, manager or admin; "
                            + "the temporary password (at least 12 characters, not a common one) is changed at first sign-in.")
                    : new Kind(f.wire(), "Cases", f.headerLine(), "One child a line, with dates like 14/3/2017. NHS number and "
                            + "allocated_to may be empty; allocated_to is the username of a practitioner of the team. Import the staff first.");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Chrome chrome, List<Kind> kinds, String kind, FormErrors errors,
                                              ImportOutcome checked, String csv, String imported);
    }

    private static final String NOT_TEXT = "\u0000not text";

    private final Scope scope;
    private final Onboarding onboarding;
    private final PageChrome chrome;

    OnboardingPages(Scope scope, Onboarding onboarding, PageChrome chrome) {
        this.scope = scope;
        this.onboarding = onboarding;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance form(@QueryParam("imported") String imported, @QueryParam("rows") int rows) {
        OnboardingFile done = OnboardingFile.of(imported);
        String banner = done == null || rows <= 0 ? null : rows + " " + (rows > 1 ? done.noun()
                : done == OnboardingFile.STAFF ? "person" : "case") + " imported";
        return page(scope.me(), OnboardingFile.STAFF.wire(), FormErrors.NONE, null, null, banner);
    }

    /**
     * The one form's two steps: {@code check} reads the chosen file and lists its problems;
     * {@code import} stores the file the page carried from a clean check, after checking it again.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestForm String kind, @RestForm("file") FileUpload file, @RestForm String csv,
                           @RestForm String step) {
        Staff me = scope.me();
        OnboardingFile f = OnboardingFile.of(kind);
        boolean importing = "import".equals(step);
        String text = importing ? csv : read(file);
        if (f == null || text == null || text.isBlank() || NOT_TEXT.equals(text)) {
            FieldError e = f == null ? new FieldError("kind-staff", "Choose what the file holds")
                    : new FieldError("file", NOT_TEXT.equals(text) ? "The file is not UTF-8 text: save it as \"CSV UTF-8\" and choose it again"
                    : "Choose a CSV file to check");
            return Response.status(400).entity(page(me, kind == null ? OnboardingFile.STAFF.wire() : kind, new FormErrors(List.of(e)), null, null, null)).build();
        }
        ImportOutcome outcome;
        if (importing) {
            try {
                outcome = onboarding.importAll(me, f, text);
            } catch (Onboarding.RowRefused refused) {
                outcome = refused.outcome();
            }
            if (outcome.clean()) {
                return Response.seeOther(URI.create("/workspace/import?imported=" + f.wire() + "&rows=" + outcome.rows())).build();
            }
        } else {
            outcome = onboarding.dryRun(me, f, text);
        }
        FormErrors errors = outcome.clean() ? FormErrors.NONE : new FormErrors(List.of(new FieldError("file",
                problemsInWords(outcome) + "; nothing was stored. Correct the file and check it again")));
        return Response.status(outcome.clean() ? 200 : 400)
                .entity(page(me, f.wire(), errors, outcome, outcome.clean() ? text : null, null)).build();
    }

    private TemplateInstance page(Staff me, String kind, FormErrors errors, ImportOutcome checked, String csv, String imported) {
        List<Kind> kinds = Arrays.stream(OnboardingFile.values())
                .filter(f -> f == OnboardingFile.STAFF || Staff.MANAGER.equals(me.role)).map(Kind::of).toList();
        return Templates.upload(chrome.of(me, "people"), kinds, kind, errors, checked, csv, imported);
    }

    private static String problemsInWords(ImportOutcome o) {
        long lines = o.problems().stream().mapToInt(RowProblem::line).distinct().count();
        return "The file has " + o.problems().size() + (o.problems().size() == 1 ? " problem" : " problems") + " on "
                + lines + (lines == 1 ? " line" : " lines");
    }

    /** The file's text; {@link #NOT_TEXT} when it is not UTF-8 (a spreadsheet saved in another encoding). */
    private static String read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return NOT_TEXT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
