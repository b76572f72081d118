package org.doorstep.server.confidential;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A restricted visit on the case record's list, in the court chronology and on the restrictions page. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class WithheldOnRecordTest {

    @Inject
    TestWorld world;

    @Test
    @DisplayName("R7-restricted: a restricted visit has no row on the case record of a supervisor without access (\"1 item "
            + "is withheld\" instead), its court chronology line says it is withheld, and the restrictions page names it "
            + "by visit date and practitioner, not note id")
    void restrictedVisitWithheldEverywhere() throws Exception {
        ConfidentialCase s = ConfidentialCase.in(world);
        s.restrict("entry:" + s.visit().noteId(), "adoption");

        WebSession other = ConfidentialCase.web(s.other());
        String record = other.get("/workspace/cases/" + s.caseId()).then().statusCode(200).extract().asString();
        assertFalse(record.contains("/workspace/visits/" + s.visit().noteId()), "no row, no link");
        assertTrue(record.contains("id=\"visits-withheld\"") && record.contains("1 item is withheld"));
        assertFalse(record.contains("Home visit at Family home"), "nor its chronology line");
        assertTrue(record.contains("Withheld: a restricted visit (Adoption)."));
        assertTrue(ConfidentialCase.web(s.marker()).get("/workspace/cases/" + s.caseId()).asString()
                .contains("/workspace/visits/" + s.visit().noteId()), "who marked it still sees the row");

        String court = pdfText(other.get("/workspace/cases/" + s.caseId() + "/chronology.pdf").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(court.contains("Withheld: a restricted visit (Adoption)"), court);
        assertFalse(court.contains("Home visit at Family home"), "nothing of the line itself");
        String full = pdfText(ConfidentialCase.web(s.marker()).get("/workspace/cases/" + s.caseId() + "/chronology.pdf")
                .asByteArray());
        assertTrue(full.contains("Home visit at Family home"), "who may see it gets the line");

        String restrictions = ConfidentialCase.web(s.marker()).get("/workspace/cases/" + s.caseId() + "/restrictions").asString();
        assertTrue(restrictions.contains("Visit note of "), restrictions);
        assertFalse(restrictions.contains("Visit note " + s.visit().noteId()), "named by date and practitioner, not id");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
