package org.doorstep.server.contacts;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.token.Tokens;

/** POST /api/v1/cases/{caseId}/contacts: a call, letter, email or meeting (R5.3-contacts). */
@Path("/api/v1/cases/{caseId}/contacts")
public class ContactsResource {

    private final Tokens tokens;
    private final Contacts contacts;

    ContactsResource(Tokens tokens, Contacts contacts) {
        this.tokens = tokens;
        this.contacts = contacts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response record(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @PathParam("caseId") String caseId, ContactRecord contact) {
        Practitioner me = tokens.practitioner(authorization);
        if (contact == null) {
            throw ProblemException.of("malformed-json", "Malformed JSON", 400, "Send the contact as a JSON object.");
        }
        return Response.status(Response.Status.CREATED).entity(contacts.record(caseId, me, contact)).build();
    }
}
