package org.doorstep.server.supervisor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.doorstep.server.people.Staff;

/** Server-rendered pages where supervisors see visits as they sync (R12-oversight). */
@Path("/supervisor")
@RolesAllowed({Staff.SUPERVISOR, Staff.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class SupervisorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance visits(String supervisor, String team, java.util.List<VisitRow> visits);

        static native TemplateInstance visit(String supervisor, VisitDetail visit);
    }

    private final SecurityIdentity identity;
    private final SyncedVisits visits;

    SupervisorPages(SecurityIdentity identity, SyncedVisits visits) {
        this.identity = identity;
        this.visits = visits;
    }

    @GET
    @Path("/visits")
    @Transactional
    public TemplateInstance visits() {
        Staff me = me();
        return Templates.visits(me.displayName, me.team, visits.newestFirst(me.team));
    }

    @GET
    @Path("/visits/{noteId}")
    @Transactional
    public TemplateInstance visit(@PathParam("noteId") String noteId) {
        Staff me = me();
        return Templates.visit(me.displayName, visits.detail(noteId, me.team));
    }

    private Staff me() {
        return Staff.findById(identity.getPrincipal().getName());
    }
}
