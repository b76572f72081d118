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
import org.doorstep.server.workspace.WorkspaceErrors;
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

    /**
     * Named exactly: Quarkus's own mapper for this type answers a bare 400 without a body, and the more
     * specific mapper wins over {@link #malformedJson(JsonProcessingException, HttpServerRequest)}.
     */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return malformedJson((JsonProcessingException) e, request);
    }

    @ServerExceptionMapper
    public Response unparseableJson(JsonParseException e, HttpServerRequest request) {
        return malformedJson((JsonProcessingException) e, request);
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

    /**
     * The API answers with the problem; a page (anything a browser opens: the workspace, sign-in)
     * answers with an error page in the workspace's look, saying the same in words.
     */
    static Response respond(Problem problem, HttpServerRequest request) {
        if (request != null && isPage(request.path())) {
            return WorkspaceErrors.page(problem.status(), pageTitle(problem), pageMessage(problem));
        }
        Problem withInstance = problem.instance() == null && request != null ? problem.withInstance(request.path()) : problem;
        return Response.status(withInstance.status()).type(PROBLEM_JSON).entity(withInstance).build();
    }

    /** Not the JSON API and not Quarkus's own endpoints (health, OpenAPI): a page a person reads. */
    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/")
                && !"/workspace/updates".equals(path);
    }

    private static String pageTitle(Problem problem) {
        return switch (problem.status()) {
            case 404 -> "Page not found";
            case 405, 400, 406, 415 -> "That did not work";
            case 413 -> "That was too much to send";
            default -> problem.status() >= 500 ? "Sorry, there is a problem with the service" : problem.title();
        };
    }

    private static String pageMessage(Problem problem) {
        if (problem.status() == 404) {
            return "There is nothing at this address. If you typed it, check it; if you followed a link, go back and try again.";
        }
        if (problem.status() >= 500) {
            return "The page could not be shown. Nothing you entered before this page was changed. Try again later; "
                    + "if it keeps happening, tell your system administrator the time it happened.";
        }
        if (problem.status() == 413) {
            return "What you sent is larger than the service accepts; nothing was changed. Shorten it and send it again.";
        }
        return "The request could not be handled as sent; nothing was changed. Go back and try again.";
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
