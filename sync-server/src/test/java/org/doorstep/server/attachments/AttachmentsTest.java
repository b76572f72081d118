package org.doorstep.server.attachments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.media.AttachmentRules;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AttachmentsTest {

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    /** A team's practitioner with a tablet, their supervisor, a second supervisor, the manager, and a case. */
    record Team(String practitioner, String supervisor, String other, String caseId, Tablet tablet) {
        static Team in(TestWorld world) {
            String team = TestWorld.unique("Files Team");
            String practitioner = world.staff(Staff.PRACTITIONER, team);
            String supervisor = world.staff(Staff.SUPERVISOR, team);
            String other = world.staff(Staff.SUPERVISOR, team);
            world.staff(Staff.MANAGER, team);
            return new Team(practitioner, supervisor, other, world.childCase(practitioner), Tablet.enrolled(practitioner));
        }
    }

    static byte[] photo(String what) {
        return ("\u00ff\u00d8 a photo of " + what + " " + TestWorld.unique("")).getBytes(StandardCharsets.ISO_8859_1);
    }

    static Attachment ref(String name, byte[] bytes) {
        return new Attachment(name, "image/jpeg", bytes.length, AttachmentRules.sha256(bytes));
    }

    static Response put(Tablet tablet, String sha256, byte[] bytes) {
        return given().header("Authorization", "Bearer " + tablet.token).contentType("application/octet-stream")
                .body(bytes).put("/api/v1/attachments/" + sha256);
    }

    @Test
    @DisplayName("R1-media: a signed note's photo shows as waiting, never verified, until its bytes arrive; then "
            + "verified and downloadable with the same bytes; a resend is answered 200 and kept once")
    void waitingThenVerified() {
        Team t = Team.in(world);
        byte[] bytes = photo("the bedroom");
        Attachment a = ref("bedroom.jpg", bytes);
        VisitNote visit = t.tablet().visit(t.caseId()).withAttachments(List.of(a));
        t.tablet().post(t.tablet().sign(visit)).then().statusCode(201);

        WebSession web = WebSession.signIn(t.supervisor(), TestWorld.PASSWORD);
        String page = web.get("/workspace/visits/" + visit.noteId()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("bedroom.jpg") && page.contains("Waiting for the file"), "signed, bytes not here yet");
        assertFalse(page.contains("ds-file-verified"), "never shown as verified before its bytes arrive");
        String record = web.get("/workspace/cases/" + t.caseId()).then().statusCode(200).extract().asString();
        assertTrue(record.contains("Waiting for the file"));
        web.get("/workspace/cases/" + t.caseId() + "/files/" + a.sha256()).then().statusCode(404);

        put(t.tablet(), a.sha256(), bytes).then().statusCode(201);
        put(t.tablet(), a.sha256(), bytes).then().statusCode(200);
        assertEquals(1, stored(a.sha256()));

        page = web.get("/workspace/visits/" + visit.noteId()).asString();
        assertTrue(page.contains("ds-file-verified") && !page.contains("Waiting for the file"));
        Response download = web.get("/workspace/cases/" + t.caseId() + "/files/" + a.sha256());
        download.then().statusCode(200).header("Content-Type", containsString("image/jpeg"))
                .header("Content-Disposition", containsString("attachment; filename=\"bedroom.jpg\""))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertArrayEquals(bytes, download.asByteArray());
        assertTrue(world.accessLogged(t.caseId(), t.supervisor()) > 0, "each view and download is access-logged");
    }

    @Test
    @DisplayName("R1-media: bytes that do not match the signed hash are refused (422 problem) and nothing is stored; "
            + "nor are bytes no signed note of this tablet names, even another tablet's")
    void mismatchRefusedNothingStored() {
        Team t = Team.in(world);
        byte[] bytes = photo("a bruise");
        Attachment a = ref("arm.jpg", bytes);
        VisitNote visit = t.tablet().visit(t.caseId()).withAttachments(List.of(a));
        t.tablet().post(t.tablet().sign(visit)).then().statusCode(201);

        byte[] changed = bytes.clone();
        changed[changed.length - 1] ^= 1;
        put(t.tablet(), a.sha256(), changed).then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("attachment-hash-mismatch"));
        assertEquals(0, stored(a.sha256()));
        assertEquals(0, stored(AttachmentRules.sha256(changed)));

        // Bytes matching their own address, but no signed note of this tablet names them.
        put(t.tablet(), AttachmentRules.sha256(changed), changed).then().statusCode(422)
                .body("type", containsString("attachment-not-signed"));
        assertEquals(0, stored(AttachmentRules.sha256(changed)));

        // Another tablet cannot send the file a note of this one signed.
        Tablet stranger = Tablet.enrolled(world.staff(Staff.PRACTITIONER, TestWorld.unique("Other Team")));
        put(stranger, a.sha256(), bytes).then().statusCode(422).body("type", containsString("attachment-not-signed"));
        assertEquals(0, stored(a.sha256()));

        put(t.tablet(), "not-a-hash", bytes).then().statusCode(400);
        given().contentType("application/octet-stream").body(bytes).put("/api/v1/attachments/" + a.sha256())
                .then().statusCode(401);
        assertEquals(0, stored(a.sha256()));
    }

    @Test
    @DisplayName("R1-media: a file over 10 MB is refused with a problem that says the limit, and a note naming one is refused")
    void tooLarge() {
        Team t = Team.in(world);
        byte[] big = new byte[(int) AttachmentRules.MAX_BYTES + 1];
        put(t.tablet(), AttachmentRules.sha256(big), big).then().statusCode(413)
                .body("type", containsString("attachment-too-large")).body("detail", containsString("at most 10 MB"));
        assertEquals(0, stored(AttachmentRules.sha256(big)));

        VisitNote visit = t.tablet().visit(t.caseId()).withAttachments(List.of(
                new Attachment("scan.pdf", "application/pdf", AttachmentRules.MAX_BYTES + 1, AttachmentRules.sha256(big))));
        t.tablet().post(t.tablet().sign(visit)).then().statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.hasItem("attachments"));
    }

    @Test
    @DisplayName("R1-media R7-restricted: a restricted visit's files are withheld from a supervisor without access: "
            + "counted on the case record, not listed, not downloadable")
    void restrictedVisitFilesWithheld() {
        Team t = Team.in(world);
        byte[] bytes = photo("the kitchen");
        Attachment a = ref("kitchen.jpg", bytes);
        VisitNote visit = t.tablet().visit(t.caseId()).withAttachments(List.of(a));
        t.tablet().post(t.tablet().sign(visit)).then().statusCode(201);
        put(t.tablet(), a.sha256(), bytes).then().statusCode(201);
        String page = "/workspace/cases/" + t.caseId() + "/restrictions";
        WebSession.signIn(t.supervisor(), TestWorld.PASSWORD).post(page, page, Map.of("item", "entry:" + visit.noteId(),
                "reason", "adoption", "explanation", "Adoption details.")).then().statusCode(303);

        WebSession other = WebSession.signIn(t.other(), TestWorld.PASSWORD);
        String files = other.get("/workspace/cases/" + t.caseId() + "/files").then().statusCode(200).extract().asString();
        assertFalse(files.contains("kitchen.jpg"));
        assertTrue(files.contains("1 restricted file is not shown"));
        other.get("/workspace/cases/" + t.caseId() + "/files/" + a.sha256()).then().statusCode(404);
        assertTrue(WebSession.signIn(t.supervisor(), TestWorld.PASSWORD)
                .get("/workspace/cases/" + t.caseId() + "/files").asString().contains("kitchen.jpg"));
    }

    @Test
    @DisplayName("R1-media: a document uploaded to the case is stored by its hash and listed; a program or a missing "
            + "title is refused beside its field and nothing is stored")
    void caseDocumentUpload() {
        Team t = Team.in(world);
        WebSession web = WebSession.signIn(t.supervisor(), TestWorld.PASSWORD);
        String files = "/workspace/cases/" + t.caseId() + "/files";
        byte[] pdf = ("%PDF-1.4 interim care order " + TestWorld.unique("")).getBytes(StandardCharsets.US_ASCII);

        String refused = multipart(web, files).multiPart("kind", "court-order").multiPart("title", " ")
                .multiPart("file", "run.exe", "MZ".getBytes(StandardCharsets.US_ASCII), "application/octet-stream")
                .post(files).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("id=\"title-error\"") && refused.contains("id=\"file-error\""));
        assertEquals(0, documents(t.caseId()));

        multipart(web, files).multiPart("kind", "court-order").multiPart("title", "Interim care order, 3 November 2026")
                .multiPart("file", "ICO.pdf", pdf, "application/pdf").post(files).then().statusCode(303);
        assertEquals(1, documents(t.caseId()));
        assertEquals(1, stored(AttachmentRules.sha256(pdf)));
        String record = web.get("/workspace/cases/" + t.caseId()).asString();
        assertTrue(record.contains("Interim care order, 3 November 2026") && record.contains("Court order"));
        assertArrayEquals(pdf, web.get(files + "/" + AttachmentRules.sha256(pdf)).then().statusCode(200)
                .contentType(containsString("application/pdf")).extract().asByteArray());
    }

    static io.restassured.specification.RequestSpecification multipart(WebSession web, String formPage) {
        Response page = web.get(formPage);
        web.cookies.putAll(page.getCookies());
        String html = page.asString();
        String marker = "name=\"csrf-token\" value=\"";
        int at = html.indexOf(marker) + marker.length();
        return web.request().multiPart("csrf-token", html.substring(at, html.indexOf('"', at)));
    }

    @Transactional
    long stored(String sha256) {
        return ((Number) em.createNativeQuery("select count(*) from attachment_files where sha256 = ?1")
                .setParameter(1, sha256).getSingleResult()).longValue();
    }

    @Transactional
    long documents(String caseId) {
        return ((Number) em.createNativeQuery("select count(*) from case_documents where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }
}
