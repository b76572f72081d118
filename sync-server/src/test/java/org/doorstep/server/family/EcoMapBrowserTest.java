package org.doorstep.server.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.doorstep.model.family.EcoMap;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.Browser;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The eco-map from the tablet to the workspace (R5.6-genogram), over real HTTP against the real
 * database: signed in a visit note, refused when malformed, drawn on the visit page and the case
 * record from the same renderer the tablet paints with, in the court export, and sent back to
 * tablets with the caseload so the next visit starts from it.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class EcoMapBrowserTest {

    static final EcoMap FIRST = new EcoMap("Mia Reed", List.of(
            new EcoMap.Tie("Elm Road Primary", EcoMap.Kind.SCHOOL, EcoMap.Strength.STRONG),
            new EcoMap.Tie("Dr Shah", EcoMap.Kind.GP, EcoMap.Strength.WEAK)));
    static final EcoMap LATER = new EcoMap("Mia Reed", List.of(
            new EcoMap.Tie("Elm Road Primary", EcoMap.Kind.SCHOOL, EcoMap.Strength.STRONG),
            new EcoMap.Tie("Dad's new partner", EcoMap.Kind.FAMILY, EcoMap.Strength.STRESSFUL),
            new EcoMap.Tie("Scouts <Tuesdays>", EcoMap.Kind.CLUB, EcoMap.Strength.WEAK)));

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("R5.6-genogram: an eco-map signed in a visit note is refused when malformed (problem details, nothing stored), "
            + "else drawn on the visit page and as the latest on the case record, in the court export and in the tablet's caseload; axe WCAG 2.2 A/AA")
    void ecoMapFromTabletToWorkspace() throws Exception {
        String team = TestWorld.unique("Eco-map Team");
        String practitioner = world.person(Staff.PRACTITIONER, team, "Tom Price");
        String caseId = world.childCase(practitioner, "Mia Reed");
        String supervisor = world.person(Staff.SUPERVISOR, team, "Priya Shah");
        Tablet tablet = Tablet.enrolled(practitioner);
        assertNull(summary(tablet, caseId).ecoMap(), "no eco-map yet: none sent");
        long entries = world.rows("case_entries", caseId);

        // malformed: a tie with no name and no strength; refused with the fields named, nothing stored
        EcoMap bad = new EcoMap("Mia Reed", List.of(new EcoMap.Tie(" ", EcoMap.Kind.SCHOOL, null)));
        tablet.post(tablet.sign(tablet.visit(caseId).withEcoMap(bad))).then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("invalid-note"))
                .body("violations.field", hasItems("ecoMap-0-name", "ecoMap-0-strength"));
        assertEquals(entries, world.rows("case_entries", caseId), "nothing stored");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VisitNote first = tablet.visit(caseId, "Visited at home.", now.minus(3, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS).plusSeconds(600))
                .withEcoMap(FIRST);
        VisitNote later = tablet.visit(caseId, "Visited at home again.", now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS))
                .withEcoMap(LATER);
        VisitNote none = tablet.visit(caseId, "Visited at home.", now.minus(3, ChronoUnit.DAYS).minusSeconds(7200),
                now.minus(3, ChronoUnit.DAYS).minusSeconds(3600));
        for (VisitNote v : List.of(first, later, none)) {
            tablet.post(tablet.sign(v)).then().statusCode(201);
        }
        assertEquals(LATER, summary(tablet, caseId).ecoMap(), "the tablet's next visit starts from the latest");

        ChromeDriver d = Browser.signIn(base.toString(), supervisor);
        d.get(base + "workspace/visits/" + first.noteId());
        String svg = d.findElement(By.cssSelector("#ecomap-section svg")).getAttribute("outerHTML");
        assertTrue(svg.contains("Dr Shah") && svg.contains("stroke-dasharray"), "the visit's own map, weak tie dashed: " + svg);
        assertTrue(d.findElement(By.id("ecomap-ties")).getText().contains("Dr Shah (gp or health): weak"));
        Browser.assertAccessible(d, "the visit page with its eco-map");

        d.get(base + "workspace/visits/" + none.noteId());
        assertTrue(d.findElements(By.id("ecomap-section")).isEmpty(), "a visit with no eco-map shows none");

        d.get(base + "workspace/visits/" + later.noteId());
        assertTrue(d.findElement(By.id("ecomap-ties")).getText().contains("Scouts <Tuesdays> (club or activity): weak"),
                "names are shown as text, never as markup");
        Browser.screenshots(d, "visit-ecomap");

        d.get(base + "workspace/cases/" + caseId);
        String latest = d.findElement(By.cssSelector("#ecomap-section svg")).getAttribute("outerHTML");
        assertTrue(latest.contains("Dad&#39;s new partner") || latest.contains("Dad's new partner"), latest);
        assertFalse(latest.contains("Dr Shah"), "the case record shows the latest eco-map only");
        assertTrue(d.findElement(By.cssSelector("#ecomap-section a")).getAttribute("href").endsWith("/workspace/visits/" + later.noteId()));
        Browser.assertAccessible(d, "the case record with the latest eco-map");
        d.get(base + "workspace/cases/" + caseId + "#ecomap-section");
        Browser.screenshots(d, "case-record-ecomap");

        String pdf = org.doorstep.server.workspace.PdfText.of(WebSession.signIn(supervisor, TestWorld.PASSWORD)
                .get("/workspace/cases/" + caseId + "/chronology.pdf").then().statusCode(200).extract().asByteArray());
        assertTrue(pdf.contains("Eco-map") && pdf.contains("Dad's new partner (family): stressful"), pdf);
    }

    @Test
    @DisplayName("R5.6-genogram, R7-restricted: the eco-map of a restricted visit reaches no tablet and no reader it is withheld from; "
            + "they get the latest one they may see")
    void restrictedVisitsEcoMapIsWithheld() {
        String team = TestWorld.unique("Eco-map Restricted Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String marker = world.staff(Staff.SUPERVISOR, team);
        String other = world.staff(Staff.SUPERVISOR, team);
        String caseId = world.childCase(practitioner, "Mia Reed");
        Tablet tablet = Tablet.enrolled(practitioner);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VisitNote first = tablet.visit(caseId, "Visited at home.", now.minus(3, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS).plusSeconds(600))
                .withEcoMap(FIRST);
        VisitNote later = tablet.visit(caseId).withEcoMap(LATER);
        tablet.post(tablet.sign(first)).then().statusCode(201);
        tablet.post(tablet.sign(later)).then().statusCode(201);
        String page = "/workspace/cases/" + caseId + "/restrictions";
        WebSession.signIn(marker, TestWorld.PASSWORD).post(page, page, java.util.Map.of("item", "entry:" + later.noteId(),
                "reason", "adoption", "explanation", "Adoption papers discussed; not for the family.")).then().statusCode(303);

        assertEquals(FIRST, summary(tablet, caseId).ecoMap(), "the tablet starts from the latest map it may hold");
        String withheld = WebSession.signIn(other, TestWorld.PASSWORD).get("/workspace/cases/" + caseId).then().statusCode(200)
                .extract().asString();
        assertTrue(withheld.contains("Dr Shah") && !withheld.contains("new partner"), "another supervisor sees the earlier map only");
        String seen = WebSession.signIn(marker, TestWorld.PASSWORD).get("/workspace/cases/" + caseId).then().statusCode(200)
                .extract().asString();
        assertTrue(seen.contains("new partner"), "who restricted it sees the latest");
    }

    @Test
    @DisplayName("R5.6-genogram, R11-rectify: on the tablet a visit is corrected to add the eco-map left out; the app's draft signs it, "
            + "its outbox syncs it, and the visit page and case record draw it")
    void ecoMapSignedByTheTabletApp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tabletHome) throws Exception {
        String team = TestWorld.unique("Eco-map App Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Mia Reed");
        java.time.Clock clock = java.time.Clock.systemUTC();
        org.doorstep.model.signing.SigningKey key = org.doorstep.model.signing.SigningKey.generate();
        org.doorstep.model.wire.Enrolment enrolment = new org.doorstep.app.sync.ServerApi(base.toURI(), clock).enrol(
                new org.doorstep.model.wire.EnrolmentRequest(practitioner, TestWorld.PASSWORD, "eco-map tablet", key.verifyingKey().base64()));
        world.approve(enrolment.deviceId());
        org.doorstep.app.sync.ServerApi api = new org.doorstep.app.sync.ServerApi(base.toURI(), enrolment.deviceId(), key, clock);
        CaseSummary child = api.caseload().cases().get(0);

        // a complete visit as the tests' tablet writes one; the app's own outbox signs and sends both versions
        VisitNote first = Tablet.enrolled(practitioner).visit(caseId);
        org.doorstep.app.visit.VisitDraft draft = org.doorstep.app.visit.VisitDraft.correcting(first,
                new org.doorstep.model.visit.NoteIds(clock).next().toString(), "Mia Reed", child.planRecommendations(),
                java.time.ZoneId.of("Europe/London"));
        draft.ecoMap.add(tie("Elm Road Primary", EcoMap.Kind.SCHOOL, EcoMap.Strength.STRONG));
        draft.ecoMap.add(tie("Dad's new partner", EcoMap.Kind.FAMILY, EcoMap.Strength.STRESSFUL));
        draft.correctionReason = "I left out the eco-map we drew together.";
        VisitNote second = draft.toNote(practitioner, java.time.ZoneId.of("Europe/London"), clock.instant());

        org.doorstep.app.outbox.Outbox outbox = new org.doorstep.app.outbox.Outbox(
                org.doorstep.app.store.EncryptedFileStore.create(tabletHome, "482916".toCharArray()));
        outbox.add(org.doorstep.model.signing.SignedNote.sign(first, enrolment.deviceId(), key), "Mia Reed", first.visitStart());
        outbox.add(org.doorstep.model.signing.SignedNote.sign(second, enrolment.deviceId(), key), "Mia Reed", second.visitStart());
        List<org.doorstep.app.sync.SyncOutcome> outcomes = new org.doorstep.app.outbox.OutboxWorker(outbox, api,
                org.doorstep.model.signing.VerifyingKey.fromBase64(enrolment.serverPublicKey()), clock).syncNow();
        outcomes.forEach(o -> assertTrue(o instanceof org.doorstep.app.sync.SyncOutcome.Accepted, o::toString));

        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String page = web.get("/workspace/visits/" + second.noteId()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"ecomap-section\"") && page.contains("Dad&#39;s new partner (family): stressful"), page);
        assertTrue(page.contains("<br>Changed: Eco-map."), "the versions table says the correction changed the eco-map");
        assertFalse(web.get("/workspace/visits/" + first.noteId()).then().statusCode(200).extract().asString()
                .contains("id=\"ecomap-section\""), "the first version, as signed, has none");
        String record = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(record.contains("/workspace/visits/" + second.noteId() + "\">visit of"), "the case record's latest is the correction's");
        assertEquals(second.ecoMap(), api.caseload().cases().get(0).ecoMap(), "and the next visit on the tablet starts from it");
    }

    private static org.doorstep.app.visit.EcoTieEdit tie(String name, EcoMap.Kind kind, EcoMap.Strength strength) {
        org.doorstep.app.visit.EcoTieEdit t = new org.doorstep.app.visit.EcoTieEdit();
        t.name = name;
        t.kind = kind;
        t.strength = strength;
        return t;
    }

    private static CaseSummary summary(Tablet t, String caseId) {
        Caseload load = Json.read(given().header("Authorization", "Bearer " + t.token).get("/api/v1/caseload")
                .then().statusCode(200).extract().asString(), Caseload.class);
        return load.cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst().orElseThrow();
    }
}
