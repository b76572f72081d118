package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import org.doorstep.server.ShortSessionsAndDemoData;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * R13-auto-logout with a 3-second idle timeout instead of 15 minutes, on the same short-session server
 * as {@code SessionLifetimeTest} (one application start for both): the 10-second lifetime is not reached
 * here, and chromium keeps a Secure cookie on http://localhost.
 */
@QuarkusTest
@TestProfile(ShortSessionsAndDemoData.class)
@QuarkusTestResource(TestDatabase.class)
class IdleSessionBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R13-auto-logout: a page left idle locks itself and the session is sent back to sign-in")
    void idleSessionSignsOut() throws InterruptedException {
        ChromeDriver d = Browser.signIn(base.toString(), world.staff(Staff.SUPERVISOR));
        Browser.waitForUrl(d, "/workspace");
        Thread.sleep(6000);
        assertTrue(d.getCurrentUrl().contains("/signin?reason=idle"), "the open page locked itself: " + d.getCurrentUrl());
        assertTrue(d.getPageSource().contains("You were signed out"));
        Browser.screenshots(d, "signin-idle");
        d.get(base + "workspace/queue");
        assertTrue(d.getCurrentUrl().contains("/signin"), "the session is gone: " + d.getCurrentUrl());
    }
}
