package org.doorstep.server.caserecord;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.token.Tokens;

/** POST /api/v1/cases/{caseId}/chronology: a dated fact with its source (R5.5-chronology). */
@Path("/api/v1/cases/{caseId}/chronology")
public class ChronologyResource {

    private final Tokens tokens;
    private final Chronologies chronologies;

    ChronologyResource(Tokens tokens, Chronologies chronologies) {
        this.tokens = tokens;
        this.chronologies = chronologies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @PathParam("caseId") String caseId, ChronologyLine line) {
        Practitioner me = tokens.practitioner(authorization);
        if (line == null) {
            throw ProblemException.of("malformed-json", "Malformed JSON", 400, "Send the line as a JSON object.");
        }
        return Response.status(Response.Status.CREATED).entity(chronologies.add(caseId, me, line)).build();
    }
}
