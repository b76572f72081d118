package org.doorstep.server.caseload;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.doorstep.model.wire.Caseload;
import org.doorstep.server.token.Tokens;

/** GET /api/v1/caseload: the caller's allocated cases. */
@Path("/api/v1/caseload")
public class CaseloadResource {

    private final Tokens tokens;
    private final Caseloads caseloads;
    private final org.doorstep.server.accesslog.AccessLog accessLog;

    CaseloadResource(Tokens tokens, Caseloads caseloads, org.doorstep.server.accesslog.AccessLog accessLog) {
        this.tokens = tokens;
        this.accessLog = accessLog;
        this.caseloads = caseloads;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Caseload get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        org.doorstep.server.people.Practitioner me = tokens.practitioner(authorization);
        Caseload caseload = caseloads.of(me);
        // R7-shared-log: the caseload carries each child's record to the tablet; each case's log says so.
        accessLog.viewedAll(caseload.cases().stream().map(c -> c.caseId()).toList(), me.username(),
                "Caseload downloaded to the tablet (device " + me.deviceId() + ")");
        return caseload;
    }
}
