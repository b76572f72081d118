package org.doorstep.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.AccessToken;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.Challenge;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.model.wire.TokenChallenge;
import org.doorstep.model.wire.TokenRequest;

/** The few API calls the load generator makes, over plain java.net.http. */
final class ApiClient {

    private final URI base;
    private final HttpClient http;

    ApiClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    BenchDevice enrol(String username, String password, int n) throws IOException, InterruptedException {
        SigningKey key = SigningKey.generate();
        Enrolment e = post("/api/v1/enrolments", new EnrolmentRequest(username, password, "bench-" + n,
                key.verifyingKey().base64()), null, Enrolment.class);
        Challenge c = post("/api/v1/tokens/challenges", new ChallengeRequest(e.deviceId()), null, Challenge.class);
        AccessToken t = post("/api/v1/tokens", new TokenRequest(e.deviceId(), c.challenge(),
                key.signBase64(TokenChallenge.message(e.deviceId(), c.challenge()))), null, AccessToken.class);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/caseload"))
                .header("Authorization", "Bearer " + t.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        check(r, "/api/v1/caseload");
        Caseload load = Json.read(r.body(), Caseload.class);
        if (load.cases().isEmpty()) {
            throw new IllegalStateException(username + " has no cases allocated; the load needs at least one");
        }
        return new BenchDevice(e.deviceId(), username, key, t.token(),
                load.cases().stream().map(CaseSummary::caseId).toList(),
                load.cases().stream().filter(cs -> cs.planRecommendations() != null && !cs.planRecommendations().isEmpty())
                        .collect(java.util.stream.Collectors.toMap(CaseSummary::caseId,
                                cs -> cs.planRecommendations().get(0).id())));
    }

    /**
     * Sends a prepared body and returns the HTTP status; the caller times it. The answer is read off the
     * wire and dropped, not decoded: the load counts statuses, and decoding cost the generator CPU.
     */
    int postRaw(String path, String token, byte[] body) throws IOException, InterruptedException {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }

    /** GET with the device's token; the body, or an exception unless 2xx. The caller times it. */
    String getRaw(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        check(r, path);
        return r.body();
    }

    private <T> T post(String path, Object body, String token, Class<T> type) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        check(r, path);
        return Json.read(r.body(), type);
    }

    private static void check(HttpResponse<String> r, String path) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
