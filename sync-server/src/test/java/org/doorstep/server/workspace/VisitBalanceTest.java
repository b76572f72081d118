package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R5.4-balance on the server: a visit's strengths and concerns, as the tablet signed them, on the visit page and in the court PDF. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class VisitBalanceTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R5.4-balance: a visit with concerns and no strengths is accepted, flagged for the supervisor on its page, "
            + "and its strengths and concerns are in the court PDF as assessment")
    void oneSidedVisitFlaggedAndInCourtPdf() throws Exception {
        String team = TestWorld.unique("Balance Visit Team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        VisitNote oneSided = tablet.visit(caseId).withBalance(null, "No food in the kitchen cupboards.");
        tablet.post(tablet.sign(oneSided)).then().statusCode(201);
        VisitNote balanced = tablet.visit(caseId).withBalance("Gran walks her to school.", "Rent arrears.");
        tablet.post(tablet.sign(balanced)).then().statusCode(201);

        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        String page = web.get("/workspace/visits/" + oneSided.noteId()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("No food in the kitchen cupboards."), "concerns shown");
        assertTrue(page.contains("id=\"balance-flag\"") && page.contains("Concerns are recorded but no strengths"), "flagged");
        String other = web.get("/workspace/visits/" + balanced.noteId()).then().statusCode(200).extract().asString();
        assertTrue(other.contains("Gran walks her to school.") && other.contains("Rent arrears."));
        assertFalse(other.contains("id=\"balance-flag\""), "both sides recorded: no flag");

        byte[] pdf = web.get("/workspace/cases/" + caseId + "/chronology.pdf").then().statusCode(200).extract().asByteArray();
        String flat = PdfText.of(pdf);
        assertTrue(flat.contains("Strengths and concerns recorded at visits (the practitioner's assessment, not fact)"), flat);
        assertTrue(flat.contains("Concerns: No food in the kitchen cupboards.") && flat.contains("Strengths: none recorded"), flat);
        assertTrue(flat.contains("Strengths: Gran walks her to school."), flat);
    }
}
