package org.doorstep.server.confidential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SharingAndAccessTest {

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Test
    @DisplayName("R6-consent R7-shared-log: consent is recorded and withdrawn; a disclosure on consent needs consent in force; "
            + "sharing without consent is refused to a supervisor and recorded as a manager's decision; the case record "
            + "shows the sharing log")
    void consentAndSharing() {
        ConfidentialCase s = ConfidentialCase.in(world);
        String page = "/workspace/cases/" + s.caseId() + "/sharing";
        WebSession supervisor = ConfidentialCase.web(s.marker());
        supervisor.post(page, page + "/consents", Map.of("givenBy", "Jade Smith (mother)", "purpose", "School attendance",
                "sharedWith", "Northfield Primary", "how", "", "givenOn", "2026-02-31")).then().statusCode(400);
        assertEquals(0, count("consents", s.caseId()), "a refused form stores nothing");
        supervisor.post(page, page + "/consents", Map.of("givenBy", "Jade Smith (mother)", "purpose", "School attendance",
                "sharedWith", "Northfield Primary", "how", "Signed form at the visit", "givenOn", "2026-12-01")).then().statusCode(303);
        long consent = id("consents", s.caseId());

        String refused = supervisor.post(page, page + "/disclosures", Map.of("to", "Police, DC Patel", "what", "Address",
                "why", "Risk to the child", "basis", "safeguarding", "on", "2026-12-02")).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Sharing without consent is a manager"), refused);
        assertEquals(0, count("disclosures", s.caseId()));

        supervisor.post(page, page + "/disclosures", Map.of("to", "Northfield Primary, Ms Ellis", "what", "Attendance worries",
                "why", "To plan support at school", "basis", "consent", "consent", Long.toString(consent), "on", "2026-12-02"))
                .then().statusCode(303);
        ConfidentialCase.web(s.manager()).post(page, page + "/disclosures", Map.of("to", "Police, DC Patel",
                "what", "The child's address", "why", "Risk of serious harm", "basis", "safeguarding", "on", "2026-12-02"))
                .then().statusCode(303);
        assertEquals(1, world.decisions(s.caseId(), SharingLog.WITHOUT_CONSENT));

        supervisor.post(page, page + "/consents/" + consent + "/withdraw", Map.of("withdrawnOn", "2026-12-02")).then().statusCode(303);
        supervisor.post(page, page + "/disclosures", Map.of("to", "Northfield Primary", "what", "More", "why", "Again",
                "basis", "consent", "consent", Long.toString(consent), "on", "2026-12-02")).then().statusCode(400);
        assertEquals(2, count("disclosures", s.caseId()));

        String record = supervisor.get("/workspace/cases/" + s.caseId()).then().statusCode(200).extract().asString();
        assertTrue(record.contains("Sharing log") && record.contains("Northfield Primary, Ms Ellis")
                && record.contains("Safeguarding a child (without consent)"), "the case record shows each disclosure");
    }

    @Test
    @DisplayName("R8-access R7-restricted: a request is logged with its due date (one month, next working day); the bundle's "
            + "text holds the child's views and the visit facts and no restricted or third-party statement; the redaction "
            + "list names each, for the manager only; release needs the originator consulted and is a disclosure and a decision")
    void accessToRecords() throws Exception {
        ConfidentialCase s = ConfidentialCase.in(world).policeRestricted();
        String page = "/workspace/cases/" + s.caseId() + "/access-requests";
        WebSession manager = ConfidentialCase.web(s.manager());
        manager.post(page, page, Map.of("requestedBy", "Amelia Smith", "relationship", "", "receivedOn", "yesterday"))
                .then().statusCode(400);
        assertEquals(0, count("access_requests", s.caseId()));
        // Received Saturday 31 January 2026: a month on is Saturday 28 February, so due Monday 2 March.
        manager.post(page, page, Map.of("requestedBy", "Amelia Smith", "relationship", "The child herself",
                "receivedOn", "2026-01-31")).then().statusCode(303);
        long id = id("access_requests", s.caseId());
        String request = page + "/" + id;

        byte[] pdf = manager.get(request + "/bundle.pdf").then().statusCode(200).extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(ConfidentialCase.CHILD_VIEWS), text);
        assertTrue(text.contains("Visited at home. The house was warm and clean."), "the visit's facts");
        assertTrue(text.contains("Home visit at Family home"), "the chronology");
        assertFalse(text.contains("arrested") || text.contains("DC Patel"), "no restricted statement");
        assertFalse(text.contains("on time every day") || text.contains("Mr Jones"), "no third-party statement");

        String managerPage = manager.get(request).then().statusCode(200).extract().asString();
        assertTrue(managerPage.contains("2 March 2026"), "due the next working day after a month");
        assertTrue(managerPage.contains("arrested") && managerPage.contains("Restricted: Police information"));
        assertTrue(managerPage.contains("on time every day") && managerPage.contains("Third-party information"));
        String supervisorPage = ConfidentialCase.web(s.other()).get(request).then().statusCode(200).extract().asString();
        assertFalse(supervisorPage.contains("arrested") || supervisorPage.contains("on time every day"),
                "the redaction list is the manager's only");
        ConfidentialCase.web(s.other()).get(request + "/bundle.pdf").then().statusCode(403);

        manager.post(request, request + "/release", Map.of()).then().statusCode(400);
        assertEquals(0, count("disclosures", s.caseId()), "not released before the originator is consulted");
        manager.post(request, request + "/consultations", Map.of("originator", s.practitioner(), "askedOn", "2026-02-02"))
                .then().statusCode(303);
        manager.post(request, request + "/consultations/" + id("access_request_consultations", "request_id", id)
                + "/answer", Map.of("answer", "agrees")).then().statusCode(303);
        manager.post(request, request + "/release", Map.of()).then().statusCode(303);
        assertEquals(1, count("disclosures", s.caseId()));
        assertEquals(1, world.decisions(s.caseId(), SharingLog.RELEASED_TO_FAMILY));
        assertTrue(manager.get("/workspace/cases/" + s.caseId()).asString().contains("Amelia Smith (The child herself)"));
    }

    @Test
    @DisplayName("R8-access: the originator's consultation is a step of its own: the manager chooses the practitioner "
            + "who wrote the withheld items (offered first, with how many), records when they asked and the answer; "
            + "release is refused with a message beside the field while an answer is awaited, an objection needs its "
            + "reason, and a reason to release without lets it go; all shown on the request page")
    void originatorConsulted() {
        ConfidentialCase s = ConfidentialCase.in(world).policeRestricted();
        String page = "/workspace/cases/" + s.caseId() + "/access-requests";
        WebSession manager = ConfidentialCase.web(s.manager());
        manager.post(page, page, Map.of("requestedBy", "Amelia Smith", "relationship", "The child herself",
                "receivedOn", "2026-01-31")).then().statusCode(303);
        long id = id("access_requests", s.caseId());
        String request = page + "/" + id;
        String form = manager.get(request).then().statusCode(200).extract().asString();
        assertTrue(form.contains("(originator of 2 items withheld)"), "the practitioner who wrote both statements, first");

        String refused = manager.post(request, request + "/consultations", Map.of("originator", "", "askedOn", "2026-02-02"))
                .then().statusCode(400).extract().asString();
        assertTrue(refused.contains("id=\"originator-error\"") && refused.contains("Choose whom you asked"));
        manager.post(request, request + "/consultations", Map.of("originator", s.practitioner(), "askedOn", "2026-02-02"))
                .then().statusCode(303);
        long asked = id("access_request_consultations", "request_id", id);
        String waiting = manager.post(request, request + "/release", Map.of()).then().statusCode(400).extract().asString();
        assertTrue(waiting.contains("id=\"without-error\"") && waiting.contains("1 originator has not answered yet"));
        String objection = manager.post(request, request + "/consultations/" + asked + "/answer", Map.of("answer", "objects"))
                .then().statusCode(400).extract().asString();
        assertTrue(objection.contains("Say why they object"));
        assertEquals(0, count("disclosures", s.caseId()), "nothing released while refused");

        manager.post(request, request + "/consultations/" + asked + "/answer", Map.of("answer", "objects",
                "answerReason", "The police statement must wait for the trial")).then().statusCode(303);
        manager.post(request, request + "/consultations", Map.of("originator", s.marker(), "askedOn", "2026-02-03"))
                .then().statusCode(303);
        manager.post(request, request + "/release", Map.of("without", "Left the service; no answer in two weeks"))
                .then().statusCode(303);
        assertEquals(1, count("disclosures", s.caseId()));
        String shown = manager.get(request).then().statusCode(200).extract().asString();
        assertTrue(shown.contains("Objects") && shown.contains("The police statement must wait for the trial"));
        assertTrue(shown.contains("Waiting for an answer") && shown.contains("Left the service; no answer in two weeks"));
        assertTrue(ConfidentialCase.web(s.other()).get(request).asString().contains("Objects"),
                "a supervisor reads the consultation too");
    }

    @Transactional
    long id(String table, String column, long value) {
        return ((Number) em.createNativeQuery("select max(id) from " + table + " where " + column + " = ?1")
                .setParameter(1, value).getSingleResult()).longValue();
    }

    @Transactional
    long count(String table, String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where case_id = ?1").setParameter(1, caseId)
                .getSingleResult()).longValue();
    }

    @Transactional
    long id(String table, String caseId) {
        return ((Number) em.createNativeQuery("select max(id) from " + table + " where case_id = ?1").setParameter(1, caseId)
                .getSingleResult()).longValue();
    }
}
