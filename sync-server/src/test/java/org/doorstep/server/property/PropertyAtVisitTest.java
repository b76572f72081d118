package org.doorstep.server.property;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.doorstep.model.json.Json;
import org.doorstep.model.property.PropertyChange;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.PropertyLine;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The child's property changed from the tablet at a visit, over HTTP against the real database (R5.4-child-property). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PropertyAtVisitTest {

    @Inject
    TestWorld world;

    @Inject
    PropertyRows rows;

    @Test
    @DisplayName("R5.4-child-property: the tablet's caseload carries the list; a visit's signed changes (added, moved, lost) "
            + "are applied at merge with the visit named in the history; a change to another case's item, or a move with no place, is refused and changes nothing")
    void visitChangesApplied() {
        Team t = team("Property Visit Team");
        String practitioner = t.practitioner();
        String caseId = t.caseId();
        Tablet tablet = t.tablet();
        assertEquals(List.of(), summary(tablet, caseId).property(), "a child looked after: an empty list, offered");

        WebSession web = t.web();
        String page = "/workspace/cases/" + caseId + "/property";
        web.post(page, page, Map.of("description", "Blue bike", "location", "At his mother's home")).then().statusCode(303);
        web.post(page, page, Map.of("description", "Red coat", "location", "At school")).then().statusCode(303);
        List<PropertyLine> listed = summary(tablet, caseId).property();
        assertEquals(List.of("Blue bike", "Red coat"), listed.stream().map(PropertyLine::description).toList());
        long bike = listed.get(0).id();
        long coat = listed.get(1).id();

        // Another case's item: refused as a problem, nothing written.
        String other = world.childCase(practitioner, "Amy Grant");
        VisitNote wrong = tablet.visit(other).withPropertyChanges(List.of(PropertyChange.of(PropertyChange.Kind.MOVED, bike, "Lost?")));
        tablet.post(tablet.sign(wrong)).then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("type", containsString("property-item-unknown"));
        assertEquals(2, rows.moves(caseId));
        // A move with no place: refused by the note's rules, named by field, nothing written.
        VisitNote blank = tablet.visit(caseId).withPropertyChanges(List.of(PropertyChange.of(PropertyChange.Kind.MOVED, bike, " ")));
        tablet.post(tablet.sign(blank)).then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("propertyChanges"));
        assertEquals(2, rows.moves(caseId));

        VisitNote visit = tablet.visit(caseId).withPropertyChanges(List.of(
                PropertyChange.of(PropertyChange.Kind.MOVED, bike, "With Leo at the foster home"),
                PropertyChange.of(PropertyChange.Kind.LOST, coat, null),
                PropertyChange.added("Photo album of his nan", "In his bedroom at the foster home")));
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        assertEquals(3, rows.items(caseId));
        assertEquals(5, rows.moves(caseId));

        String html = web.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("With Leo at the foster home"), html);
        assertTrue(html.contains("Photo album of his nan"));
        assertTrue(html.contains("Noted lost</strong>"), "the coat is noted lost, last seen at school");
        assertTrue(html.contains(" at the visit of "), "the history names the visit");

        List<PropertyLine> after = summary(tablet, caseId).property();
        assertTrue(after.stream().anyMatch(p -> p.id() == coat && p.lost() && p.location().equals("At school")));
        assertTrue(after.stream().anyMatch(p -> p.description().equals("Photo album of his nan")));

        // Posting the same note again changes nothing more.
        tablet.post(tablet.sign(visit)).then().statusCode(200);
        assertEquals(5, rows.moves(caseId));
        assertNull(summary(tablet, other).property(), "a child not looked after with nothing listed: no list offered");
    }

    @Test
    @DisplayName("R5.4-child-property: a signed correction applies the property changes it adds (a move, a new item) with the "
            + "correction named in the history; the changes it repeats from the version it corrects are not applied twice; "
            + "a change to another case's item in a correction is refused and changes nothing")
    void correctionAppliesItsOwnChanges() {
        Team t = team("Property Correction Team");
        String practitioner = t.practitioner();
        String caseId = t.caseId();
        Tablet tablet = t.tablet();
        WebSession web = t.web();
        String page = "/workspace/cases/" + caseId + "/property";
        web.post(page, page, Map.of("description", "Blue bike", "location", "At his mother's home")).then().statusCode(303);
        long bike = summary(tablet, caseId).property().get(0).id();

        PropertyChange moved = PropertyChange.of(PropertyChange.Kind.MOVED, bike, "With Leo at the foster home");
        PropertyChange album = PropertyChange.added("Photo album of his nan", "In his bedroom at the foster home");
        VisitNote visit = tablet.visit(caseId).withPropertyChanges(List.of(moved, album));
        tablet.post(tablet.sign(visit)).then().statusCode(201);
        assertEquals(2, rows.items(caseId));
        assertEquals(3, rows.moves(caseId));

        // The correction is opened on what was signed (both changes) and adds what the practitioner left out.
        String other = world.childCase(practitioner, "Amy Grant");
        rows.lookedAfter(other);
        web.post("/workspace/cases/" + other + "/property", "/workspace/cases/" + other + "/property",
                Map.of("description", "Amy's scooter", "location", "At school")).then().statusCode(303);
        long scooter = summary(tablet, other).property().get(0).id();
        VisitNote wrong = tablet.correction(visit, "The bike went on to his nan's", n -> { })
                .withPropertyChanges(List.of(moved, album, PropertyChange.of(PropertyChange.Kind.MOVED, scooter, "At Leo's nan's")));
        tablet.post(tablet.sign(wrong)).then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("type", containsString("property-item-unknown"));
        assertEquals(3, rows.moves(caseId));

        VisitNote correction = tablet.correction(visit, "The bike went on to his nan's; his school shoes were not listed", n -> { })
                .withPropertyChanges(List.of(moved, album,
                        PropertyChange.of(PropertyChange.Kind.MOVED, bike, "At his nan's, in her shed"),
                        PropertyChange.added("School shoes", "By the door at the foster home")));
        tablet.post(tablet.sign(correction)).then().statusCode(201);
        assertEquals(3, rows.items(caseId), "the album is not added twice; the shoes are added");
        assertEquals(5, rows.moves(caseId), "the bike's move and the shoes' place, not the earlier version's again");

        List<PropertyLine> after = summary(tablet, caseId).property();
        assertTrue(after.stream().anyMatch(p -> p.id() == bike && p.location().equals("At his nan's, in her shed")), after.toString());
        assertEquals(1, after.stream().filter(p -> p.description().equals("Photo album of his nan")).count());
        assertTrue(after.stream().anyMatch(p -> p.description().equals("School shoes")));
        String html = web.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("At his nan&#39;s, in her shed") || html.contains("At his nan's, in her shed"), html);
        assertTrue(html.contains(" by the correction signed "), "the history names the correction");
        assertTrue(html.contains(" at the visit of "), "and the earlier place its visit");

        tablet.post(tablet.sign(correction)).then().statusCode(200);
        assertEquals(5, rows.moves(caseId), "posted again: nothing more");
    }

    /** A team of its own with a practitioner's tablet, Leo Grant looked after, and a supervisor signed in. */
    private record Team(String practitioner, String caseId, Tablet tablet, WebSession web) {
    }

    private Team team(String name) {
        String team = TestWorld.unique(name);
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Leo Grant");
        rows.lookedAfter(caseId);
        return new Team(practitioner, caseId, Tablet.enrolled(practitioner),
                WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD));
    }

    private static CaseSummary summary(Tablet t, String caseId) {
        Caseload load = Json.read(given().header("Authorization", "Bearer " + t.token).get("/api/v1/caseload")
                .then().statusCode(200).extract().asString(), Caseload.class);
        return load.cases().stream().filter(c -> c.caseId().equals(caseId)).findFirst().orElseThrow();
    }
}
