package org.doorstep.server.attachments;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.token.Tokens;

/**
 * PUT /api/v1/attachments/{sha256}: the bytes of a file a note of this tablet signed (R1-media).
 * 201 when stored, 200 when already here; 422 when they do not hash to the address or no signed
 * note of this device names it, and nothing is stored then.
 */
@Path("/api/v1/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    private final Tokens tokens;
    private final Attachments attachments;

    AttachmentsResource(Tokens tokens, Attachments attachments) {
        this.tokens = tokens;
        this.attachments = attachments;
    }

    @PUT
    @Path("/{sha256}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("sha256") String sha256,
                        byte[] body) {
        Practitioner practitioner = tokens.practitioner(authorization);
        Attachments.Received r = attachments.receive(practitioner, sha256, body);
        return Response.status(r == Attachments.Received.STORED ? 201 : 200).build();
    }
}
