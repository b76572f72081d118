package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Onboarding a team from a CSV file in a real browser (R13-accounts, issue 9): every state passes axe; screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class OnboardingBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R13-accounts: a manager checks a staff file, sees every bad line with its reason and nothing stored, "
            + "corrects it, checks it again and imports it; the people are on the People page")
    void importAStaffFile() throws IOException {
        String team = TestWorld.unique("North Locality Team");
        String manager = world.person(Staff.MANAGER, team, "Grace Mensah");
        String amara = TestWorld.unique("amara.okafor");
        String ben = TestWorld.unique("ben.jones");
        String header = "username,name,role,team,temporary_password\n";
        String good = amara + ",\"Okafor, Amara\",practitioner," + team + ",harbour kettle 42 moss\n";
        Path bad = Files.createTempFile("staff", ".csv");
        Files.writeString(bad, header + good
                + ben + ",Ben Jones,social worker," + team + ",harbour kettle 42 moss\n"
                + TestWorld.unique("cara.lee") + ",Cara Lee,supervisor," + team + ",password1234\n"
                + amara + ",Amara Twice,practitioner," + team + ",harbour kettle 42 moss\n");
        ChromeDriver d = Browser.signIn(base.toString(), manager);
        d.get(base + "workspace/people");
        Browser.clickAndWait(d, By.id("import-link"));
        assertEquals("Import people or cases from a file", d.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(d, "import a file");
        Browser.screenshots(d, "import");

        d.findElement(By.id("file")).sendKeys(bad.toString());
        Browser.clickAndWait(d, By.id("check-button"));
        assertTrue(d.findElement(By.id("file-error")).getText().contains("nothing was stored"));
        String problems = d.findElement(By.id("problems")).getText();
        assertTrue(problems.contains("Choose a role") || problems.contains("role"), problems);
        assertTrue(problems.contains("common or breached"), problems);
        assertTrue(problems.contains(amara + " is also on line 2"), problems);
        assertEquals(3, d.findElements(By.cssSelector("#problems tbody tr")).size(), problems);
        Browser.assertAccessible(d, "a file with bad lines");
        Browser.screenshots(d, "import-errors");

        Path fixed = Files.createTempFile("staff", ".csv");
        Files.writeString(fixed, header + good + ben + ",Ben Jones,supervisor," + team + ",lantern orchard velvet\n");
        d.findElement(By.id("file")).sendKeys(fixed.toString());
        Browser.clickAndWait(d, By.id("check-button"));
        assertTrue(d.findElement(By.id("check-result")).getText().contains("2 people checked, no problems"));
        Browser.assertAccessible(d, "a clean file");
        Browser.screenshots(d, "import-ready");
        Browser.clickAndWait(d, By.id("import-button"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner--success")).getText().contains("2 people imported"));
        Browser.assertAccessible(d, "a file imported");
        d.get(base + "workspace/people");
        assertTrue(d.findElement(By.cssSelector("[data-person='" + amara + "']")).getText().contains("Okafor, Amara"));
        assertTrue(d.findElement(By.cssSelector("[data-person='" + ben + "']")).getText().contains("Temporary password"));
    }
}
