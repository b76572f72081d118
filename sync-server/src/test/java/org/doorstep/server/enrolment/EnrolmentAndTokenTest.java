package org.doorstep.server.enrolment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.Challenge;
import org.doorstep.model.wire.ChallengeRequest;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.model.wire.TokenChallenge;
import org.doorstep.model.wire.TokenRequest;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class EnrolmentAndTokenTest {

    @Inject
    TestWorld world;

    private static String problemJson = "application/problem+json";

    @Test
    @DisplayName("R13-auth: a practitioner enrols a device with username and password and gets the device id and server key")
    void enrols() {
        String amara = world.staff(Staff.PRACTITIONER);
        SigningKey key = SigningKey.generate();
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(amara, TestWorld.PASSWORD, "Tablet 7", key.verifyingKey().base64())))
                .post("/api/v1/enrolments")
                .then().statusCode(201)
                .body("deviceId", equalTo(key.verifyingKey().keyId()))
                .body("username", equalTo(amara))
                .body("displayName", notNullValue())
                .body("serverPublicKey", equalTo(given().get("/api/v1/server-key").then().statusCode(200)
                        .extract().path("publicKey")));
    }

    @Test
    @DisplayName("R13-auth: a wrong password is refused with invalid-credentials")
    void wrongPassword() {
        String amara = world.staff(Staff.PRACTITIONER);
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(amara, "wrong", "Tablet", SigningKey.generate().verifyingKey().base64())))
                .post("/api/v1/enrolments")
                .then().statusCode(401).contentType(problemJson)
                .body("type", equalTo("https://doorstep.example/problems/invalid-credentials"))
                .body("detail", containsString("username or password"));
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest("nobody-at-all", "x", "Tablet", SigningKey.generate().verifyingKey().base64())))
                .post("/api/v1/enrolments")
                .then().statusCode(401).body("type", containsString("invalid-credentials"));
    }

    @Test
    @DisplayName("a public key that is not 32 raw bytes is refused with invalid-public-key")
    void badKey() {
        String amara = world.staff(Staff.PRACTITIONER);
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(amara, TestWorld.PASSWORD, "Tablet", "AAAA")))
                .post("/api/v1/enrolments")
                .then().statusCode(400).contentType(problemJson).body("type", containsString("invalid-public-key"));
    }

    @Test
    @DisplayName("R15-lost-device: a device name (what the manager finds a lost tablet by) longer than 200 characters is refused with invalid-device-name, and no device is stored")
    void overlongDeviceName() {
        String amara = world.staff(Staff.PRACTITIONER);
        SigningKey key = SigningKey.generate();
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(amara, TestWorld.PASSWORD, "T".repeat(201), key.verifyingKey().base64())))
                .post("/api/v1/enrolments")
                .then().statusCode(400).contentType(problemJson).body("type", containsString("invalid-device-name"));
        given().contentType(ContentType.JSON)
                .body(Json.write(new org.doorstep.model.wire.ChallengeRequest(key.verifyingKey().keyId())))
                .post("/api/v1/tokens/challenges")
                .then().statusCode(404).body("type", containsString("unknown-device"));
    }

    @Test
    @DisplayName("R13-accounts: only practitioners enrol devices; anyone else is answered as a wrong password would be")
    void supervisorCannotEnrol() {
        String priya = world.staff(Staff.SUPERVISOR);
        given().contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(priya, TestWorld.PASSWORD, "Tablet", SigningKey.generate().verifyingKey().base64())))
                .post("/api/v1/enrolments")
                .then().statusCode(401).contentType(problemJson).body("type", containsString("invalid-credentials"));
    }

    @Test
    @DisplayName("R13-accounts: a device holds at most 3 open challenges however often it asks, and expired ones are deleted")
    void challengesAreBounded() {
        Tablet tablet = Tablet.enrolled(world.staff(Staff.PRACTITIONER));
        for (int i = 0; i < 12; i++) {
            given().contentType(ContentType.JSON).body(Json.write(new ChallengeRequest(tablet.deviceId)))
                    .post("/api/v1/tokens/challenges").then().statusCode(200);
        }
        assertEquals(3, world.challengesOf(tablet.deviceId));
        world.expireChallenges(tablet.deviceId);
        Tablet other = Tablet.enrolled(world.staff(Staff.PRACTITIONER));
        assertEquals(0, world.challengesOf(tablet.deviceId), "another device's request sweeps expired challenges");
        assertEquals(0, world.challengesOf(other.deviceId), "its own challenge was used for its token");
        assertEquals(200, given().header("Authorization", "Bearer " + tablet.newToken()).get("/api/v1/caseload").getStatusCode(),
                "the tablet still gets a token and its caseload");
    }

    @Test
    @DisplayName("a challenge for an unknown device is 404 unknown-device")
    void unknownDevice() {
        given().contentType(ContentType.JSON).body(Json.write(new ChallengeRequest("0123456789abcdef")))
                .post("/api/v1/tokens/challenges")
                .then().statusCode(404).contentType(problemJson)
                .body("type", containsString("unknown-device")).body("detail", containsString("0123456789abcdef"));
    }

    @Test
    @DisplayName("a challenge is single-use, and a signature by another key is 401 invalid-challenge")
    void challengeRules() {
        Tablet tablet = Tablet.enrolled(world.staff(Staff.PRACTITIONER));
        Challenge c = Json.read(given().contentType(ContentType.JSON).body(Json.write(new ChallengeRequest(tablet.deviceId)))
                .post("/api/v1/tokens/challenges").then().statusCode(200).extract().asString(), Challenge.class);
        String wrong = SigningKey.generate().signBase64(TokenChallenge.message(tablet.deviceId, c.challenge()));
        given().contentType(ContentType.JSON).body(Json.write(new TokenRequest(tablet.deviceId, c.challenge(), wrong)))
                .post("/api/v1/tokens").then().statusCode(401).contentType(problemJson)
                .body("type", containsString("invalid-challenge")).body("detail", containsString("does not verify"));
        String right = tablet.key.signBase64(TokenChallenge.message(tablet.deviceId, c.challenge()));
        given().contentType(ContentType.JSON).body(Json.write(new TokenRequest(tablet.deviceId, c.challenge(), right)))
                .post("/api/v1/tokens").then().statusCode(401).body("type", containsString("invalid-challenge"));
    }

    @Test
    @DisplayName("R15-lost-device: a revoked device gets no challenge and its token stops working")
    void revoked() {
        Tablet tablet = Tablet.enrolled(world.staff(Staff.PRACTITIONER));
        world.revoke(tablet.deviceId);
        given().contentType(ContentType.JSON).body(Json.write(new ChallengeRequest(tablet.deviceId)))
                .post("/api/v1/tokens/challenges").then().statusCode(403).body("type", containsString("device-revoked"));
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload")
                .then().statusCode(403).body("type", containsString("device-revoked"));
    }

    @Test
    @DisplayName("the API needs a valid bearer token: missing or unknown is 401 invalid-token")
    void tokenNeeded() {
        given().get("/api/v1/caseload").then().statusCode(401).contentType(problemJson)
                .body("type", containsString("invalid-token"));
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/caseload").then().statusCode(401)
                .body("type", containsString("invalid-token"));
    }

    @Test
    @DisplayName("the caseload lists only the cases allocated to the token's practitioner, with plan and household")
    void caseload() {
        String amara = world.staff(Staff.PRACTITIONER);
        String tom = world.staff(Staff.PRACTITIONER);
        String mine = world.childCase(amara, "Amelia Smith");
        world.childCase(tom);
        Tablet tablet = Tablet.enrolled(amara);
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload")
                .then().statusCode(200)
                .body("username", equalTo(amara))
                .body("cases", hasSize(1))
                .body("cases[0].caseId", equalTo(mine))
                .body("cases[0].childName", equalTo("Amelia Smith"))
                .body("cases[0].dateOfBirth", equalTo("2016-05-01"));
    }

    @Test
    @DisplayName("R13-auth: a device's expired tokens are removed when it gets a new one; a live one still works")
    void expiredTokensGo() {
        Tablet tablet = Tablet.enrolled(world.staff(Staff.PRACTITIONER));
        String live = tablet.newToken();
        world.expireTokens(tablet.deviceId);
        tablet.newToken();
        assertEquals(1, world.tokensOf(tablet.deviceId), "only the new token is kept");
        String second = tablet.newToken();
        assertEquals(2, world.tokensOf(tablet.deviceId), "a live token stays until it expires");
        given().header("Authorization", "Bearer " + live).get("/api/v1/caseload").then().statusCode(401);
        given().header("Authorization", "Bearer " + second).get("/api/v1/caseload").then().statusCode(200);
    }
}
