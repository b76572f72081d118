package org.doorstep.server.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import org.doorstep.server.ShortSessionsAndDemoData;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server itself ends sessions by time (issue 11, R13-auto-logout), with a 3-second idle timeout
 * and a 10-second lifetime instead of 15 minutes and 10 hours; the cookie forced Secure as behind a
 * TLS proxy; the server's log kept in a file of its own to read.
 */
@QuarkusTest
@TestProfile(ShortSessionsAndDemoData.class)
@QuarkusTestResource(TestDatabase.class)
class SessionLifetimeTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R13-auto-logout: the server ends an idle session itself, and the dashboard's polling does not keep it alive")
    void pollingIsNotActivity() throws InterruptedException {
        WebSession browser = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        browser.get("/workspace").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            Thread.sleep(1000);
            // What the open dashboard's script asks every few seconds, as the script asks it.
            browser.request().header(SessionCookies.BACKGROUND_HEADER, "poll").get("/workspace/updates");
        }
        Response after = browser.get("/workspace");
        assertEquals(302, after.statusCode(), "an unattended dashboard is signed out");
        assertEquals("/signin?reason=idle", after.header("Location"));
    }

    @Test
    @DisplayName("R13-auto-logout: a session ends after its absolute lifetime however busy the person is")
    void absoluteLifetime() throws InterruptedException {
        WebSession browser = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        long started = System.nanoTime();
        int status = 200;
        while (status == 200 && System.nanoTime() - started < 20_000_000_000L) {
            Thread.sleep(1000);
            status = browser.get("/workspace").statusCode();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(302, status, "the busy session ended");
        assertTrue(seconds >= 9, "not before its lifetime: " + seconds);
        assertEquals("/signin?reason=expired", browser.get("/workspace").header("Location"));
    }

    @Test
    @DisplayName("R13-auth: with doorstep.session.secure-cookie, the session cookie is Secure even over plain HTTP behind a proxy")
    void forcedSecure() {
        Response signIn = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", world.staff(Staff.SUPERVISOR)).formParam("j_password", TestWorld.PASSWORD)
                .post("/j_security_check");
        String cookie = signIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure") && cookie.toLowerCase().contains("httponly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    @DisplayName("R13-auth: no session key is written to the server's log (no temporary key, no cookie value)")
    void nothingSecretLogged() throws IOException {
        WebSession browser = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        browser.get("/workspace").then().statusCode(200);
        String log = Files.readString(ShortSessionsAndDemoData.LOG);
        assertTrue(log.contains("Profile test activated") || log.contains("started in"), "the log is the server's own");
        assertFalse(log.toLowerCase().contains("temporary key"), "no temporary session key in the log");
        assertFalse(log.toLowerCase().contains("encryption key"), "no session encryption key in the log");
        assertFalse(log.contains(browser.cookies.get(SessionCookies.COOKIE)), "no session id in the log");
    }
}
