package org.doorstep.server.notes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.forms.FormWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ingest and the form version's life: only an approved version's notes enter the record (R2-form-approval). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class FormVersionIngestTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestWorld world;

    @Inject
    FormWorld forms;

    String manager;
    String caseId;
    Tablet tablet;

    @BeforeEach
    void seed() {
        manager = world.staff(Staff.MANAGER);
        String practitioner = world.staff(Staff.PRACTITIONER);
        caseId = world.childCase(practitioner);
        tablet = Tablet.enrolled(practitioner);
    }

    private SignedNote capturedWith(String version) {
        return tablet.sign(Tablet.with(tablet.visit(caseId), n -> n.put("formVersion", version)));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    @Test
    @DisplayName("R2-form-approval: a note on a version the server does not know is 422 unapproved-form-version, \"not known to this server\"; nothing stored")
    void unknown() {
        String version = FormWorld.newId();
        tablet.post(capturedWith(version)).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://doorstep.example/problems/unapproved-form-version"))
                .body("detail", equalTo("Form version " + version + " is not known to this server; update the app."));
        assertEquals(0, world.entries(caseId));
        assertEquals(0, world.chronologyLines(caseId));
    }

    @Test
    @DisplayName("R2-form-approval: a note on a proposed version is 422 unapproved-form-version, \"not yet approved by a manager\"; nothing stored; once approved it is accepted")
    void proposed() {
        String version = forms.proposed(manager);
        SignedNote note = capturedWith(version);
        tablet.post(note).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://doorstep.example/problems/unapproved-form-version"))
                .body("detail", equalTo("Form version " + version + " is not yet approved by a manager; notes captured "
                        + "with it cannot be accepted until it is."));
        assertEquals(0, world.entries(caseId));
        assertEquals(0, world.chronologyLines(caseId));
        assertEquals(0, world.notesWithId(note.noteId()));

        forms.approveProposed(manager, version);
        tablet.post(note).then().statusCode(201);
        assertEquals(1, world.entries(caseId));
    }

    @Test
    @DisplayName("R2-form-approval: a note on a retired version is 422 retired-form-version naming when, who and why; a stored note on it stays, still shows, and its resend gets its receipt")
    void retired() {
        String version = forms.approved(manager);
        SignedNote stored = capturedWith(version);
        Response first = tablet.post(stored);
        first.then().statusCode(201);
        String receipt = first.asString();

        forms.retire(manager, version, "Replaced by visit-2, which asks about the privacy notice");
        SignedNote late = capturedWith(version);
        tablet.post(late).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://doorstep.example/problems/retired-form-version"))
                .body("title", equalTo("Retired form version"))
                .body("detail", equalTo("Form version " + version + " was retired on " + today() + " by Test manager "
                        + manager.substring(manager.length() - 4) + ": Replaced by visit-2, which asks about the "
                        + "privacy notice; update the app."));
        assertEquals(0, world.notesWithId(late.noteId()));
        assertEquals(1, world.entries(caseId));
        assertEquals(1, world.chronologyLines(caseId));

        // The note already in the record is untouched: same stored bytes, same receipt on a resend, still in the record.
        String json = world.storedNoteJson(stored.noteId());
        tablet.post(stored).then().statusCode(200);
        assertEquals(receipt, tablet.post(stored).asString());
        assertEquals(json, world.storedNoteJson(stored.noteId()));
        tablet.record(caseId).then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].noteId", equalTo(stored.noteId()))
                .body("entries[0].visit.formVersion", equalTo(version))
                .body("chainIntact", equalTo(true));

        // In a batch too: the new note is refused on its own, the stored one answers as a duplicate.
        tablet.postBatch(new NoteBatch(List.of(stored, late))).then().statusCode(200)
                .body("outcomes[0].status", equalTo("DUPLICATE"))
                .body("outcomes[1].status", equalTo("REJECTED"))
                .body("outcomes[1].problem.type", equalTo("https://doorstep.example/problems/retired-form-version"));
        assertEquals(1, world.entries(caseId));
    }

    @Test
    @DisplayName("R2-form-approval: the caseload lists the approved form versions, so the tablet can warn before signing; proposed and retired ones are not listed")
    void caseloadListsApproved() {
        String proposed = forms.proposed(manager);
        String approved = forms.approved(manager);
        String retired = forms.approved(manager);
        forms.retire(manager, retired, "Replaced");
        given().header("Authorization", "Bearer " + tablet.token).get("/api/v1/caseload").then().statusCode(200)
                .body("approvedFormVersions", hasItems("visit-1", "visit-2", approved))
                .body("approvedFormVersions", not(hasItem(proposed)))
                .body("approvedFormVersions", not(hasItem(retired)));
    }
}
