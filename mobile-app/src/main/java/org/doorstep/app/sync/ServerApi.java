package org.doorstep.app.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.doorstep.model.json.Json;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.AccessToken;
import org.doorstep.model.wire.BatchOutcome;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.Challenge;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.model.wire.Problem;
import org.doorstep.model.wire.TokenChallenge;
import org.doorstep.model.wire.TokenRequest;

/**
 * The Doorstep server's API over HTTP (plain Java, no JavaFX). Enrolment needs no device; everything
 * else is done as an enrolled device, which gets short-lived bearer tokens by signing a server
 * challenge with its key. A 401 {@code invalid-token} gets one fresh token and one retry.
 *
 * <p>Failures: {@link ApiException} (the server's problem details), {@link UnreachableException}
 * (no answer).
 */
public final class ServerApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private final URI baseUri;
    private final String deviceId;
    private final SigningKey deviceKey;
    private final Clock clock;
    // Made on the first request: building an HttpClient loads the JDK's TLS stack (~0.45 s at launch),
    // and an unlock that shows the cached caseload offline sends nothing.
    private volatile HttpClient http;
    // Its own lock: a token being fetched (which holds this) must not hold up another thread's first request.
    private final Object httpLock = new Object();
    private AccessToken token;

    /** For enrolment only (no device yet). */
    public ServerApi(URI baseUri, Clock clock) {
        this(baseUri, null, null, clock);
    }

    /** As the enrolled device {@code deviceId} holding {@code deviceKey}. */
    public ServerApi(URI baseUri, String deviceId, SigningKey deviceKey, Clock clock) {
        this.baseUri = withSlash(Objects.requireNonNull(baseUri, "baseUri"));
        this.deviceId = deviceId;
        this.deviceKey = deviceKey;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads a server address as typed by a person. Without a scheme it is https: the password, the
     * caseload and the notes must not cross a network in the clear. Plain http is accepted only for
     * a server on this device (localhost or a loopback address), where nothing crosses a network.
     */
    public static URI parseAddress(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Enter the server address.");
        }
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        URI u;
        try {
            u = URI.create(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("That is not a server address, e.g. https://doorstep.example.", e);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("That is not a server address, e.g. https://doorstep.example.");
        }
        if (scheme.equals("http") && !loopback(u.getHost())) {
            throw new IllegalArgumentException("Use https:// for a server on the network. Plain http:// is allowed only "
                    + "for a server on this device (localhost).");
        }
        return u;
    }

    /** localhost, 127.0.0.0/8 or ::1, by name only: no lookup, so a network's DNS cannot make a name loopback. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}")
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    public URI baseUri() {
        return baseUri;
    }

    /** POST /api/v1/enrolments. */
    public Enrolment enrol(EnrolmentRequest request) {
        return send(post("api/v1/enrolments", request, null), Enrolment.class);
    }

    /**
     * POST /api/v1/tokens/challenges then POST /api/v1/tokens, signing the challenge with the device key.
     * A challenge can go before it is used without anyone being refused (it expired while the server
     * restarted, or the server keeps only a device's newest few): one fresh challenge is tried before
     * the tablet is told it is not allowed.
     */
    public synchronized AccessToken newToken() {
        requireDevice();
        try {
            token = exchange();
        } catch (ApiException e) {
            if (e.status() != 401 || !"invalid-challenge".equals(e.slug())) {
                throw e;
            }
            token = exchange();
        }
        return token;
    }

    private AccessToken exchange() {
        Challenge c = send(post("api/v1/tokens/challenges", new ChallengeRequest(deviceId), null), Challenge.class);
        String signature = deviceKey.signBase64(TokenChallenge.message(deviceId, c.challenge()));
        return send(post("api/v1/tokens", new TokenRequest(deviceId, c.challenge(), signature), null), AccessToken.class);
    }

    /** GET /api/v1/caseload. */
    public Caseload caseload() {
        return authorized(t -> HttpRequest.newBuilder(baseUri.resolve("api/v1/caseload")).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Authorization", "Bearer " + t).GET().build(),
                Caseload.class);
    }

    /** POST /api/v1/cases/{caseId}/contacts: a call, letter, email or meeting (R5.3-contacts); the contact as stored. */
    public org.doorstep.model.wire.ContactRecord recordContact(String caseId, org.doorstep.model.wire.ContactRecord contact) {
        String path = "api/v1/cases/" + java.net.URLEncoder.encode(caseId, java.nio.charset.StandardCharsets.UTF_8) + "/contacts";
        return authorized(t -> post(path, contact, t), org.doorstep.model.wire.ContactRecord.class);
    }

    /** POST /api/v1/cases/{caseId}/proposals: a change for a supervisor to decide (R5.6-genogram); where it stands. */
    public org.doorstep.model.wire.ProposalStatus propose(String caseId, org.doorstep.model.wire.FactProposal proposal) {
        String path = "api/v1/cases/" + java.net.URLEncoder.encode(caseId, java.nio.charset.StandardCharsets.UTF_8) + "/proposals";
        return authorized(t -> post(path, proposal, t), org.doorstep.model.wire.ProposalStatus.class);
    }

    /** POST /api/v1/notes/batch: one outcome per note, in order. */
    public BatchOutcome postBatch(List<SignedNote> notes) {
        NoteBatch batch = new NoteBatch(List.copyOf(notes));
        return authorized(t -> post("api/v1/notes/batch", batch, t), BatchOutcome.class);
    }

    /** POST /api/v1/notes: one note; the receipt (201 new, 200 already held). */
    public Receipt postNote(SignedNote note) {
        return authorized(t -> post("api/v1/notes", note, t), Receipt.class);
    }

    /** PUT /api/v1/attachments/{sha256}: the bytes of a file a signed note of this tablet names (R1-media). */
    public void putAttachment(String sha256, byte[] bytes) {
        authorized(t -> HttpRequest.newBuilder(baseUri.resolve("api/v1/attachments/" + sha256)).timeout(TIMEOUT)
                .header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + t)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), Void.class);
    }

    private <T> T authorized(java.util.function.Function<String, HttpRequest> request, Class<T> type) {
        String t = currentToken();
        try {
            return send(request.apply(t), type);
        } catch (ApiException e) {
            if (e.status() == 401) {
                synchronized (this) {
                    token = null;
                }
                return send(request.apply(newToken().token()), type);
            }
            throw e;
        }
    }

    private synchronized String currentToken() {
        if (token == null || token.expiresAt() == null
                || !clock.instant().plus(TOKEN_MARGIN).isBefore(token.expiresAt())) {
            newToken();
        }
        return token.token();
    }

    private HttpRequest post(String path, Object body, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b.build();
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (httpLock) {
                client = http;
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                    http = client;
                }
            }
        }
        return client;
    }

    private <T> T send(HttpRequest request, Class<T> type) {
        HttpResponse<String> response;
        try {
            response = http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UnreachableException("Cannot reach the server at " + baseUri + " (" + describe(e) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("Interrupted while talking to the server.", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            if (type == Void.class) {
                return null;
            }
            try {
                return Json.read(response.body(), type);
            } catch (Json.MalformedJsonException e) {
                throw new ApiException(status, Problem.of("malformed-response", "Unreadable answer", status,
                        "The server's answer could not be read: " + e.getMessage()));
            }
        }
        throw new ApiException(status, problemOf(response), retryAfter(response));
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return null; // an HTTP date: the tablet's own backoff will do
            }
        }).orElse(null);
    }

    private static Problem problemOf(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (body != null && !body.isBlank()) {
            try {
                Problem p = Json.read(body, Problem.class);
                if (p.detail() != null || p.title() != null || p.type() != null) {
                    return p;
                }
            } catch (RuntimeException ignored) {
                // not problem+json: fall through to a generic problem
            }
        }
        return Problem.of("http-" + status, "HTTP " + status, status,
                "The server answered " + status + (status >= 500 ? "; try again later." : "."));
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "no answer" : m;
    }

    private void requireDevice() {
        if (deviceId == null || deviceKey == null) {
            throw new IllegalStateException("This ServerApi has no device identity; enrol first.");
        }
    }

    private static URI withSlash(URI u) {
        String s = u.toString();
        return s.endsWith("/") ? u : URI.create(s + "/");
    }
}
