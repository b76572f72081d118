package org.doorstep.server.confidential;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.media.AttachmentRules;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A fact of the basic record, a chronology line typed by hand and the case's files, restricted like a visit. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RestrictedFactsAndFilesTest {

    static final String PLACEMENT = "With prospective adopters at a confidential address in Leeds";
    static final String LINE = "Police disclosed a conviction of the father under a safeguarding agreement";

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Test
    @DisplayName("R7-restricted: a restricted basic-record fact and a chronology line typed by hand never reach the tablet; "
            + "a supervisor without access sees 'Withheld' with the reason on the record and in the court PDF, the "
            + "chronology search neither counts nor finds them; who marked them sees them, and every view is logged as such")
    void restrictedFactAndLine() throws Exception {
        ConfidentialCase s = ConfidentialCase.in(world);
        WebSession marker = ConfidentialCase.web(s.marker());
        String record = "/workspace/cases/" + s.caseId();
        marker.post(record, record + "/basic-record/facts", Map.of("kind", "placement", "value", PLACEMENT,
                "from", "2026-01-05", "reason", "Placed for adoption.")).then().statusCode(303);
        marker.post(record + "/chronology/new", record + "/chronology/new", Map.of("date", "2025-03-14",
                "category", "offences", "fact", LINE, "source", "Police letter of 14 March 2025")).then().statusCode(303);
        s.restrict("fact:" + world.lastId("case_facts", s.caseId()), "adoption");
        s.restrict("line:" + world.lastId("chronology_lines", s.caseId()), "police");

        String caseload = given().header("Authorization", "Bearer " + s.tablet().token).get("/api/v1/caseload")
                .then().statusCode(200).extract().asString();
        assertFalse(caseload.contains("prospective adopters"), "no tablet receives a restricted fact");
        assertFalse(caseload.contains("conviction"), "nor a restricted chronology line");
        String tabletRecord = s.tablet().record(s.caseId()).then().statusCode(200).extract().asString();
        assertFalse(tabletRecord.contains("conviction"));

        WebSession other = ConfidentialCase.web(s.other());
        String page = other.get(record).then().statusCode(200).extract().asString();
        assertFalse(page.contains("prospective adopters"), page);
        assertTrue(page.contains("Withheld: restricted (Adoption)"), "the fact says it is withheld, and why");
        assertFalse(page.contains("conviction") || page.contains("Police letter"), "nothing of the line");
        assertTrue(page.contains("Withheld: a restricted line (Police information)."));
        assertTrue(world.accessLogged(s.caseId(), s.other()) > 0);
        assertEquals(2, logged(s.caseId(), s.other(), "Restricted item withheld: %"), "each withheld item, its own line");

        String search = other.get(record + "?q=conviction").then().statusCode(200).extract().asString();
        assertTrue(search.contains("0 facts match"), "a withheld line is neither counted nor found");
        assertFalse(search.contains("Withheld: a restricted line"));

        String court = pdfText(other.get(record + "/chronology.pdf").then().statusCode(200).extract().asByteArray());
        assertFalse(court.contains("conviction"), court);
        assertTrue(court.contains("Withheld: a restricted line (Police information)"));

        String seen = marker.get(record + "?q=conviction").then().statusCode(200).extract().asString();
        assertTrue(seen.contains(LINE) && seen.contains("1 fact match"), "who marked it finds it");
        assertTrue(seen.contains("prospective adopters"));
        assertEquals(2, logged(s.caseId(), s.marker(), "Restricted item viewed: %"), "each view by who may see it logged");
        assertTrue(pdfText(marker.get(record + "/chronology.pdf").asByteArray()).contains("conviction"));
    }

    @Test
    @DisplayName("R8-access R7-restricted: the disclosure bundle leaves out a restricted chronology line and its redaction "
            + "list names it")
    void restrictedLineLeftOutOfBundle() throws Exception {
        ConfidentialCase s = ConfidentialCase.in(world);
        WebSession manager = ConfidentialCase.web(s.manager());
        String record = "/workspace/cases/" + s.caseId();
        manager.post(record + "/chronology/new", record + "/chronology/new", Map.of("date", "2025-03-14",
                "category", "offences", "fact", LINE, "source", "Police letter")).then().statusCode(303);
        s.restrict("line:" + world.lastId("chronology_lines", s.caseId()), "police");
        String requests = record + "/access-requests";
        manager.post(requests, requests, Map.of("requestedBy", "Amelia Smith", "relationship", "The child herself",
                "receivedOn", "2026-01-31")).then().statusCode(303);
        String request = requests + "/" + world.lastId("access_requests", s.caseId());
        String bundle = pdfText(manager.get(request + "/bundle.pdf").then().statusCode(200).extract().asByteArray());
        assertFalse(bundle.contains("conviction"), bundle);
        assertTrue(bundle.contains("14 March 2025: [Withheld]"), bundle);
        String list = manager.get(request).then().statusCode(200).extract().asString();
        assertTrue(list.contains(LINE) && list.contains("Restricted: Police information"), "the redaction list names it");
    }

    @Test
    @DisplayName("R1-media R7-restricted: the tablet's caseload lists the case's files (name, kind, size, arrived); once "
            + "restricted, a case document and a visit file are not listed or downloadable for a supervisor without access "
            + "(counted as withheld), never named in the note or caseload sent to a tablet; who marked them lists and "
            + "downloads them, each download logged as a restricted view")
    void restrictedFiles() {
        ConfidentialCase s = ConfidentialCase.in(world);
        byte[] photo = ("\u00ff\u00d8 a photo of the bruise " + TestWorld.unique("")).getBytes(StandardCharsets.ISO_8859_1);
        Attachment a = new Attachment("bruise.jpg", "image/jpeg", photo.length, AttachmentRules.sha256(photo));
        VisitNote visit = s.tablet().visit(s.caseId()).withAttachments(List.of(a));
        s.tablet().post(s.tablet().sign(visit)).then().statusCode(201);
        given().header("Authorization", "Bearer " + s.tablet().token).contentType("application/octet-stream").body(photo)
                .put("/api/v1/attachments/" + a.sha256()).then().statusCode(201);
        WebSession marker = ConfidentialCase.web(s.marker());
        String files = "/workspace/cases/" + s.caseId() + "/files";
        byte[] pdf = ("%PDF-1.4 adoption order " + TestWorld.unique("")).getBytes(StandardCharsets.US_ASCII);
        String token = marker.csrfToken(files); // first: it keeps the CSRF cookie the request then sends
        marker.request().multiPart("csrf-token", token).multiPart("kind", "court-order")
                .multiPart("title", "Placement order").multiPart("file", "order.pdf", pdf, "application/pdf")
                .post(files).then().statusCode(303);
        String before = given().header("Authorization", "Bearer " + s.tablet().token).get("/api/v1/caseload")
                .then().statusCode(200).extract().asString();
        assertTrue(before.contains("{\"name\":\"bruise.jpg\",\"kind\":\"Photo\",\"size\":" + photo.length
                + ",\"arrived\":true"), "the tablet's record lists the visit's photo, arrived: " + before);
        assertTrue(before.contains("Placement order (order.pdf)"), "and the case's document");
        s.restrict("file:" + a.sha256(), "other");
        s.restrict("file:" + AttachmentRules.sha256(pdf), "adoption");

        WebSession other = ConfidentialCase.web(s.other());
        String list = other.get(files).then().statusCode(200).extract().asString();
        assertFalse(list.contains("bruise.jpg") || list.contains("Placement order"), list);
        assertTrue(list.contains("2 restricted files are not shown"));
        other.get(files + "/" + a.sha256()).then().statusCode(404);
        assertFalse(other.get("/workspace/visits/" + visit.noteId()).then().statusCode(200).extract().asString()
                .contains("bruise.jpg"), "nor on the visit's page");
        other.get(files + "/" + AttachmentRules.sha256(pdf)).then().statusCode(404);
        assertFalse(s.tablet().record(s.caseId()).then().statusCode(200).extract().asString().contains(a.sha256()),
                "the tablet's copy of the note does not name a restricted file");
        String after = given().header("Authorization", "Bearer " + s.tablet().token).get("/api/v1/caseload")
                .then().statusCode(200).extract().asString();
        assertFalse(after.contains("bruise.jpg") || after.contains("Placement order"), "nor does its caseload list them");

        String shown = marker.get(files).then().statusCode(200).extract().asString();
        assertTrue(shown.contains("bruise.jpg") && shown.contains("Placement order"));
        marker.get(files + "/" + AttachmentRules.sha256(pdf)).then().statusCode(200);
        assertTrue(logged(s.caseId(), s.marker(), "Restricted item viewed: A file of the case%") >= 3,
                "the list (two files) and the download, each logged as a restricted view");
    }

    @Transactional
    long logged(String caseId, String username, String like) {
        return ((Number) em.createNativeQuery("select count(*) from case_access_log where case_id = ?1 and username = ?2 "
                        + "and what like ?3").setParameter(1, caseId).setParameter(2, username).setParameter(3, like)
                .getSingleResult()).longValue();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("R7-restricted: a fact that came from a tablet's proposal is withheld, once restricted, from the "
            + "decided proposals on the record and on their history page, for a supervisor without access")
    void restrictedFactFromAProposal() {
        ConfidentialCase s = ConfidentialCase.in(world);
        String record = "/workspace/cases/" + s.caseId();
        String value = "Uses Makaton with Mr and Mrs Lane, her prospective adopters";
        String proposal = java.util.UUID.randomUUID().toString();
        given().contentType(io.restassured.http.ContentType.JSON).header("Authorization", "Bearer " + s.tablet().token)
                .body(org.doorstep.model.json.Json.write(new org.doorstep.model.wire.FactProposal(
                        proposal, "communication-needs", value, null, null, null,
                        "Moved on Friday; the carers told me at the visit.", null)))
                .post("/api/v1/cases/" + s.caseId() + "/proposals").then().statusCode(201);
        WebSession marker = ConfidentialCase.web(s.marker());
        marker.post(record, record + "/proposals/" + proposal + "/confirm", Map.of()).then().statusCode(303);
        s.restrict("fact:" + world.lastId("case_facts", s.caseId()), "adoption");

        WebSession other = ConfidentialCase.web(s.other());
        String page = other.get(record).then().statusCode(200).extract().asString();
        assertFalse(page.contains("prospective adopters"), "neither the fact nor the proposal that made it");
        String history = other.get(record + "/history/proposals").then().statusCode(200).extract().asString();
        assertFalse(history.contains("prospective adopters"), history);
        assertTrue(history.contains("Withheld: restricted (Adoption)"), "the row says it is withheld, and why");
        assertTrue(marker.get(record + "/history/proposals").asString().contains("prospective adopters"),
                "who may see it still does");
    }

}
