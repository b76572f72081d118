package org.doorstep.server.devices;

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
import java.util.List;
import org.doorstep.server.enrolment.Device;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Chrome;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.PageChrome;
import org.doorstep.server.workspace.Scope;
import org.doorstep.server.workspace.Words;

/**
 * The enrolled tablets (R15-lost-device): a manager (their team's) or an admin (everyone's) lists
 * them and revokes a lost one. A supervisor reads their own team's list: they are often the first
 * to hear that a tablet is lost, and can see which one it is and whether it has talked to the
 * server since; revoking stays with a manager or an admin, like approving form versions.
 */
@Path("/workspace/devices")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER, Staff.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DevicePages {

    private static final String DEVICE_ID = "{deviceId: [A-Za-z0-9_-]{1,32}}";

    /** One tablet in words. */
    public record Row(String deviceId, String deviceName, String practitioner, String username, String enrolled,
                      String lastToken, boolean revoked, String revokedAt, String revokedBy, String revokedReason,
                      boolean approved, String approvedAt, String approvedBy) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance devices(Chrome chrome, List<Row> devices, long total, int page, boolean more,
                                               long from, long to, boolean mayRevoke, Row revoked, boolean mayApprove,
                                               Row approved, String refused);

        static native TemplateInstance revoke(Chrome chrome, Row device, FormErrors errors, String reason, boolean confirmed,
                                              boolean refusedTwice);
    }

    private final Scope scope;
    private final Devices devices;
    private final Words words;
    private final PageChrome chrome;

    DevicePages(Scope scope, Devices devices, Words words, PageChrome chrome) {
        this.scope = scope;
        this.devices = devices;
        this.words = words;
        this.chrome = chrome;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("revoked") String revoked,
                                 @QueryParam("approved") String approved) {
        Staff me = scope.me();
        Devices.Page found = devices.page(me, page);
        int p = found.page().index();
        // The banner names only a device the caller may see that is revoked: the query string is anyone's.
        Row done = revoked == null ? null : devices.find(me, revoked).map(this::row).filter(Row::revoked).orElse(null);
        long from = (long) p * Devices.PAGE + 1;
        return Templates.devices(chrome.of(me, "devices"), found.devices().stream().map(this::row).toList(), found.total(),
                p, found.page().more(), from, from + found.devices().size() - 1,
                Revocation.mayRevoke(me.role), done, Devices.mayApprove(me),
                approved == null ? null : devices.find(me, approved).map(this::row).filter(Row::approved).orElse(null), null);
    }

    /**
     * Approves a new tablet (R13-accounts): the practitioner's supervisor or manager confirms that the
     * practitioner has just set it up, and only then does it receive the caseload.
     */
    @POST
    @Path("/" + DEVICE_ID + "/approve")
    @RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response approve(@PathParam("deviceId") String deviceId) {
        Staff me = scope.me();
        Devices.Approval outcome = devices.approve(me, deviceId).orElseThrow(() -> notFound(deviceId));
        if (outcome == Devices.Approval.APPROVED) {
            return Response.seeOther(URI.create("/workspace/devices?approved=" + deviceId)).build();
        }
        String why = switch (outcome) {
            case ALREADY_APPROVED -> "This tablet was already approved, so nothing was changed.";
            case REVOKED -> "This tablet is revoked; a revoked tablet cannot be approved. The practitioner sets it up again.";
            default -> "Only the practitioner's supervisor or manager can approve a tablet.";
        };
        Devices.Page found = devices.page(me, null);
        TemplateInstance page = Templates.devices(chrome.of(me, "devices"), found.devices().stream().map(this::row).toList(),
                found.total(), 0, found.page().more(), 1, found.devices().size(), Revocation.mayRevoke(me.role),
                null, Devices.mayApprove(me), null, why);
        return Response.status(outcome == Devices.Approval.NOT_YOURS_TO_APPROVE ? 403 : 409)
                .type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    @GET
    @Path("/" + DEVICE_ID + "/revoke")
    @RolesAllowed({Staff.MANAGER, Staff.ADMIN})
    @Transactional
    public TemplateInstance confirm(@PathParam("deviceId") String deviceId) {
        Staff me = scope.me();
        return Templates.revoke(chrome.of(me, "devices"), row(visible(me, deviceId)), FormErrors.NONE, "", false, false);
    }

    @POST
    @Path("/" + DEVICE_ID + "/revoke")
    @RolesAllowed({Staff.MANAGER, Staff.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revoke(@PathParam("deviceId") String deviceId, @FormParam("reason") String reason,
                           @FormParam("confirm") String confirm) {
        Staff me = scope.me();
        boolean confirmed = "yes".equals(confirm);
        Devices.Outcome outcome = devices.revoke(me, deviceId, reason, confirmed).orElseThrow(() -> notFound(deviceId));
        if (outcome.done()) {
            return Response.seeOther(URI.create("/workspace/devices?revoked=" + deviceId)).build();
        }
        Row device = row(visible(me, deviceId));
        TemplateInstance page = Templates.revoke(chrome.of(me, "devices"), device, new FormErrors(outcome.errors()),
                reason == null ? "" : reason, confirmed, outcome.alreadyRevoked());
        // Already revoked is not a mistake in what was typed but a state that changed: a conflict.
        return Response.status(outcome.alreadyRevoked() ? 409 : 400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    private Devices.Listed visible(Staff me, String deviceId) {
        return devices.find(me, deviceId).orElseThrow(() -> notFound(deviceId));
    }

    private static Scope.NotInScope notFound(String deviceId) {
        return new Scope.NotInScope("There is no tablet " + deviceId + " that you look after.");
    }

    private Row row(Devices.Listed l) {
        Device d = l.device();
        return new Row(d.deviceId, d.deviceName == null || d.deviceName.isBlank() ? null : d.deviceName,
                l.practitioner().displayName, l.practitioner().username, words.dateTime(d.enrolledAt),
                l.lastToken() == null ? null : words.dateTime(l.lastToken()), d.isRevoked(),
                d.revokedAt == null ? null : words.dateTime(d.revokedAt),
                d.revokedBy == null ? null : nameOf(d.revokedBy), d.revokedReason,
                d.isApproved(), d.approvedAt == null ? null : words.dateTime(d.approvedAt),
                d.approvedBy == null ? null : nameOf(d.approvedBy));
    }

    private static String nameOf(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
