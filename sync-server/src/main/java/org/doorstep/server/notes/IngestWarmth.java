package org.doorstep.server.notes;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness stays DOWN while the ingest path warms up, so a proxy in front of several instances (and
 * the README's start command) sends tablets only to a server that ingests at its warm rate (issue 14:
 * the first run after a start was half the warm rate). Never longer than the configured bound: a
 * slow machine gets a server that serves, colder, rather than one that never becomes ready.
 */
@Readiness
@ApplicationScoped
public class IngestWarmth implements HealthCheck {

    private final IngestWarmUp warmUp;
    private final Duration holdsFor;

    IngestWarmth(IngestWarmUp warmUp,
                 @ConfigProperty(name = "doorstep.ingest.warm-up-holds-readiness", defaultValue = "PT60S") Duration holdsFor) {
        this.warmUp = warmUp;
        this.holdsFor = holdsFor;
    }

    @Override
    public HealthCheckResponse call() {
        boolean warm = warmUp.finished();
        boolean waitedEnough = Instant.now().isAfter(warmUp.startedAt().plus(holdsFor));
        return HealthCheckResponse.named("doorstep-ingest-warm-up").status(warm || waitedEnough)
                .withData("state", warm ? "warm" : (waitedEnough ? "serving while still warming: " : "warming: ")
                        + warmUp.progress()).build();
    }
}
