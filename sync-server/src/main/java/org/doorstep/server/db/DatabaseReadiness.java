package org.doorstep.server.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while the database is out (e.g. the embedded one being started again). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        boolean out = DatabaseOutage.now();
        return HealthCheckResponse.named("doorstep-database").status(!out)
                .withData("state", out ? "unavailable: " + DatabaseOutage.reason() : "reachable").build();
    }
}
