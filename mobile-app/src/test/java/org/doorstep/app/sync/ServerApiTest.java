package org.doorstep.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Clock;

import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.Enrolment;
import org.doorstep.model.wire.EnrolmentRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServerApiTest {

    FakeServer server;
    SigningKey key = SigningKey.generate();

    @BeforeEach
    void setUp() throws Exception {
        server = new FakeServer();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    @DisplayName("R13-auth: enrols, gets a token by signing a challenge, reads the caseload")
    void enrolAndRead() {
        Enrolment e = new ServerApi(server.uri(), Clock.systemUTC())
                .enrol(new EnrolmentRequest("amara.okafor", "doorstep-demo", "Tablet", key.verifyingKey().base64()));
        assertEquals(key.verifyingKey().keyId(), e.deviceId());
        ServerApi api = new ServerApi(server.uri(), e.deviceId(), key, Clock.systemUTC());
        assertEquals(3, api.caseload().cases().size());
        api.caseload();
        assertEquals(1, server.tokenRequests.get(), "the token is reused while valid");
    }

    @Test
    @DisplayName("R13-auth: a wrong password shows the server's problem detail")
    void wrongPassword() {
        ApiException e = assertThrows(ApiException.class, () -> new ServerApi(server.uri(), Clock.systemUTC())
                .enrol(new EnrolmentRequest("amara.okafor", "nope", "Tablet", key.verifyingKey().base64())));
        assertEquals(401, e.status());
        assertEquals("The username or password is not right.", e.getMessage());
    }

    @Test
    @DisplayName("401 invalid-token: one new token and one retry")
    void retriesOnceWithNewToken() {
        server.devices.put(key.verifyingKey().keyId(), key.verifyingKey());
        ServerApi api = new ServerApi(server.uri(), key.verifyingKey().keyId(), key, Clock.systemUTC());
        api.caseload();
        server.expireTokensOnce = true;
        assertEquals(3, api.caseload().cases().size());
        assertEquals(2, server.tokenRequests.get());
    }

    @Test
    @DisplayName("R13-auth: a challenge lost before it was used (expired in a restart, bounded) gets one fresh challenge, "
            + "not a refusal shown to the practitioner")
    void lostChallengeIsAskedAgain() {
        server.devices.put(key.verifyingKey().keyId(), key.verifyingKey());
        ServerApi api = new ServerApi(server.uri(), key.verifyingKey().keyId(), key, Clock.systemUTC());
        server.loseChallengeOnce = true;
        assertEquals(3, api.caseload().cases().size());
        assertEquals(2, server.tokenRequests.get(), "the exchange was tried again with a new challenge");
    }

    @Test
    void unreachable() {
        URI dead = server.uri();
        server.close();
        assertThrows(UnreachableException.class, () -> new ServerApi(dead, Clock.systemUTC())
                .enrol(new EnrolmentRequest("a", "b", "c", key.verifyingKey().base64())));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R13-auth: an address without a scheme is https; plain http only for this device "
            + "(localhost, 127.x, ::1), refused for any other host with a message saying so")
    void addressParsing() {
        assertEquals(URI.create("https://localhost:8080"), ServerApi.parseAddress(" localhost:8080 "));
        assertEquals(URI.create("https://doorstep.example"), ServerApi.parseAddress("doorstep.example"));
        assertEquals(URI.create("http://localhost:8080"), ServerApi.parseAddress("http://localhost:8080"));
        assertEquals(URI.create("http://127.0.0.1:8080"), ServerApi.parseAddress("http://127.0.0.1:8080"));
        assertEquals(URI.create("http://[::1]:8080"), ServerApi.parseAddress("http://[::1]:8080"));
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> ServerApi.parseAddress("http://doorstep.example"));
        org.junit.jupiter.api.Assertions.assertTrue(plain.getMessage().contains("https://"), plain.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerApi.parseAddress("http://localhost.evil.example"));
        assertThrows(IllegalArgumentException.class, () -> ServerApi.parseAddress("http://192.168.1.20:8080"));
        assertThrows(IllegalArgumentException.class, () -> ServerApi.parseAddress("ftp://x"));
        assertThrows(IllegalArgumentException.class, () -> ServerApi.parseAddress(""));
    }
}
