package org.doorstep.server.notes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * What an operator watches of note ingest at {@code /q/metrics}: notes stored, already held and
 * refused (by problem type), batch sizes, and the server's own time per request, apart from the
 * HTTP layer's. The names are listed in README.
 */
@ApplicationScoped
public class IngestMeters {

    /** How a note came: alone or in a batch. */
    public enum Via {
        SINGLE, BATCH;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final DistributionSummary batchSizes;

    IngestMeters(MeterRegistry registry) {
        this.registry = registry;
        this.batchSizes = DistributionSummary.builder("doorstep.notes.batch.size").baseUnit("notes")
                .description("Notes per batch received").publishPercentiles(0.5, 0.99).register(registry);
    }

    public void stored(Via via) {
        counter("doorstep.notes.stored", "Notes merged into a case record", via).increment();
    }

    public void alreadyHeld(Via via) {
        counter("doorstep.notes.already.held", "Notes sent again and answered with their first receipt", via).increment();
    }

    public void refused(Via via, String type) {
        Counter.builder("doorstep.notes.refused").description("Notes refused, by problem type")
                .tag("via", via.tag()).tag("type", type == null ? "unknown" : type).register(registry).increment();
    }

    public void batch(int size) {
        batchSizes.record(size);
    }

    /** Times the server's work on one request of notes (token check, checks, merge, commit). */
    public <T> T timed(Via via, Supplier<T> work) {
        return Timer.builder("doorstep.notes.ingest").description("Server time per request of notes")
                .tag("via", via.tag()).publishPercentiles(0.5, 0.99).register(registry).record(work);
    }

    private Counter counter(String name, String description, Via via) {
        return Counter.builder(name).description(description).tag("via", via.tag()).register(registry);
    }
}
