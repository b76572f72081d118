package org.doorstep.server.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a problem+json 413 rather
 * than the HTTP layer's bare one: by its Content-Length before reading it, and as the error
 * handler for 413 when a streamed body runs over.
 */
@ApplicationScoped
public class PayloadLimit {

    private final long maxBytes;
    private final long fileBytes;

    PayloadLimit(@ConfigProperty(name = "doorstep.http.max-body-size") MemorySize max,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize files) {
        this.maxBytes = max.asLongValue();
        this.fileBytes = files.asLongValue();
    }

    /** R1-media: an attachment's bytes, or a workspace form carrying one, may be larger than anything else. */
    private long limitFor(String path) {
        boolean file = path.startsWith("/api/v1/attachments/")
                || (path.startsWith("/workspace/cases/") && path.endsWith("/files"));
        return file ? fileBytes : maxBytes;
    }

    static Problem tooLarge() {
        return Problem.of("payload-too-large", "Payload too large", 413,
                "The request body is larger than the server accepts; send fewer notes per batch.");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLength);
        router.errorHandler(413, ctx -> send(ctx));
    }

    private void checkLength(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        String chunked = ctx.request().getHeader("Transfer-Encoding");
        if (length == null && chunked != null && ctx.request().path().startsWith("/api/")) {
            // A streamed body would be read whole before any limit applies: the API wants its length up front.
            sendProblem(ctx, Problem.of("length-required", "Length required", 411,
                    "Send the request with a Content-Length header; streamed (chunked) bodies are not accepted."));
            return;
        }
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limitFor(ctx.request().path())) {
                    send(ctx);
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge; the HTTP layer refuses a nonsense length
            }
        }
        ctx.next();
    }

    private void send(RoutingContext ctx) {
        sendProblem(ctx, tooLarge());
    }

    private void sendProblem(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        if (!response.headWritten()) {
            response.setStatusCode(problem.status())
                    .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                    .putHeader("Connection", "close");
        }
        response.end(Json.write(problem.withInstance(ctx.request().path())));
    }
}
