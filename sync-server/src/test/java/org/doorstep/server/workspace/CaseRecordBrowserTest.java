package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.doorstep.model.json.Json;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.model.wire.FactProposal;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The case record page with a basic record, history, proposals and contacts in a real browser: axe and screenshots. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseRecordBrowserTest {

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    private static void send(Tablet t, String caseId, String what, Object body) {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + t.token).body(Json.write(body))
                .post("/api/v1/cases/" + caseId + "/" + what).then().statusCode(201);
    }

    @Test
    @DisplayName("R5.4-current-historical R5.1-basic R5.3-contacts R5.5-chronology: the case record page tells current from past facts, lists proposals to confirm, passes axe; screenshots")
    void caseRecordPage() {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner, "Amelia Smith");
        world.basicRecord(caseId);
        Tablet tablet = Tablet.enrolled(practitioner);
        send(tablet, caseId, "proposals", new FactProposal(UUID.randomUUID().toString(), "communication-needs",
                "Uses Makaton signs at nursery", null, null, "None known", "Nursery key worker told me at the visit.", null));
        send(tablet, caseId, "proposals", new FactProposal(UUID.randomUUID().toString(), "household-joins",
                "Kyle Brown, mother's partner", false, null, null, "Amelia said Kyle stays every night; Ms Test confirmed.", null));
        send(tablet, caseId, "chronology", new ChronologyLine(LocalDate.of(2025, 8, 30),
                "Police attended after a neighbour reported shouting.", "Police notification PPN-118734"));
        send(tablet, caseId, "contacts", new ContactRecord(LocalDate.of(2026, 1, 14), "call", "Mrs Patel, class teacher",
                "Attendance this term is 97%.", "Keep the weekly attendance check in the plan.", "Amara Okafor, social worker",
                "Attendance was the main worry at conference."));
        String supervisor = world.staff(Staff.SUPERVISOR);
        ChromeDriver d = Browser.signIn(base.toString(), supervisor);
        Browser.waitForUrl(d, "/workspace");

        d.get(base + "workspace/cases/" + caseId);
        assertTrue(d.getPageSource().contains("Until 3 March 2026"));
        Browser.assertAccessible(d, "the case record");
        Browser.screenshots(d, "case-record-basic");

        d.findElement(By.cssSelector("#proposals ~ .ds-proposal form button.govuk-button:not(.govuk-button--warning)")).click();
        Browser.waitForUrl(d, "proposal=confirmed");
        assertTrue(d.getPageSource().contains("Proposal confirmed."));
        Browser.assertAccessible(d, "the case record after a confirmation");
        Browser.screenshots(d, "case-record-proposal-confirmed");
    }
}
