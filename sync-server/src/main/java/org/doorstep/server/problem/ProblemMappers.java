package org.doorstep.server.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.Problem;
import org.doorstep.server.db.DatabaseOutage;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure becomes application/problem+json with a stable type; never a class name or stack trace. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.problem(), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        if (!(e instanceof JsonParseException || e instanceof MismatchedInputException)) {
            LOG.error("JSON mapping failed", e);
            return respond(internal(), request);
        }
        return respond(Problem.of("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON of the expected shape: " + readable(e.getOriginalMessage())), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(Json.MalformedJsonException e, HttpServerRequest request) {
        return respond(Problem.of("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON of the expected shape: " + readable(e.getMessage())), request);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, HttpServerRequest request) {
        return respond(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                "Send the body as application/json."), request);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return respond(Problem.of("not-found", "Not found", 404, "There is nothing at this address."), request);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        return respond(Problem.of("method-not-allowed", "Method not allowed", 405,
                "This address does not accept " + request.method() + "."), request);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpServerRequest request) {
        return respond(Problem.of("not-acceptable", "Not acceptable", 406,
                "This address answers in JSON only."), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 413) {
            return respond(PayloadLimit.tooLarge(), request);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonParseException || t instanceof MismatchedInputException) {
                JsonProcessingException j = (JsonProcessingException) t;
                return malformedJson(j, request);
            }
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(internal(), request);
        }
        LOG.debugf(e, "Refused %s %s with %d", request.method(), request.path(), status);
        return respond(Problem.of("bad-request", "Bad request", status, "The request could not be handled as sent."), request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1)
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            // Not the request's fault and not an internal error: the database is out; say when to come back.
            LOG.warnf("No database for %s %s: %s", request.method(), request.path(), e.getMessage());
            DatabaseOutage.requestFailed();
            return DatabaseOutage.response(request.path());
        }
        LOG.error("Request failed", e);
        return respond(internal(), request);
    }

    static Problem internal() {
        return Problem.of("internal-error", "Internal error", 500,
                "The server could not complete this request. Nothing was lost on the device; try again later.");
    }

    static Response respond(Problem problem, HttpServerRequest request) {
        Problem withInstance = problem.instance() == null && request != null ? problem.withInstance(request.path()) : problem;
        return Response.status(withInstance.status()).type(PROBLEM_JSON).entity(withInstance).build();
    }

    private static String readable(String message) {
        if (message == null) {
            return "it could not be read.";
        }
        String firstLine = message.lines().findFirst().orElse("");
        // Jackson names Java types in some messages; keep the words a client developer can use.
        return firstLine.replaceAll("`[a-zA-Z0-9_.$]+\\.([A-Za-z0-9_$]+)`", "$1");
    }
}
