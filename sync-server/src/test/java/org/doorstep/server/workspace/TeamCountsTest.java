package org.doorstep.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dashboard counts a team's visits and correction requests through the case's own team, so a duty
 * visit to an unallocated case and a request about it are the team's too (R12-oversight, R14-cover, R11-rectify).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TeamCountsTest {

    @Inject
    TestWorld world;

    @Inject
    TeamOverview overview;

    @Test
    @DisplayName("R12-oversight, R14-cover: a failed duty visit to an unallocated case counts as failed and awaiting on its team's "
            + "dashboard, and an open correction request about that case is listed; another team sees neither")
    void unallocatedCasesCount() {
        String team = TestWorld.unique("Duty Team");
        String onDuty = world.staff(Staff.PRACTITIONER, team);
        String supervisor = world.staff(Staff.SUPERVISOR, team);
        String caseId = world.unallocatedCase(team, "Unallocated Child");
        Tablet tablet = Tablet.enrolled(onDuty);
        VisitNote failed = tablet.noResponse(caseId).onDuty("The school rang; the case has no worker yet.");
        tablet.post(tablet.sign(failed)).then().statusCode(201);

        WebSession web = WebSession.signIn(supervisor, TestWorld.PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, String> form = new HashMap<>();
        form.put("receivedDay", String.valueOf(today.getDayOfMonth()));
        form.put("receivedMonth", String.valueOf(today.getMonthValue()));
        form.put("receivedYear", String.valueOf(today.getYear()));
        form.put("requesterName", "Jade Smith");
        form.put("relationship", "Mother");
        form.put("whatIsWrong", "The note says nobody was home; I was at work and my son was at school.");
        form.put("askedFor", "Say that the family was out.");
        form.put("concernsNoteId", "");
        web.post("/workspace/cases/" + caseId, "/workspace/cases/" + caseId + "/corrections", form).then().statusCode(303);

        TeamOverview.Dashboard board = QuarkusTransaction.requiringNew().call(() -> overview.dashboard(team));
        assertEquals(1, board.failed(), "the failed duty visit counts");
        assertTrue(board.recentFailed().stream().anyMatch(v -> v.noteId().equals(failed.noteId())));
        assertEquals(1, board.awaiting(), "counted once, as awaiting review");
        assertTrue(board.corrections().stream().anyMatch(c -> c.caseId().equals(caseId)), "the open request is listed");

        TeamOverview.Dashboard other = QuarkusTransaction.requiringNew().call(() -> overview.dashboard(TestWorld.unique("Other Team")));
        assertEquals(0, other.failed());
        assertTrue(other.corrections().isEmpty());
    }
}
