package org.doorstep.server.proposals;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.token.Tokens;

/** POST /api/v1/cases/{caseId}/proposals: 201 when held for a supervisor, 200 for a resend of the same. */
@Path("/api/v1/cases/{caseId}/proposals")
public class ProposalsResource {

    private final Tokens tokens;
    private final Proposals proposals;

    ProposalsResource(Tokens tokens, Proposals proposals) {
        this.tokens = tokens;
        this.proposals = proposals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response propose(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @PathParam("caseId") String caseId, FactProposal proposal) {
        org.doorstep.server.people.Practitioner me = tokens.practitioner(authorization);
        if (proposal == null) {
            throw org.doorstep.server.problem.ProblemException.of("malformed-json", "Malformed JSON", 400,
                    "Send the proposal as a JSON object.");
        }
        Proposals.Submitted s = proposals.submit(caseId, me, proposal);
        return Response.status(s.duplicate() ? Response.Status.OK : Response.Status.CREATED).entity(s.status()).build();
    }
}
