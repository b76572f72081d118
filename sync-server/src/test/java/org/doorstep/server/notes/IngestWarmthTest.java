package org.doorstep.server.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a proxy (or the README's start command) waits for /q/health/ready, which holds until the
 * ingest path is warm, so the first tablets after a start are not served at half the warm rate, and
 * never longer than the bound.
 */
class IngestWarmthTest {

    @Test
    @DisplayName("Issue 14: not ready while the warm-up runs, ready once it has finished")
    void notReadyWhileWarming() {
        IngestWarmUp warmUp = new IngestWarmUp(Clock.systemUTC(), null, true, 0);
        IngestWarmth warmth = new IngestWarmth(warmUp, Duration.ofMinutes(5));
        HealthCheckResponse warming = warmth.call();
        assertEquals(HealthCheckResponse.Status.DOWN, warming.getStatus());
        assertEquals("warming: 0 of 0 rounds", warming.getData().orElseThrow().get("state"));

        warmUp.warm();

        assertEquals(HealthCheckResponse.Status.UP, warmth.call().getStatus());
    }

    @Test
    @DisplayName("Readiness does not wait past its bound for a warm-up that is slow, nor at all when it is off")
    void boundedAndSwitchable() {
        IngestWarmUp slow = new IngestWarmUp(Clock.systemUTC(), null, true, 4000);
        HealthCheckResponse late = new IngestWarmth(slow, Duration.ofMillis(-1)).call();
        assertEquals(HealthCheckResponse.Status.UP, late.getStatus());
        assertEquals("serving while still warming: 0 of 4000 rounds", late.getData().orElseThrow().get("state"));

        IngestWarmUp off = new IngestWarmUp(Clock.systemUTC(), null, false, 4000);
        off.onStart(null);
        assertEquals(HealthCheckResponse.Status.UP, new IngestWarmth(off, Duration.ofMinutes(5)).call().getStatus());
    }
}
