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

    CaseloadResource(Tokens tokens, Caseloads caseloads) {
        this.tokens = tokens;
        this.caseloads = caseloads;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Caseload get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return caseloads.of(tokens.practitioner(authorization));
    }
}
