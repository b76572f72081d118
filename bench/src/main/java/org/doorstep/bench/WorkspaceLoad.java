package org.doorstep.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.wire.NoteBatch;

/**
 * Workspace page benchmark (not a test). Against a server started with the bench profile (a team of
 * 20 practitioners with 25 cases each, supervisor bench.supervisor): enrols one device per
 * practitioner through the API and posts signed visits in batches (the real ingest path, real
 * chains): {@code --big} visits to one child's case (B01-001) and the rest of {@code --visits}
 * spread over the team's other cases. Then signs in to the workspace with the real form login and
 * times the dashboard, the review queue, the big case's record page, a deep page of its chronology
 * and an older page of its visits, sequentially, {@code --runs} times each after {@code --warmup}.
 * Times are client-side on loopback (request sent to last byte read).
 */
public final class WorkspaceLoad {

    private WorkspaceLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> m = options(args);
        URI server = URI.create(m.getOrDefault("server", "http://127.0.0.1:18383"));
        int practitioners = Integer.parseInt(m.getOrDefault("practitioners", "20"));
        int visits = Integer.parseInt(m.getOrDefault("visits", "20000"));
        int big = Integer.parseInt(m.getOrDefault("big", "10000"));
        int runs = Integer.parseInt(m.getOrDefault("runs", "100"));
        int warmup = Integer.parseInt(m.getOrDefault("warmup", "30"));
        boolean create = Boolean.parseBoolean(m.getOrDefault("create", "true"));
        String bigCase = m.getOrDefault("case", "B01-001");

        if (create) {
            createVisits(server, practitioners, visits, big, bigCase);
        }
        HttpClient http = signIn(server, m.getOrDefault("user", "bench.supervisor"),
                m.getOrDefault("password", "doorstep-bench"));

        String[][] pages = {
                {"dashboard", "/workspace"},
                {"review queue", "/workspace/queue"},
                {"case record (" + bigCase + ")", "/workspace/cases/" + bigCase},
                {"case record, chronology page 100", "/workspace/cases/" + bigCase + "?page=100"},
                {"case record, visits before #5000", "/workspace/cases/" + bigCase + "?before=5000"},
                {"case record, chronology text filter", "/workspace/cases/" + bigCase + "?q=calmer&page=3"},
        };
        timePages(http, server, pages, runs, warmup);
    }

    /** {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return m;
    }

    /** Signs in to the workspace with the real form login; the client keeps the session cookie. */
    static HttpClient signIn(URI server, String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(server.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String landing = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || landing.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + landing);
        }
        System.out.println("signed in to the workspace as " + user);
        return http;
    }

    /** Times each page (label, path) sequentially, one client, {@code runs} times after {@code warmup}. */
    static void timePages(HttpClient http, URI server, String[][] pages, int runs, int warmup) throws Exception {
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s %9s%n", "page", "p50 ms", "p99 ms", "max ms", "bytes");
        for (String[] page : pages) {
            Latencies lat = new Latencies(runs);
            int bytes = 0;
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.resolve(page[1])).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(page[1] + " answered " + r.statusCode());
                }
                bytes = r.body().length();
                if (i >= warmup) {
                    lat.add(t1 - t0);
                }
            }
            System.out.printf(Locale.ROOT, "%-40s %8.1f %8.1f %8.1f %9d%n", page[0], lat.percentileMillis(50),
                    lat.percentileMillis(99), lat.percentileMillis(100), bytes);
        }
    }

    private static void createVisits(URI server, int practitioners, int visits, int big, String bigCase)
            throws Exception {
        ApiClient api = new ApiClient(server);
        List<BenchDevice> devices = new ArrayList<>();
        for (int p = 1; p <= practitioners; p++) {
            devices.add(api.enrol(String.format(Locale.ROOT, "bench.p%02d", p), "doorstep-bench", p));
        }
        NoteIds ids = new NoteIds(Clock.systemUTC());
        Instant now = Instant.now();
        List<NoteLoad.Request> requests = new ArrayList<>();
        BenchDevice first = devices.get(0);
        requests.addAll(batches(first, List.of(bigCase), big, ids, now, 0));
        int rest = visits - big;
        for (int d = 0; d < devices.size(); d++) {
            BenchDevice dev = devices.get(d);
            List<String> cases = dev.caseIds().stream().filter(c -> !c.equals(bigCase)).toList();
            int share = rest / devices.size() + (d < rest % devices.size() ? 1 : 0);
            requests.addAll(batches(dev, cases, share, ids, now, d * 7));
        }
        System.out.printf(Locale.ROOT, "posting %,d signed visits (%,d to %s) for %d practitioners in %d batches%n",
                visits, big, bigCase, practitioners, requests.size());
        NoteLoad.run(api, requests, 8, 0, true);
    }

    /** Visits spread back over 400 days, one in 20 signed a week late (a Late Entry). */
    private static List<NoteLoad.Request> batches(BenchDevice dev, List<String> cases, int n, NoteIds ids, Instant now,
                                                  int offset) {
        return batches(dev, cases, n, ids, now, offset, 400);
    }

    /** Visits spread back over {@code days} days, one in 20 signed a week late (a Late Entry). */
    static List<NoteLoad.Request> batches(BenchDevice dev, List<String> cases, int n, NoteIds ids, Instant now,
                                          int offset, int days) {
        List<NoteLoad.Request> out = new ArrayList<>();
        List<SignedNote> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String caseId = cases.get(i % cases.size());
            int k = i + offset;
            long daysAgo = 1 + (k % days);
            Instant start = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(180 + k % 240));
            Instant signed = start.plus(Duration.ofHours(2));
            if (k % 20 == 0 && daysAgo > 8) {
                signed = start.plus(Duration.ofDays(7));
            }
            batch.add(SignedNote.sign(NoteLoad.note(ids.next().toString(), caseId, dev.recommendations().get(caseId),
                    dev.username(), start, signed), dev.deviceId(), dev.key()));
            if (batch.size() == 100 || i == n - 1) {
                out.add(NoteLoad.Request.of(dev, "/api/v1/notes/batch", new NoteBatch(batch), batch.size()));
                batch = new ArrayList<>();
            }
        }
        return out;
    }
}
