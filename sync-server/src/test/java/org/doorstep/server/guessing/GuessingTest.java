package org.doorstep.server.guessing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Password guessing (R13-accounts), over real HTTP against real MariaDB. Each test stands for its own
 * client address (X-Forwarded-For, which the test profile trusts), so the tests' counts never meet.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class GuessingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Inject
    TestWorld world;

    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.11." + (n / 250) + "." + (n % 250 + 1) + "";
    }

    private static Response formSignIn(String address, String username, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }

    private static Response enrol(String address, String username, String password, String publicKey) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Json.write(new EnrolmentRequest(username, password, "Tablet", publicKey))).post("/api/v1/enrolments");
    }

    private static String key() {
        return SigningKey.generate().verifyingKey().base64();
    }

    @Test
    @DisplayName("R13-accounts: after 5 wrong passwords the right one is refused on the sign-in form, which says sign-in is paused; "
            + "an admin unlocks it on Sign-in security and it signs in")
    void accountLocksAndAdminUnlocks() {
        String priya = world.staff(Staff.SUPERVISOR);
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            assertFalse(WebSession.signedIn(formSignIn(address, priya, "guess-" + i)));
        }
        Response refused = formSignIn(address, priya, TestWorld.PASSWORD);
        assertFalse(WebSession.signedIn(refused), "the right password is refused while locked");
        assertEquals("/signin?error=locked", java.net.URI.create(refused.getHeader("Location")).getRawPath()
                + "?" + java.net.URI.create(refused.getHeader("Location")).getRawQuery());
        given().get("/signin?error=locked").then().statusCode(200)
                .body(containsString("Sign-in is paused after too many wrong passwords"));
        // Another address does not get round an account's lock, and a changed case is the same account.
        assertFalse(WebSession.signedIn(formSignIn(newAddress(), priya.toUpperCase(), TestWorld.PASSWORD)));

        WebSession admin = WebSession.signIn(world.staff(Staff.ADMIN), TestWorld.PASSWORD);
        String page = admin.get("/workspace/sign-in-security").then().statusCode(200).extract().asString();
        String holding = page.substring(page.indexOf("id=\"holding\""), page.indexOf("</table>", page.indexOf("id=\"holding\"")));
        assertTrue(holding.contains(priya), "the lock is listed for the admin");
        String attempts = page.substring(page.indexOf("id=\"attempts\""));
        assertTrue(attempts.contains(address) && attempts.contains("Refused: locked"), "attempts and the refusal are listed");
        String lockId = holding.replaceAll("(?s).*data-lock=\"(\\d+)\"[^<]*<th[^>]*>Username<span[^>]*>" + priya + ".*", "$1");
        admin.post("/workspace/sign-in-security", "/workspace/sign-in-security/locks/" + lockId + "/unlock", Map.of())
                .then().statusCode(303);
        assertTrue(WebSession.signedIn(formSignIn(address, priya, TestWorld.PASSWORD)), "signs in once unlocked");
        String after = admin.get("/workspace/sign-in-security").then().statusCode(200).extract().asString();
        assertTrue(after.substring(after.indexOf("Locks of the last 7 days")).contains("Unlocked"), "who unlocked it is kept");
    }

    @Test
    @DisplayName("R13-accounts: only an admin sees Sign-in security")
    void onlyAdmins() {
        WebSession supervisor = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        assertEquals(403, supervisor.get("/workspace/sign-in-security").getStatusCode());
    }

    @Test
    @DisplayName("R13-accounts: one address trying 20 usernames is locked, even for a right password; another address is not")
    void addressLocks() {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            formSignIn(address, "nobody-" + i + "-" + address, "guess");
        }
        String daniel = world.staff(Staff.MANAGER);
        assertFalse(WebSession.signedIn(formSignIn(address, daniel, TestWorld.PASSWORD)), "the guessing address is locked");
        assertTrue(WebSession.signedIn(formSignIn(newAddress(), daniel, TestWorld.PASSWORD)), "everyone else signs in");
    }

    @Test
    @DisplayName("R13-accounts: enrolment answers a wrong password, an unknown name and a supervisor's right password alike, "
            + "never naming a role; a malformed key answers alike whatever the password")
    void enrolmentAnswersAlike() {
        String address = newAddress();
        String amara = world.staff(Staff.PRACTITIONER);
        String priya = world.staff(Staff.SUPERVISOR);
        String wrong = enrol(address, amara, "wrong", key()).then().statusCode(401).extract().asString();
        String unknown = enrol(address, "nobody-" + address, "wrong", key()).then().statusCode(401).extract().asString();
        String supervisor = enrol(address, priya, TestWorld.PASSWORD, key()).then().statusCode(401).extract().asString();
        assertEquals(wrong, unknown);
        assertEquals(wrong, supervisor);
        assertFalse(supervisor.contains("supervisor"), supervisor);
        String malformedRight = enrol(address, amara, TestWorld.PASSWORD, "AAAA").then().statusCode(400).extract().asString();
        String malformedWrong = enrol(address, amara, "wrong", "AAAA").then().statusCode(400).extract().asString();
        assertEquals(malformedWrong, malformedRight);
    }

    @Test
    @DisplayName("R13-accounts: after 5 wrong passwords at enrolment the right one is refused the same way, and the tries are recorded")
    void enrolmentLocks() {
        String address = newAddress();
        String amara = world.staff(Staff.PRACTITIONER);
        String wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = enrol(address, amara, "guess-" + i, key()).then().statusCode(401).extract().asString();
        }
        enrol(newAddress(), amara, TestWorld.PASSWORD, key()).then().statusCode(401).body(equalTo(wrong));
        WebSession admin = WebSession.signIn(world.staff(Staff.ADMIN), TestWorld.PASSWORD);
        String page = admin.get("/workspace/sign-in-security").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Tablet set-up"), "enrolment tries are listed with where they came from");
    }
    @Test
    @DisplayName("R13-accounts: twenty wrong passwords sent at once for one account get at most five password checks; the rest are refused as locked")
    void burstIsHeldToTheAllowance() throws Exception {
        String amara = world.staff(Staff.PRACTITIONER);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            java.util.List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                // Each from its own address, so only the account's allowance can stop them.
                sent.add(pool.submit(() -> enrol(newAddress(), amara, "burst-guess-" + n, key())));
            }
            for (java.util.concurrent.Future<Response> f : sent) {
                assertEquals(401, f.get().getStatusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        long checked = world.signInAttempts(amara, SignInAttempt.FAILED);
        long refused = world.signInAttempts(amara, SignInAttempt.LOCKED);
        assertEquals(5, checked, "password checks counted as failures");
        assertEquals(15, refused, "tries refused by the lock without a password check");
        enrol(newAddress(), amara, TestWorld.PASSWORD, key()).then().statusCode(401);
    }
}
