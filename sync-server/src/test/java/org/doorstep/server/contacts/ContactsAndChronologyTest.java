package org.doorstep.server.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Other contacts and chronology lines (R5.3-contacts, R5.5-chronology) over real HTTP on real MariaDB:
 * the workspace forms refuse bad input beside the field and store nothing; the tablet's own client
 * records a contact on a case it covers (R14-cover) and is refused on one it does not hold.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ContactsAndChronologyTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    TestWorld world;

    @TestHTTPResource("/")
    URI base;

    @Test
    @DisplayName("R5.5-chronology: a line with an unknown category and a date that is not a date gets a message beside each "
            + "field and stores nothing; a line from before the case opened, with its category and source, is added")
    void chronologyLineForm() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Chronology Child");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String form = "/workspace/cases/" + caseId + "/chronology/new";
        long before = world.chronologyLines(caseId);
        String html = web.post(form, form, Map.of("date", "4th of September", "category", "hobbies",
                "fact", "Started at Elm Road Primary School", "source", "School admission record")).then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("id=\"date-error\"") && html.contains("Enter a real date, for example 2026-03-31"));
        assertTrue(html.contains("id=\"category-error\"") && html.contains("Choose what the fact is about: one of health, "
                + "education, legal-status, placement, offences, family."));
        assertTrue(html.contains("href=\"#category\""), "the error summary links to the first choice");
        assertEquals(before, world.chronologyLines(caseId));

        web.post(form, form, Map.of("date", "2019-09-04", "category", "education", "fact", "Started at Elm Road Primary School",
                "source", "School admission record")).then().statusCode(303);
        assertEquals(before + 1, world.chronologyLines(caseId));
        String record = web.get("/workspace/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(record.contains("Education</strong> Started at Elm Road Primary School"));
    }

    @Test
    @DisplayName("R5.3-contacts: a contact dated in the future with no way of contact is refused beside the fields and stores nothing")
    void contactForm() {
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Contact Child");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        String form = "/workspace/cases/" + caseId + "/contacts/new";
        String html = web.post(form, form, Map.of("date", TODAY.plusDays(2).toString(), "withWhom", "Mr Patel",
                "what", "Called about attendance")).then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"date-error\"") && html.contains("the date cannot be in the future"));
        assertTrue(html.contains("id=\"method-error\""));
        assertTrue(html.contains("value=\"Mr Patel\""), "what was typed is kept");
        assertEquals(0, world.rows("case_contacts", caseId));
    }

    @Test
    @DisplayName("R5.3-contacts R14-cover: the tablet's client records a contact on a case its practitioner covers; on a case "
            + "they neither hold nor cover it is refused with case-not-allocated and nothing is stored")
    void contactFromTheTablet() {
        String covering = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER), "Covered Contact Child");
        String notTheirs = world.childCase(world.staff(Staff.PRACTITIONER), "Not Theirs");
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR), TestWorld.PASSWORD);
        web.post("/workspace/cases/" + caseId + "/cover", "/workspace/cases/" + caseId + "/cover", Map.of(
                "practitioner", covering, "until", TODAY.plusDays(5).toString(), "reason", "On leave")).then().statusCode(303);
        ServerApi api = org.doorstep.server.Tablet.client(base, covering);
        ContactRecord call = new ContactRecord(TODAY, "call", "Mr Patel, class teacher", "Maya was in school all week.",
                null, null, null);
        assertEquals("Mr Patel, class teacher", api.recordContact(caseId, call).withWhom());
        assertEquals(1, world.rows("case_contacts", caseId));

        ApiException refused = assertThrows(ApiException.class, () -> api.recordContact(notTheirs, call));
        assertEquals(403, refused.status());
        assertTrue(refused.problem().type().endsWith("case-not-allocated"), refused.problem().type());
        assertEquals(0, world.rows("case_contacts", notTheirs));
    }
}
