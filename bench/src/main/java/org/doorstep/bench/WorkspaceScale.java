package org.doorstep.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.wire.Caseload;

/**
 * The workspace at a team's scale (not a test). Against a bench-profile server seeded with
 * {@code -Ddoorstep.bench-seed.practitioners=P -Ddoorstep.bench-seed.cases=C}: enrols one device
 * per practitioner and posts {@code --visits} signed visits through {@code POST /api/v1/notes/batch}
 * (real signatures), {@code --history} of them to the first practitioner's cases spread over
 * {@code --years} years (five years of history on a caseload of C cases; visits signed in the past
 * are accepted as Late Entries where late), the rest spread over the other practitioners' cases over
 * the same years. Posting goes {@code --chunk} practitioners at a time, so the generator never holds
 * more than their notes; {@code --first N} starts at practitioner N, to carry on a run that was stopped
 * after a whole chunk (the share of each practitioner is the same). Then times, one client on loopback after a warm-up, the supervisor's
 * dashboard and review queue, and the caseload download as the tablet makes it
 * ({@code GET /api/v1/caseload} with a device token: the tablet fetches nothing else for its cases),
 * beside the server's own mean time for that request from {@code /q/metrics} when it is exposed.
 */
public final class WorkspaceScale {

    private WorkspaceScale() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> m = WorkspaceLoad.options(args);
        URI server = URI.create(m.getOrDefault("server", "http://127.0.0.1:18500"));
        int practitioners = Integer.parseInt(m.getOrDefault("practitioners", "100"));
        int visits = Integer.parseInt(m.getOrDefault("visits", "200000"));
        int history = Integer.parseInt(m.getOrDefault("history", "2400"));
        int years = Integer.parseInt(m.getOrDefault("years", "5"));
        int first = Integer.parseInt(m.getOrDefault("first", "1"));
        int chunk = Integer.parseInt(m.getOrDefault("chunk", "10"));
        int concurrency = Integer.parseInt(m.getOrDefault("concurrency", "8"));
        int runs = Integer.parseInt(m.getOrDefault("runs", "100"));
        int warmup = Integer.parseInt(m.getOrDefault("warmup", "30"));
        boolean create = Boolean.parseBoolean(m.getOrDefault("create", "true"));
        String password = m.getOrDefault("password", "doorstep-bench");
        ApiClient api = new ApiClient(server);

        if (create) {
            int days = 365 * years;
            NoteIds ids = new NoteIds(Clock.systemUTC());
            Instant now = Instant.now();
            int rest = visits - history;
            long t0 = System.nanoTime();
            int posted = 0;
            for (int from = first; from <= practitioners; from += chunk) {
                List<NoteLoad.Request> requests = new ArrayList<>();
                for (int p = from; p < from + chunk && p <= practitioners; p++) {
                    BenchDevice dev = api.enrol(String.format(Locale.ROOT, "bench.p%02d", p), password, p);
                    int share = p == 1 ? history
                            : rest / (practitioners - 1) + (p - 2 < rest % (practitioners - 1) ? 1 : 0);
                    requests.addAll(WorkspaceLoad.batches(dev, dev.caseIds(), share, ids, now, p * 7, days));
                }
                int n = requests.stream().mapToInt(NoteLoad.Request::notes).sum();
                System.out.printf(Locale.ROOT, "practitioners %d..%d: posting %,d visits over %d years%n", from,
                        Math.min(practitioners, from + chunk - 1), n, years);
                NoteLoad.run(api, requests, concurrency, 0, true);
                posted += n;
                System.out.printf(Locale.ROOT, "posted %,d of %,d visits, %.0f s so far%n", posted, visits,
                        (System.nanoTime() - t0) / 1e9);
            }
        }

        HttpClient http = WorkspaceLoad.signIn(server, m.getOrDefault("user", "bench.supervisor"), password);
        WorkspaceLoad.timePages(http, server, new String[][] {
                {"dashboard", "/workspace"},
                {"review queue", "/workspace/queue"},
        }, runs, warmup);

        // The tablet's caseload download, with a device freshly enrolled for the practitioner with history.
        String who = m.getOrDefault("caseload-user", "bench.p01");
        BenchDevice tablet = api.enrol(who, password, 999);
        String body = api.getRaw("/api/v1/caseload", tablet.token());
        int cases = Json.read(body, Caseload.class).cases().size();
        for (int i = 0; i < warmup; i++) {
            api.getRaw("/api/v1/caseload", tablet.token());
        }
        double[] before = serverTime(api);
        Latencies lat = new Latencies(runs);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            api.getRaw("/api/v1/caseload", tablet.token());
            lat.add(System.nanoTime() - t0);
        }
        double[] after = serverTime(api);
        System.out.printf(Locale.ROOT, "%-40s %8.1f %8.1f %8.1f %9d   (%s, %d cases; client time on loopback)%n",
                "caseload download", lat.percentileMillis(50), lat.percentileMillis(99), lat.percentileMillis(100),
                body.length(), who, cases);
        if (before != null && after != null && after[0] > before[0]) {
            System.out.printf(Locale.ROOT, "caseload server time (/q/metrics, http_server_requests): mean %.1f ms over %.0f requests%n",
                    (after[1] - before[1]) * 1000 / (after[0] - before[0]), after[0] - before[0]);
        } else {
            System.out.println("caseload server time: not exposed in /q/metrics");
        }
    }

    private static final Pattern METRIC = Pattern.compile(
            "^http_server_requests_seconds_(count|sum)\\{([^}]*)\\}\\s+(\\S+)", Pattern.MULTILINE);

    /** {count, sum of seconds} of GET /api/v1/caseload answered 200, or null when /q/metrics does not have it. */
    private static double[] serverTime(ApiClient api) {
        String text;
        try {
            text = api.getRaw("/q/metrics", "none");
        } catch (Exception e) {
            return null;
        }
        double[] out = new double[2];
        boolean found = false;
        Matcher x = METRIC.matcher(text);
        while (x.find()) {
            String labels = x.group(2);
            if (labels.contains("uri=\"/api/v1/caseload\"") && labels.contains("method=\"GET\"")
                    && labels.contains("status=\"200\"")) {
                out[x.group(1).equals("count") ? 0 : 1] += Double.parseDouble(x.group(3));
                found = true;
            }
        }
        return found ? out : null;
    }
}
