package org.doorstep.server.property;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.workspace.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The child's property over HTTP against the real database (R5.4-child-property). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ChildPropertyTest {

    @Inject
    TestWorld world;

    @Inject
    PropertyRows rows;

    @Test
    @DisplayName("R5.4-child-property: a belonging is added with where it is, moved and returned to the child with its history kept, shown on the case record; a blank or too long entry gets an error beside the field and changes nothing; another team's supervisor cannot see it")
    void belongingsWithHistory() {
        String team = TestWorld.unique("Property Team");
        String caseId = world.childCase(world.staff(Staff.PRACTITIONER, team), "Leo Grant");
        rows.lookedAfter(caseId);
        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        String page = "/workspace/cases/" + caseId + "/property";
        web.get("/workspace/cases/" + caseId).then().statusCode(200).body(containsString("For a child looked after, record"));

        web.post(page, page, Map.of("description", " ", "location", "x".repeat(301))).then().statusCode(400)
                .body(containsString("href=\"#property-description\""))
                .body(containsString("id=\"property-location-error\""))
                .body(containsString("Where it is must be 300 characters or fewer"));
        assertEquals(0, rows.items(caseId), "nothing added");

        web.post(page, page, Map.of("description", "Blue bike with a basket", "location", "At his mother's home, in the shed"))
                .then().statusCode(303).header("Location", containsString("done=added"));
        long item = rows.firstItem(caseId);
        String move = page + "/" + item + "/moves";
        web.post(page, move, Map.of("location", "")).then().statusCode(400)
                .body(containsString("href=\"#move-" + item + "\""))
                .body(containsString("Enter where the item is now"));
        assertEquals(1, rows.moves(caseId));
        web.post(page, move, Map.of("location", "In storage at the council office")).then().statusCode(303);
        web.post(page, move, Map.of("location", "With Leo at the foster home", "returned", "yes")).then().statusCode(303);
        assertEquals(3, rows.moves(caseId), "each place kept");

        String html = web.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Returned to the child</strong></p>\n  <p class=\"govuk-body\"><span class=\"govuk-!-font-weight-bold\">"
                + "Where it is now:</span> With Leo at the foster home"), html);
        assertTrue(html.contains("Earlier places (2)") && html.contains("In storage at the council office")
                && html.contains("At his mother&#39;s home, in the shed"));
        web.get("/workspace/cases/" + caseId).then().body(containsString("Blue bike with a basket: returned to the child"));
        web.get("/workspace/cases/" + caseId + "/access-log").then().body(containsString("The child&#39;s property"));

        WebSession stranger = WebSession.signIn(world.staff(Staff.SUPERVISOR, TestWorld.unique("Other Team")), TestWorld.PASSWORD);
        stranger.get(page).then().statusCode(404);
        assertEquals(3, rows.moves(caseId));
    }
}
