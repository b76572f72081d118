package org.doorstep.server.workspace;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * GOV.UK Frontend's compiled CSS asks for its fonts and images under {@code /assets/}; they are
 * served from the govuk-frontend webjar (its CSS and JS are under {@code /webjars/govuk-frontend/}).
 */
@ApplicationScoped
public class WebAssets {

    public static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets";

    void install(@Observes Router router) {
        router.get("/assets/*").handler(StaticHandler.create(GOVUK).setCachingEnabled(true).setMaxAgeSeconds(86400));
    }
}
