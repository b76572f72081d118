package org.doorstep.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.visit.VisitAction;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.wire.NoteBatch;

/**
 * Load generator (not a test): enrols M devices against a running server, signs N notes ahead of
 * time, then posts them at a chosen concurrency, one per request or in batches, and prints notes/s
 * and request latency percentiles. Signing happens before the clock starts, so the figures are the
 * server's, not the generator's.
 */
public final class NoteLoad {

    private NoteLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o;
        try {
            o = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        load(o);
    }

    /** What one timed run gave: notes/s, request latency, and the generator's own CPU per note. */
    public record Result(int notes, double notesPerSecond, double p50Millis, double p99Millis, int failed,
                         double generatorCpuMicrosPerNote) {
    }

    /** Enrols, warms up, then runs the timed load of {@code o}. */
    public static Result load(LoadOptions o) throws Exception {
        ApiClient api = new ApiClient(o.server());
        List<Request> timed = warmedUp(api, o);
        return run(api, timed, o.concurrency(), o.reportEvery(), true);
    }

    /** Everything before the clock starts: enrols the devices, runs the warm-up, signs the timed requests. */
    static List<Request> warmedUp(ApiClient api, LoadOptions o) throws Exception {
        List<BenchDevice> devices = new ArrayList<>();
        for (int i = 0; i < o.devices(); i++) {
            devices.add(api.enrol(o.users().get(i % o.users().size()), o.password(), i).limitCases(o.cases()));
        }
        System.out.printf(Locale.ROOT, "enrolled %d devices for %s against %s, %d distinct cases%n", devices.size(),
                o.users(), o.server(), devices.stream().flatMap(d -> d.caseIds().stream()).distinct().count());

        List<Request> warm = prepare(devices, o.warmup(), o.batchSize());
        run(api, warm, o.concurrency(), 0, false);
        List<Request> timed = prepare(devices, o.notes(), o.batchSize());
        System.out.printf(Locale.ROOT, "signed %d notes in %d requests (batch %d), concurrency %d%n",
                o.notes(), timed.size(), o.batchSize(), o.concurrency());
        return timed;
    }

    /**
     * One prepared request. The body is held as the bytes sent, encoded before the timed window, so the
     * generator does not encode them while it shares the cores with the server it measures.
     */
    record Request(BenchDevice device, String path, byte[] body, int notes) {

        static Request of(BenchDevice device, String path, Object body, int notes) {
            return new Request(device, path, Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8), notes);
        }
    }

    private static List<Request> prepare(List<BenchDevice> devices, int notes, int batch) {
        NoteIds ids = new NoteIds(Clock.systemUTC());
        Instant now = Instant.now();
        List<Request> requests = new ArrayList<>();
        int made = 0;
        int d = 0;
        while (made < notes) {
            BenchDevice dev = devices.get(d++ % devices.size());
            int n = Math.min(batch, notes - made);
            List<SignedNote> signed = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String caseId = dev.caseIds().get((made + i) % dev.caseIds().size());
                signed.add(SignedNote.sign(note(ids.next().toString(), caseId, dev.recommendations().get(caseId), dev.username(), now), dev.deviceId(), dev.key()));
            }
            made += n;
            if (batch == 1) {
                requests.add(Request.of(dev, "/api/v1/notes", signed.get(0), 1));
            } else {
                requests.add(Request.of(dev, "/api/v1/notes/batch", new NoteBatch(signed), n));
            }
        }
        return requests;
    }

    static VisitNote note(String id, String caseId, String recommendationId, String author, Instant now) {
        return note(id, caseId, recommendationId, author, now.minus(Duration.ofHours(2)), now);
    }

    /** A completed visit of an hour starting at {@code start}, signed at {@code signedAt}. */
    static VisitNote note(String id, String caseId, String recommendationId, String author, Instant start,
                          Instant signedAt) {
        return new VisitNote(id, caseId, "visit-2", VisitOutcome.COMPLETED, start,
                start.plus(Duration.ofHours(1)), "Family home",
                List.of(new PresentPerson("Parent", "mother"), new PresentPerson("Child", "child")),
                "Statutory visit", true, true, null, false, null, null,
                "Gave the mother the date of the next review.",
                "The child said school is going well and she likes her teacher.",
                "Talked alone in her room; no help needed.",
                "Mother said things are calmer since the new routine started.",
                "Visited at home; the child showed me her room. Discussed the plan and next review date. "
                        + "Home warm, clean, food in the cupboards.",
                List.of(), false, null, "The child talked to me easily.",
                List.of(new PlanAnalysis(recommendationId, "Things are calmer at home; this part of the plan is working.")),
                List.of(new VisitAction("Check attendance with the school", author, LocalDate.of(2026, 12, 8))), null,
                new PrivacyNotice(true, "English, printed leaflet"), List.of(), null, author, signedAt);
    }

    static Result run(ApiClient api, List<Request> requests, int concurrency, int reportEvery, boolean print)
            throws InterruptedException {
        // The generator shares the two cores with the server: what it spends is shown, not hidden.
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        int totalNotes = requests.stream().mapToInt(Request::notes).sum();
        Latencies lat = new Latencies(requests.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong doneNotes = new AtomicLong();
        AtomicLong blockStart = new AtomicLong(System.nanoTime());
        AtomicLong blockNotes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests.size()) {
                    Request r = requests.get(i);
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = api.postRaw(r.path(), r.device().token(), r.body());
                    } catch (Exception e) {
                        status = -1;
                    }
                    long t1 = System.nanoTime();
                    lat.add(t1 - t0);
                    if (status < 200 || status >= 300) {
                        if (failures.incrementAndGet() <= 3 && print) {
                            System.out.println("  request to " + r.path() + " answered " + status);
                        }
                    }
                    long done = doneNotes.addAndGet(r.notes());
                    if (print && reportEvery > 0 && blockNotes.addAndGet(r.notes()) >= reportEvery) {
                        synchronized (blockNotes) {
                            long inBlock = blockNotes.getAndSet(0);
                            if (inBlock > 0) {
                                long now = System.nanoTime();
                                double secs = (now - blockStart.getAndSet(now)) / 1e9;
                                System.out.printf(Locale.ROOT, "  after %,d notes: %,.0f notes/s in the last block%n",
                                        done, inBlock / secs);
                            }
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new IllegalStateException("load run did not finish in 30 minutes");
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuPerNote = (os.getProcessCpuTime() - cpu0) / 1e3 / totalNotes;
        if (print) {
            System.out.printf(Locale.ROOT, "notes %,d  requests %,d  failed %d  time %.2f s  generator CPU %.0f µs/note%n",
                    totalNotes, requests.size(), failures.get(), secs, cpuPerNote);
            System.out.printf(Locale.ROOT, "throughput %,.0f notes/s  latency p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    totalNotes / secs, lat.percentileMillis(50), lat.percentileMillis(99), lat.percentileMillis(100));
        }
        return new Result(totalNotes, totalNotes / secs, lat.percentileMillis(50), lat.percentileMillis(99), failures.get(), cpuPerNote);
    }
}
