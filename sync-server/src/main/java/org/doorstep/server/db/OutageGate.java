package org.doorstep.server.db;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.doorstep.model.json.Json;

/**
 * While the database is out ({@link DatabaseOutage}), answers every API call, page and sign-in 503
 * with a {@code Retry-After} before anything looks anything up: a token, a device or an account that
 * cannot be read is not unknown, and must never be told to a tablet as "enrol again". Health, static
 * assets and the like pass. When the database is back, the pool's dead connections are dropped.
 */
@ApplicationScoped
public class OutageGate {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>Service unavailable – Doorstep</title>
            <link rel="stylesheet" href="/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"></head>
            <body class="govuk-template__body"><main class="govuk-main-wrapper govuk-width-container" id="main-content">
            <h1 class="govuk-heading-l">Sorry, the service is unavailable</h1>
            <p class="govuk-body">Doorstep cannot reach its database just now. Nothing you sent was stored or changed.</p>
            <p class="govuk-body">Try again in a minute. Visits waiting on tablets stay safe there and are sent later.</p>
            </main></body></html>
            """;

    void install(@Observes Router router, Instance<AgroalDataSource> pool) {
        // After PayloadLimit's length check (Integer.MIN_VALUE), before sign-in and every resource.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::gate);
        DatabaseOutage.onRecovery(() -> {
            if (pool.isResolvable()) {
                pool.get().flush(AgroalDataSource.FlushMode.ALL);
            }
        });
    }

    private void gate(RoutingContext ctx) {
        if (!DatabaseOutage.now() || !needsDatabase(ctx.request().path())) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        response.setStatusCode(503).putHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        if (ctx.request().path().startsWith("/api/")) {
            response.putHeader("Content-Type", DatabaseOutage.PROBLEM_JSON)
                    .end(Json.write(DatabaseOutage.problem().withInstance(ctx.request().path())));
        } else {
            response.putHeader("Content-Type", "text/html; charset=utf-8").end(PAGE);
        }
    }

    static boolean needsDatabase(String path) {
        return path.startsWith("/api/") || path.equals("/workspace") || path.startsWith("/workspace/")
                || path.startsWith("/signin") || path.startsWith("/j_security_check");
    }
}
