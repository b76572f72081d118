package org.doorstep.server.caserecord;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.doorstep.model.wire.CaseRecord;
import org.doorstep.server.token.Tokens;

/** GET /api/v1/cases/{caseId}/record. */
@Path("/api/v1/cases/{caseId}/record")
public class CaseRecordResource {

    private final Tokens tokens;
    private final CaseRecords records;

    CaseRecordResource(Tokens tokens, CaseRecords records) {
        this.tokens = tokens;
        this.records = records;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseRecord get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("caseId") String caseId) {
        return records.of(caseId, tokens.practitioner(authorization));
    }
}
