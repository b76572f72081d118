package org.doorstep.app.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.doorstep.model.json.Json;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.wire.AccessToken;
import org.doorstep.model.wire.BatchOutcome;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.Challenge;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.model.wire.HouseholdPerson;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.model.wire.NoteOutcome;
import org.doorstep.model.wire.PlanRecommendation;
import org.doorstep.model.wire.Problem;
import org.doorstep.model.wire.TokenChallenge;
import org.doorstep.model.wire.TokenRequest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny real HTTP server speaking the Doorstep API, for tests: enrolment (password
 * {@code doorstep-demo}), challenge/token (checks the device signature), caseload, and a batch
 * endpoint whose answer per note a test can script.
 */
public final class FakeServer implements AutoCloseable {

    public final SigningKey serverKey = SigningKey.generate();
    public final Map<String, VerifyingKey> devices = new ConcurrentHashMap<>();
    public final Map<String, String> challenges = new ConcurrentHashMap<>();
    public final Map<String, String> tokens = new ConcurrentHashMap<>();
    public final AtomicInteger tokenRequests = new AtomicInteger();
    public final AtomicInteger batchRequests = new AtomicInteger();
    public final List<Integer> batchSizes = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** While true, every request is answered 503 with Retry-After, as by a server whose database is down. */
    public volatile boolean outage;
    public final List<SignedNote> received = new ArrayList<>();
    /** Proposals held, as the real server holds them for a supervisor (R5.6-genogram). */
    public final List<org.doorstep.model.wire.FactProposal> proposals = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How the next batches answer each note; default: accept with a true receipt. */
    public volatile Function<SignedNote, NoteOutcome> batchAnswer = this::accept;
    /** Devices revoked as the real server revokes them: no challenge, no token (403 device-revoked). */
    public final java.util.Set<String> revoked = ConcurrentHashMap.newKeySet();
    /** As the server answers a tablet its supervisor has not approved yet (R13-accounts): no caseload. */
    public volatile boolean waitingForApproval;
    /** Set to lose the next challenge before it is used, as the real server's expiry or bound can. */
    public volatile boolean loseChallengeOnce;
    /** Set to make the next authorized request answer 401 invalid-token once. */
    public volatile boolean expireTokensOnce;
    private final HttpServer http;
    private final AtomicInteger sequence = new AtomicInteger();

    public FakeServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v1/", this::handle);
        http.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** R15-lost-device, as the server does it: the device is refused from now on and its tokens are gone. */
    public void revoke(String deviceId) {
        revoked.add(deviceId);
        tokens.values().removeIf(deviceId::equals);
    }

    public NoteOutcome accept(SignedNote n) {
        return NoteOutcome.accepted(receiptFor(n, serverKey));
    }

    public Receipt receiptFor(SignedNote n, SigningKey key) {
        return Receipt.issue(n.noteId(), n.note().get("caseId").asText(), n.contentHash(), sequence.incrementAndGet(),
                "chain-" + sequence.get(), Instant.now(), key);
    }

    /** Maya, her mother and her brother as the server sends the genogram: the child and the current household (R5.6-genogram). */
    public static org.doorstep.model.family.Family mayasFamily() {
        return new org.doorstep.model.family.Family(List.of(
                new org.doorstep.model.family.FamilyPerson("child", "Maya Thompson", org.doorstep.model.family.Sex.FEMALE,
                        LocalDate.of(2016, 3, 14), false, null, true, true),
                new org.doorstep.model.family.FamilyPerson("m11", "Jo Thompson", org.doorstep.model.family.Sex.FEMALE,
                        LocalDate.of(1991, 5, 2), false, null, true, false),
                new org.doorstep.model.family.FamilyPerson("m12", "Liam Thompson", org.doorstep.model.family.Sex.MALE,
                        LocalDate.of(2022, 1, 20), false, null, true, false)),
                List.of(org.doorstep.model.family.Relationship.parentOf("m11", "child"),
                        org.doorstep.model.family.Relationship.parentOf("m11", "m12")));
    }

    /** Maya's and Oliver's cases carry the household as data; Aisha's is as an older server sent it, lines only. */
    public static Caseload caseload(String username) {
        return new Caseload(username, List.of(
                new CaseSummary("case-1001", "Maya Thompson", LocalDate.of(2016, 3, 14), "12 Elm Road, Leeds LS6 2AB",
                        "Child protection plan", List.of("Jo Thompson, mother (parental responsibility)", "Liam Thompson (brother, 4)"),
                        List.of(new PlanRecommendation("rec-1", "Maya attends school every day"),
                                new PlanRecommendation("rec-2", "Jo keeps to the safety plan and calls the duty team if worried.")),
                        Instant.parse("2026-11-10T10:30:00Z"), "9434765919", "Girl",
                        "At home with her mother", "Prefers short questions; uses a feelings chart",
                        List.of(new ChronologyLine(LocalDate.of(2026, 6, 2), "Initial child protection conference: plan made",
                                        "Conference minutes"),
                                new ChronologyLine(LocalDate.of(2026, 9, 15), "Moved to Elm Road with her mother and brother",
                                        "Housing officer, phone call"),
                                new ChronologyLine(LocalDate.of(2026, 11, 10), "Home visit: Maya seen alone in her room",
                                        "Visit note, A. Patel")),
                        List.of(new HouseholdPerson(11L, "Jo Thompson", "mother", true, LocalDate.of(2026, 9, 15)),
                                new HouseholdPerson(12L, "Liam Thompson (brother, 4)", null, false, null)),
                        List.of(new org.doorstep.model.visit.PresentPerson("Amara Okafor", "social worker"),
                                new org.doorstep.model.visit.PresentPerson("Mr Patel", "class teacher")),
                        org.doorstep.model.visit.VisitOutcome.COMPLETED,
                        "Jo has a new partner, Dean, who stays most nights; Maya says she does not like him. Check who "
                                + "is living at the house and see Maya alone.",
                        "Sees her father, Mark Thompson, on Saturdays 10:00 to 16:00 at the family centre, supervised.")
                        .withFamily(mayasFamily()),
                new CaseSummary("case-1002", "Oliver Hughes", LocalDate.of(2019, 7, 2), "Flat 3, 8 Mill Lane, Leeds LS11 5TT",
                        "Child in need", List.of("Sam Hughes, father (parental responsibility)"),
                        List.of(new PlanRecommendation("rec-3", "Oliver sees his mother every other weekend")),
                        Instant.parse("2026-11-23T09:10:00Z"),
                        null, null, null, null, List.of(),
                        List.of(new HouseholdPerson(21L, "Sam Hughes", "father", true, null)), List.of(),
                        org.doorstep.model.visit.VisitOutcome.NO_RESPONSE, null, null),
                new CaseSummary("case-1003", "Aisha Rahman", LocalDate.of(2012, 11, 23), "41 Park View, Bradford BD5 0QE",
                        "Looked after (s.20)", List.of("Mrs Khan (foster carer)"),
                        List.of(new PlanRecommendation("rec-4", "Aisha's placement with Mrs Khan stays stable")),
                        Instant.parse("2026-10-28T15:00:00Z"), null, null, "Foster care (Mrs Khan)", null,
                        List.of())), List.of("visit-1", "visit-2"));
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String body = read(ex.getRequestBody());
            if (outage) {
                // As the real server answers while its database is out.
                ex.getResponseHeaders().add("Retry-After", "7");
                problem(ex, 503, "service-unavailable", "The server cannot reach its database just now.");
                return;
            }
            if (path.startsWith("/api/v1/cases/") && path.endsWith("/proposals")) {
                if (authorized(ex)) {
                    org.doorstep.model.wire.FactProposal p = Json.read(body, org.doorstep.model.wire.FactProposal.class);
                    proposals.add(p);
                    json(ex, 201, new org.doorstep.model.wire.ProposalStatus(p.proposalId(), path.split("/")[4], p.kind(), "pending"));
                }
                return;
            }
            switch (path) {
                case "/api/v1/enrolments" -> {
                    EnrolmentRequest r = Json.read(body, EnrolmentRequest.class);
                    if (!"doorstep-demo".equals(r.password())) {
                        problem(ex, 401, "invalid-credentials", "The username or password is not right.");
                        return;
                    }
                    VerifyingKey k = VerifyingKey.fromBase64(r.publicKey());
                    devices.put(k.keyId(), k);
                    json(ex, 201, new Enrolment(k.keyId(), r.username(), "Amara Okafor", serverKey.verifyingKey().base64()));
                }
                case "/api/v1/tokens/challenges" -> {
                    ChallengeRequest r = Json.read(body, ChallengeRequest.class);
                    if (revoked.contains(r.deviceId())) {
                        problem(ex, 403, "device-revoked", "This tablet was revoked; it can no longer get tokens or "
                                + "send notes. Contact your administrator.");
                        return;
                    }
                    String c = UUID.randomUUID().toString();
                    if (loseChallengeOnce) {
                        loseChallengeOnce = false;
                    } else {
                        challenges.put(c, r.deviceId());
                    }
                    json(ex, 200, new Challenge(r.deviceId(), c, Instant.now().plusSeconds(60)));
                }
                case "/api/v1/tokens" -> {
                    tokenRequests.incrementAndGet();
                    TokenRequest r = Json.read(body, TokenRequest.class);
                    VerifyingKey k = devices.get(r.deviceId());
                    if (k != null && !challenges.containsKey(r.challenge())) {
                        problem(ex, 401, "invalid-challenge", "This challenge is unknown or was already used; ask for a new one.");
                        return;
                    }
                    if (k == null || !r.deviceId().equals(challenges.remove(r.challenge()))
                            || !k.verifiesBase64(TokenChallenge.message(r.deviceId(), r.challenge()), r.signature())) {
                        problem(ex, 401, "invalid-device", "This device is not enrolled or has been revoked.");
                        return;
                    }
                    String t = UUID.randomUUID().toString();
                    tokens.put(t, r.deviceId());
                    json(ex, 200, new AccessToken(t, Instant.now().plus(Duration.ofMinutes(15))));
                }
                case "/api/v1/caseload" -> {
                    if (!authorized(ex)) {
                        break;
                    }
                    if (waitingForApproval) {
                        problem(ex, 403, "device-not-approved", "This tablet is set up but waits for approval before it "
                                + "receives your caseload. Ask Priya Shah (supervisor) or Daniel Reed (manager) to approve it "
                                + "under Tablets in the Doorstep workspace, then refresh or sync the tablet.");
                    } else {
                        json(ex, 200, caseload("amara.okafor"));
                    }
                }
                case "/api/v1/notes/batch" -> {
                    if (authorized(ex)) {
                        batchRequests.incrementAndGet();
                        NoteBatch batch = Json.read(body, NoteBatch.class);
                        batchSizes.add(batch.notes().size());
                        if (batch.notes().size() > NoteBatch.MAX_NOTES) {
                            problem(ex, 422, "batch-too-large", "A batch holds at most 100 notes");
                            return;
                        }
                        List<NoteOutcome> out = new ArrayList<>();
                        for (SignedNote n : batch.notes()) {
                            received.add(n);
                            out.add(batchAnswer.apply(n));
                        }
                        json(ex, 200, new BatchOutcome(out));
                    }
                }
                default -> problem(ex, 404, "not-found", "No such endpoint " + path);
            }
        } catch (RuntimeException e) {
            problem(ex, 400, "bad-request", String.valueOf(e.getMessage()));
        } finally {
            ex.close();
        }
    }

    private boolean authorized(HttpExchange ex) throws IOException {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        String token = h != null && h.startsWith("Bearer ") ? h.substring(7) : null;
        if (expireTokensOnce && token != null) {
            expireTokensOnce = false;
            tokens.remove(token);
        }
        if (token == null || !tokens.containsKey(token)) {
            problem(ex, 401, "invalid-token", "The access token is missing or has expired.");
            return false;
        }
        return true;
    }

    private static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, "application/json", Json.write(value));
    }

    private static void problem(HttpExchange ex, int status, String slug, String detail) throws IOException {
        send(ex, status, "application/problem+json", Json.write(Problem.of(slug, slug, status, detail)));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.stop(0);
    }

    public static Clock clock() {
        return Clock.systemDefaultZone();
    }
}
