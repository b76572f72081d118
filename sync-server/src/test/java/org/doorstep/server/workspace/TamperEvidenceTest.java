package org.doorstep.server.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11: evidence that cannot be rewritten quietly, through the database, behind the pages' back. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TamperEvidenceTest {

    private static final String LOUD = "Do not rely on this";

    @Inject
    TestWorld world;

    @Inject
    Tampering tampering;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    private record Setup(Tablet tablet, String caseId, VisitNote first, VisitNote last, WebSession web, String supervisor) {
    }

    private Setup threeVisits() {
        String team = TestWorld.unique("Evidence team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Evidence Child");
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote first = tablet.visit(caseId);
        tablet.post(tablet.sign(first)).then().statusCode(201);
        tablet.post(tablet.sign(tablet.visit(caseId))).then().statusCode(201);
        VisitNote last = tablet.visit(caseId);
        tablet.post(tablet.sign(last)).then().statusCode(201);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        web.get("/workspace/cases/" + caseId).then().statusCode(200).body(containsString("Chain intact"))
                .body(not(containsString(LOUD)));
        web.get("/workspace/visits/" + first.noteId()).then().statusCode(200).body(containsString("Signature verified"));
        return new Setup(tablet, caseId, first, last, web, supervisor);
    }

    @Test
    @DisplayName("R1-contemporaneous: a receipt rewritten to {} in the database shows loudly as broken on the visit and the case page, and the tablet API says so")
    void blankedReceiptShows() {
        Setup s = threeVisits();
        tampering.rewriteReceipt(s.first().noteId(), "{}");
        s.web().get("/workspace/visits/" + s.first().noteId()).then().statusCode(200)
                .body(containsString(LOUD)).body(not(containsString("Signature verified")))
                .body(containsString("receipt for this entry is missing or unreadable"));
        s.web().get("/workspace/cases/" + s.caseId()).then().statusCode(200)
                .body(containsString(LOUD)).body(containsString("Receipt broken"))
                .body(not(containsString("Chain intact")));
        // R1-signed: the tablet reading the record through the API is told too, for that entry only.
        var record = s.tablet().record(s.caseId()).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(false,
                record.getBoolean("entries.find { it.noteId == '" + s.first().noteId() + "' }.receiptVerified"));
        org.junit.jupiter.api.Assertions.assertEquals(true,
                record.getBoolean("entries.find { it.noteId == '" + s.last().noteId() + "' }.receiptVerified"));
        // How it looks, and that the warning is accessible: in chromium, with axe.
        var d = Browser.signIn(base.toString(), s.supervisor());
        d.get(base + "workspace/visits/" + s.first().noteId());
        Browser.assertAccessible(d, "visit with a broken receipt");
        Browser.screenshots(d, "visit-receipt-broken");
        d.get(base + "workspace/cases/" + s.caseId());
        Browser.assertAccessible(d, "case record with a broken receipt");
        Browser.screenshots(d, "case-record-receipt-broken");
    }

    @Test
    @DisplayName("R1-signed: a device key swapped in the database and the note re-signed with it does not read 'signature verified'")
    void swappedDeviceKeyShows() {
        Setup s = threeVisits();
        tampering.swapKeyAndResign(s.tablet().deviceId, s.first().noteId(), SigningKey.generate());
        s.web().get("/workspace/visits/" + s.first().noteId()).then().statusCode(200)
                .body(containsString(LOUD)).body(not(containsString("Signature verified")))
                .body(containsString("device key was changed in the database"));
        s.web().get("/workspace/cases/" + s.caseId()).then().statusCode(200).body(containsString("Receipt broken"));
    }

    @Test
    @DisplayName("R1-contemporaneous: entries cut off the end of a case's chain show as a broken chain against its server-signed end")
    void entriesCutOffTheEndShow() {
        Setup s = threeVisits();
        tampering.cutLastEntry(s.caseId());
        s.web().get("/workspace/cases/" + s.caseId()).then().statusCode(200)
                .body(containsString(LOUD)).body(containsString("cut off the end"))
                .body(not(containsString("Chain intact")));
        s.web().get("/workspace/visits/" + s.first().noteId()).then().statusCode(200)
                .body(containsString(LOUD)).body(not(containsString("Signature verified")));
        s.tablet().record(s.caseId()).then().statusCode(200).body("chainIntact", org.hamcrest.Matchers.equalTo(false));
        var d = Browser.signIn(base.toString(), s.supervisor());
        d.get(base + "workspace/cases/" + s.caseId());
        Browser.screenshots(d, "case-record-chain-cut");
    }
}
