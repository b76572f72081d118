package org.doorstep.server.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SigningTimeFlagTest {

    @Inject
    TestWorld world;

    @Inject
    Tampering tampering;

    @Inject
    org.doorstep.server.forms.FormWorld forms;

    @Test
    @DisplayName("R9-timely: a note whose signing time is before its tablet's previous sync, which did not carry it, is flagged; signed and received times show side by side")
    void signingTimeBeforeAnEarlierSyncIsFlagged() {
        String team = TestWorld.unique("Clock team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String caseId = world.childCase(practitioner, "Clock Child");
        Tablet tablet = Tablet.enrolled(practitioner);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VisitNote earlier = tablet.visit(caseId);
        tablet.post(tablet.sign(earlier)).then().statusCode(201);
        // The tablet's previous sync was two hours ago.
        tampering.receivedAt(earlier.noteId(), now.minus(2, ChronoUnit.HOURS));

        VisitNote backdated = tablet.visit(caseId, "Visited at home; all well.", now.minus(4, ChronoUnit.HOURS),
                now.minus(3, ChronoUnit.HOURS));
        tablet.post(tablet.sign(backdated)).then().statusCode(201);
        VisitNote heldOffline = tablet.visit(caseId, "Visited at home; all well.", now.minus(1, ChronoUnit.HOURS),
                now.minus(30, ChronoUnit.MINUTES));
        tablet.post(tablet.sign(heldOffline)).then().statusCode(201);

        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        web.get("/workspace/visits/" + backdated.noteId()).then().statusCode(200)
                .body(containsString("Check the signing time"))
                .body(containsString("Signed on the tablet")).body(containsString("Received by the server"));
        web.get("/workspace/visits/" + heldOffline.noteId()).then().statusCode(200)
                .body(not(containsString("Check the signing time")));
    }

    @Test
    @DisplayName("R9-timely: a note refused when first offered (its form version awaiting approval) and sent again unchanged "
            + "after other notes synced is judged from its first offer, not flagged")
    void refusedThenResentIsNotFlagged() {
        String team = TestWorld.unique("Resent team");
        String practitioner = world.staff(Staff.PRACTITIONER, team);
        String manager = world.staff(Staff.MANAGER, team);
        String caseId = world.childCase(practitioner, "Resent Child");
        Tablet tablet = Tablet.enrolled(practitioner);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String version = forms.proposed(manager);
        VisitNote waiting = Tablet.with(tablet.visit(caseId, "Visited at home; all well.", now.minus(4, ChronoUnit.HOURS),
                now.minus(3, ChronoUnit.HOURS)), n -> n.put("formVersion", version));
        var signed = tablet.sign(waiting);
        tablet.post(signed).then().statusCode(422);
        tampering.firstOfferedAt(waiting.noteId(), now.minus(170, ChronoUnit.MINUTES));
        // Other notes synced two hours ago, after the refused offer.
        VisitNote other = tablet.visit(caseId);
        tablet.post(tablet.sign(other)).then().statusCode(201);
        tampering.receivedAt(other.noteId(), now.minus(2, ChronoUnit.HOURS));

        forms.approveProposed(manager, version);
        tablet.post(signed).then().statusCode(201);

        WebSession web = WebSession.signIn(world.staff(Staff.SUPERVISOR, team), TestWorld.PASSWORD);
        web.get("/workspace/visits/" + waiting.noteId()).then().statusCode(200)
                .body(not(containsString("Check the signing time")));
    }
}
