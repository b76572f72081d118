package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workspace in a real browser: sign in, queue, visit, sign-off, live updates, refusals, WCAG checks, screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class WorkspaceBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R12-oversight: sign in, open the queue, read a visit, sign it off, see it leave the queue; new visits appear live; every page passes axe")
    void reviewAVisit() {
        // A team of its own: the shared test team's queue, oldest first, fills its first page with other tests' visits.
        String team = TestWorld.unique("Review team");
        String amara = world.staff(Staff.PRACTITIONER, team);
        String amelia = world.childCase(amara, "Amelia Smith");
        String noah = world.childCase(amara, "Noah Williams");
        Tablet tablet = Tablet.enrolled(amara);
        VisitNote first = tablet.visit(amelia);
        tablet.post(tablet.sign(first)).then().statusCode(201);
        VisitNote second = tablet.visit(noah, "Noah showed me his drawings. <b>Bold?</b> <script>window.hacked=1</script>");
        tablet.post(tablet.sign(second)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        ChromeDriver d = Browser.shared();

        Browser.signedOut(base.toString());
        Browser.assertAccessible(d, "sign-in");
        Browser.screenshots(d, "signin");
        Browser.signIn(base.toString(), supervisor);
        Browser.waitForUrl(d, "/workspace");
        assertTrue(d.getCurrentUrl().endsWith("/workspace"), d.getCurrentUrl());
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("Team dashboard"));
        Browser.assertAccessible(d, "dashboard");
        Browser.screenshots(d, "dashboard");

        Browser.clickAndWait(d, By.linkText("Review queue"));
        assertTrue(d.getPageSource().contains(first.noteId()));
        Browser.assertAccessible(d, "queue");
        Browser.screenshots(d, "queue");

        // A visit synced while the queue is open appears without a reload (progressive enhancement).
        VisitNote live = tablet.visit(amelia, "A third visit, synced while the supervisor watched.");
        tablet.post(tablet.sign(live)).then().statusCode(201);
        new WebDriverWait(d, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-note='" + live.noteId() + "']")));

        // Markup stored in a note is text, never run.
        d.get(base + "workspace/visits/" + second.noteId());
        assertTrue(d.findElement(By.tagName("main")).getText().contains("<script>window.hacked=1</script>"));
        assertEquals(null, d.executeScript("return window.hacked === undefined ? null : window.hacked"));
        assertTrue(d.findElements(By.cssSelector("main b")).isEmpty());
        try {
            d.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }

        d.get(base + "workspace/queue");
        Browser.clickAndWait(d, By.cssSelector("tr[data-note='" + first.noteId() + "'] a"));
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("Visit to Amelia Smith"));
        assertTrue(d.getPageSource().contains("Signature verified"));
        Browser.assertAccessible(d, "visit");
        Browser.screenshots(d, "visit");

        Browser.clickAndWait(d, By.id("sign-off-button"));
        assertTrue(d.findElement(By.className("govuk-error-summary")).getText().contains("Enter a comment"));
        Browser.assertAccessible(d, "visit with an error");
        Browser.screenshots(d, "visit-error");
        d.findElement(By.id("comment")).sendKeys("Read. Good direct work with Amelia; next visit within 10 working days.");
        Browser.clickAndWait(d, By.id("sign-off-button"));
        Browser.waitForUrl(d, "/workspace/queue?signedOff=");
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText().contains("signed off"));
        assertTrue(d.findElements(By.cssSelector("tr[data-note='" + first.noteId() + "']")).isEmpty(), "left the queue");
        assertFalse(d.findElements(By.cssSelector("tr[data-note='" + second.noteId() + "']")).isEmpty());
        Browser.assertAccessible(d, "queue after sign-off");
        Browser.screenshots(d, "queue-signed-off");

        d.get(base + "workspace/visits/" + first.noteId());
        Browser.assertAccessible(d, "signed-off visit");
        Browser.screenshots(d, "visit-signed-off");

        d.get(base + "workspace/cases/" + amelia);
        assertTrue(d.getPageSource().contains("next visit within 10 working days"));
        Browser.assertAccessible(d, "case record");
        Browser.screenshots(d, "case-record");

        d.get(base + "workspace/cases/" + amelia + "/access-log");
        assertTrue(d.findElement(By.tagName("main")).getText().contains("Case record"));
        Browser.assertAccessible(d, "access log");
        Browser.screenshots(d, "access-log");

        d.get(base + "workspace");
        Browser.screenshots(d, "dashboard-after");

        Browser.clickAndWait(d, By.cssSelector(".ds-header__signout button"));
        Browser.waitForUrl(d, "/signin?reason=signed-out");
        d.get(base + "workspace/queue");
        assertTrue(d.getCurrentUrl().contains("/signin"), "signed out: " + d.getCurrentUrl());
    }

    @Test
    @DisplayName("R1-sketch R5.2-failed: a visit with a sketch draws it inline, runs nothing from its caption, and passes axe; so does a failed visit")
    void sketchAndFailedVisit() {
        String amara = world.staff(Staff.PRACTITIONER);
        String amelia = world.childCase(amara, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(amara);
        VisitNote sketched = Tablet.withSketches(tablet.visit(amelia), WorkspacePagesTest.hostileSketch());
        tablet.post(tablet.sign(sketched)).then().statusCode(201);
        VisitNote failed = tablet.noResponse(amelia);
        tablet.post(tablet.sign(failed)).then().statusCode(201);
        ChromeDriver d = Browser.shared();
        Browser.signIn(base.toString(), world.staff(Staff.SUPERVISOR));
        Browser.waitForUrl(d, "/workspace");

        d.get(base + "workspace/visits/" + sketched.noteId());
        assertFalse(d.findElements(By.cssSelector("#sketch-1 svg path")).isEmpty(), "the sketch is drawn");
        assertTrue(d.findElement(By.id("sketch-1")).getText().contains("<script>window.hacked=1</script> Bruise"));
        assertEquals(null, d.executeScript("return window.hacked === undefined ? null : window.hacked"));
        assertTrue(d.findElements(By.cssSelector("main script")).isEmpty(), "no script element inside the page's main");
        Browser.assertAccessible(d, "visit with a sketch");
        Browser.screenshots(d, "visit-sketch");

        d.get(base + "workspace/visits/" + failed.noteId());
        assertTrue(d.findElement(By.id("failed-visit")).getText().contains("No response at the door"));
        Browser.assertAccessible(d, "failed visit");
        Browser.screenshots(d, "visit-failed");
    }

    @Test
    @DisplayName("R11-rectify: a corrected visit shows its versions, what changed and why; the earlier version says it was "
            + "corrected and links to the current one; both pass axe")
    void correctedVisit() {
        String amara = world.staff(Staff.PRACTITIONER);
        String amelia = world.childCase(amara, "Amelia Smith");
        Tablet tablet = Tablet.enrolled(amara);
        VisitNote first = tablet.visit(amelia);
        tablet.post(tablet.sign(first)).then().statusCode(201);
        VisitNote second = tablet.correction(first, "I wrote the wrong venue: we met at her grandmother's flat.",
                n -> n.put("venue", "Grandmother's flat, 3 Oak Court"));
        tablet.post(tablet.sign(second)).then().statusCode(201);
        ChromeDriver d = Browser.shared();
        Browser.signIn(base.toString(), world.staff(Staff.SUPERVISOR));
        Browser.waitForUrl(d, "/workspace");

        d.get(base + "workspace/visits/" + second.noteId());
        assertTrue(d.findElement(By.id("correction")).getText().contains("Changed: Venue."));
        assertEquals(2, d.findElements(By.cssSelector("#version-table tbody tr")).size());
        Browser.assertAccessible(d, "corrected visit");
        Browser.screenshots(d, "visit-corrected");

        Browser.clickAndWait(d, By.linkText("Version 1"));
        assertTrue(d.findElement(By.id("superseded")).getText().contains("version 2 is current"));
        assertTrue(d.findElements(By.id("sign-off-button")).isEmpty(), "an earlier version is not signed off");
        Browser.assertAccessible(d, "earlier version");
        Browser.screenshots(d, "visit-earlier-version");
    }

    @Test
    @DisplayName("R13-auth: a practitioner is refused the supervisor's pages; a wrong password shows an error")
    void practitionerRefused() {
        ChromeDriver d = Browser.shared();
        Browser.signedOut(base.toString());
        d.findElement(By.id("username")).sendKeys(world.staff(Staff.SUPERVISOR));
        d.findElement(By.id("password")).sendKeys("not the password");
        Browser.clickAndWait(d, By.id("sign-in"));
        assertTrue(d.findElement(By.className("govuk-error-summary")).getText().contains("not right"));
        Browser.assertAccessible(d, "sign-in error");
        Browser.screenshots(d, "signin-error");

        Browser.signIn(base.toString(), world.staff(Staff.PRACTITIONER));
        // A practitioner's only page in the browser is their password (R13-accounts); the workspace stays closed.
        Browser.waitForUrl(d, "/account/password");
        d.get(base + "workspace/queue");
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("You do not have access"));
        Browser.assertAccessible(d, "403");
        Browser.screenshots(d, "forbidden");
    }
}
