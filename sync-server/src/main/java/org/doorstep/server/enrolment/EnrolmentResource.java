package org.doorstep.server.enrolment;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.doorstep.model.wire.EnrolmentRequest;

/** POST /api/v1/enrolments: 201 with the device id and the server's key. */
@Path("/api/v1/enrolments")
public class EnrolmentResource {

    private final Enrolments enrolments;

    EnrolmentResource(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response enrol(EnrolmentRequest request, @Context HttpServerRequest http) {
        // The address guesses are counted against (R13-accounts); behind a proxy, set quarkus.http.proxy.*.
        String address = http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return Response.status(Response.Status.CREATED).entity(enrolments.enrol(request, address)).build();
    }
}
