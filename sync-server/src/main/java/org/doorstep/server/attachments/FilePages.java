package org.doorstep.server.attachments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.doorstep.model.media.AttachmentRules;
import org.doorstep.model.media.DocumentKind;
import org.doorstep.server.accesslog.AccessLog;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A case's documents and photos (R1-media): the list with the visits' files, the form to add a
 * document, and the download. Every view and download is access-logged; a refused upload stores
 * nothing and says why beside the field.
 */
@Path("/workspace/cases/{caseId}/files")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class FilePages {

    public record Option(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance files(Chrome chrome, String caseId, String childName, Attachments.Section files,
                                             List<Option> kinds, String title, FormErrors errors, String maxSize,
                                             boolean added);
    }

    private final Scope scope;
    private final AccessLog accessLog;
    private final PageChrome chrome;
    private final Attachments attachments;
    private final org.doorstep.server.confidential.Restrictions restrictions;

    FilePages(Scope scope, AccessLog accessLog, PageChrome chrome, Attachments attachments,
              org.doorstep.server.confidential.Restrictions restrictions) {
        this.restrictions = restrictions;
        this.scope = scope;
        this.accessLog = accessLog;
        this.chrome = chrome;
        this.attachments = attachments;
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("caseId") String caseId, @QueryParam("added") String added) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        return render(me, c, null, "", FormErrors.NONE, added != null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response add(@PathParam("caseId") String caseId, @RestForm("kind") String kind,
                        @RestForm("title") String title, @RestForm("file") FileUpload file) {
        Staff me = scope.me();
        ChildCase c = opened(me, caseId);
        List<FieldError> errors;
        if (file != null && file.size() > AttachmentRules.MAX_BYTES) {
            // Not read into memory: its size alone refuses it.
            errors = List.of(new FieldError("file", AttachmentRules.refusal(AttachmentRules.baseName(file.fileName()),
                    "application/pdf", file.size()).orElseThrow()));
        } else {
            errors = attachments.addToCase(c, me, kind, title, file == null ? null : file.fileName(), read(file));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(me, c, kind, title, new FormErrors(errors), false)).build();
        }
        accessLog.viewed(c.caseId, me.username, "Document added: " + title.strip());
        return Response.seeOther(URI.create("/workspace/cases/" + c.caseId + "/files?added=1")).build();
    }

    @GET
    @Path("/{sha256}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response download(@PathParam("caseId") String caseId, @PathParam("sha256") String sha256) {
        Staff me = scope.me();
        ChildCase c = scope.caseOf(me, caseId);
        Attachments.Download d = attachments.download(c, me, sha256);
        accessLog.viewed(c.caseId, me.username, d.what());
        restrictions.logViews(c, me, r -> sha256.equals(r.fileSha256));
        return Response.ok(d.bytes(), d.mediaType())
                .header("Content-Disposition", disposition(d.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").build();
    }

    /** Always a download, never shown inline: a file from outside is not run in the workspace's origin. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance render(Staff me, ChildCase c, String kind, String title, FormErrors errors, boolean added) {
        List<Option> kinds = Arrays.stream(DocumentKind.values())
                .map(k -> new Option(k.wire(), k.label(), k.wire().equals(kind))).toList();
        return Templates.files(chrome.of(me, "cases"), c.caseId, DeclaredIdentity.nameOf(c), attachments.ofCase(c.caseId),
                kinds, title == null ? "" : title, errors, AttachmentRules.inWords(AttachmentRules.MAX_BYTES), added);
    }

    private ChildCase opened(Staff me, String caseId) {
        ChildCase c = scope.caseOf(me, caseId);
        accessLog.viewed(c.caseId, me.username, "Documents and photos");
        restrictions.logViews(c, me, r -> r.fileSha256 != null);
        return c;
    }
}
