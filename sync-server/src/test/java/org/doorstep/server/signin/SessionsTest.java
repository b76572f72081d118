package org.doorstep.server.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Workspace sessions end on the server, not only in the browser (issue 11, R13-auth, R13-auto-logout). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SessionsTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R13-auth: after sign-out, a copy of the session cookie taken before it no longer opens a page")
    void copiedCookieDiesAtSignOut() {
        WebSession browser = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        Map<String, String> copied = new HashMap<>(browser.cookies);
        browser.get("/workspace").then().statusCode(200);

        Response out = browser.post("/workspace", "/signout", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/signin?reason=signed-out"), out.header("Location"));

        Response replayed = given().redirects().follow(false).cookies(copied).get("/workspace");
        assertEquals(302, replayed.statusCode(), "the copied cookie is refused");
        assertTrue(replayed.header("Location").contains("/signin"), replayed.header("Location"));
    }

    @Test
    @DisplayName("R13-auth: signing in again from a browser that still holds a session ends that session; a copy of its cookie opens nothing")
    void signingInAgainEndsTheEarlierSession() {
        String supervisor = world.staff(Staff.SUPERVISOR);
        WebSession first = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        Map<String, String> copied = new HashMap<>(first.cookies);
        first.get("/workspace").then().statusCode(200);

        Response again = given().redirects().follow(false).cookies(first.cookies)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", supervisor).formParam("j_password", TestWorld.PASSWORD).post("/j_security_check");
        assertEquals(302, again.statusCode());
        String renewed = again.getCookie(SessionCookies.COOKIE);
        assertTrue(renewed != null && !renewed.equals(copied.get(SessionCookies.COOKIE)), "a new session id is issued");
        given().redirects().follow(false).cookie(SessionCookies.COOKIE, renewed).get("/workspace").then().statusCode(200);

        Response replayed = given().redirects().follow(false).cookies(copied).get("/workspace");
        assertEquals(302, replayed.statusCode(), "the earlier session's cookie is refused");
    }

    @Test
    @DisplayName("R13-auto-logout: GET /signout/idle, linked from another site, signs nobody out and clears no cookie")
    void idleLinkIsHarmless() {
        WebSession browser = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        Response idle = browser.get("/signout/idle");
        assertEquals(303, idle.statusCode());
        assertTrue(idle.header("Location").endsWith("/signin?reason=idle"));
        List<String> setCookies = idle.headers().getValues("Set-Cookie");
        assertTrue(setCookies.stream().noneMatch(c -> c.startsWith(SessionCookies.COOKIE + "=")), "the session cookie is untouched: " + setCookies);
        browser.get("/workspace").then().statusCode(200);
    }

    @Test
    @DisplayName("R13-auth: the session cookie is HttpOnly and SameSite=Strict, holds no name, and is not Secure over plain HTTP")
    void cookieFlags() {
        Response signIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", world.staff(Staff.SUPERVISOR)).formParam("j_password", TestWorld.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, signIn.statusCode());
        String cookie = signIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.COOKIE + "=")).findFirst().orElse(null);
        assertNotNull(cookie, "a session cookie is set: " + signIn.headers());
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP with no proxy setting: " + cookie);
        String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertTrue(value.length() >= 43, "a random id of 32 bytes: " + value);
    }

    @Test
    @DisplayName("R13-auth: a wrong password starts no session and says so on the sign-in page")
    void wrongPassword() {
        Response signIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", world.staff(Staff.SUPERVISOR)).formParam("j_password", "not the password at all")
                .post("/j_security_check");
        assertEquals(302, signIn.statusCode());
        assertTrue(signIn.header("Location").contains("/signin?error"), signIn.header("Location"));
        assertTrue(signIn.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SessionCookies.COOKIE + "=")));
        given().get("/signin?error=true").then().body(containsString("The username or password is not right"));
    }

    @Test
    @DisplayName("R13-auth: a page asked for before signing in is where sign-in lands")
    void backToTheAskedPage() {
        Response asked = given().redirects().follow(false).get("/workspace/queue");
        assertEquals(302, asked.statusCode());
        String back = asked.getCookie("doorstep-return");
        assertEquals("/workspace/queue", back);
        Response signIn = given().redirects().follow(false).cookie("doorstep-return", back)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", world.staff(Staff.SUPERVISOR)).formParam("j_password", TestWorld.PASSWORD)
                .post("/j_security_check");
        assertEquals("/workspace/queue", signIn.header("Location"));
        Response elsewhere = given().redirects().follow(false).cookie("doorstep-return", "//evil.example/workspace")
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", world.staff(Staff.SUPERVISOR)).formParam("j_password", TestWorld.PASSWORD)
                .post("/j_security_check");
        assertEquals("/", elsewhere.header("Location"), "never to another host");
    }
}
