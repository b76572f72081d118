package org.doorstep.app.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.doorstep.app.Navigator;
import org.doorstep.app.Ui;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.app.ui.TapAt;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.PlanRecommendation;
import org.doorstep.model.wire.PlanTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cases a tablet holds beside the practitioner's own (R14-cover): one covered until a date, and
 * the team's duty list, whose case has no plan yet (R5.2-analysis); a plan's tasks on the record; a
 * contact recorded from the record (R5.3-contacts). Offline (server on port 1), real JavaFX scene.
 * With {@code -Dscreenshots=DIR} it writes app-held-cases*.png.
 */
@ExtendWith(ApplicationExtension.class)
class HeldCasesTest {

    @TempDir
    Path home;
    Stage stage;
    Session session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        List<CaseSummary> own = FakeServer.caseload("amara.okafor").cases();
        CaseSummary maya = own.get(0);
        CaseSummary withTasks = new CaseSummary(maya.caseId(), maya.childName(), maya.dateOfBirth(), maya.address(),
                maya.legalStatus(), maya.household(), List.of(new PlanRecommendation("rec-1", "Maya attends school every day",
                List.of(new PlanTask("Walk Maya to school", "Jo Thompson, mother", LocalDate.of(2026, 12, 18))))),
                maya.lastVisit(), maya.nhsNumber(), maya.declaredGender(), maya.placement(), maya.communicationNeeds(),
                maya.recentChronology(), maya.householdMembers(), maya.knownPeople());
        CaseSummary covered = own.get(2).heldAs(RecordedAs.COVERING, LocalDate.of(2026, 12, 18));
        CaseSummary duty = new CaseSummary("case-2001", "Leo Grant", LocalDate.of(2018, 4, 9), "7 Station Road, Leeds",
                "Child in need", List.of(), List.of(), null, null, null, null, null, List.of(), List.of())
                .heldAs(RecordedAs.DUTY, null);
        session.caseload().save(new Caseload("amara.okafor", List.of(withTasks, own.get(1), covered),
                List.of("visit-1", "visit-2"), List.of(duty)), AppHarness.CLOCK.instant().minusSeconds(3600));
        Navigator nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1");
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R14-cover: a covered case says until when, the duty list holds the team's unallocated case, and a duty "
            + "visit asks why; R5.2-analysis: a child with no plan yet is analysed against the referral")
    void coverAndDuty(FxRobot robot) throws IOException {
        assertEquals("Covering until 18 Dec 2026", text(robot, "#basis-case-1003"));
        assertTrue(robot.lookup("#basis-case-1001").tryQuery().isEmpty(), "the practitioner's own case has no mark");
        assertEquals("Duty list: your team's unallocated cases", text(robot, "#duty-heading"));
        assertEquals("Unallocated: a duty visit asks why you visited", text(robot, "#basis-case-2001"));
        shot(robot, "app-held-cases");
        robot.interact(() -> Ui.reveal(robot.lookup("#case-case-2001").queryAs(Node.class)));
        shot(robot, "app-duty-list");

        click(robot, "#start-case-2001");
        click(robot, "#went-ahead-yes");
        click(robot, "#next");
        assertTrue(robot.lookup("#duty-reason").queryAs(Node.class).isVisible(), "a duty visit asks why, with when and where");
        robot.interact(() -> robot.lookup("#duty-reason").queryAs(TextInputControl.class)
                .setText("The school rang with a concern; the case has no worker yet."));
        robot.interact(() -> Ui.reveal(robot.lookup("#duty-reason").queryAs(Node.class)));
        shot(robot, "app-duty-reason");
        // To the analysis step as a resumed draft would open there: the steps between ask for answers first.
        click(robot, "#close");
        org.doorstep.app.visit.Visits visits = new org.doorstep.app.visit.Visits(session);
        org.doorstep.app.visit.VisitDraft draft = visits.current().orElseThrow();
        assertEquals("The school rang with a concern; the case has no worker yet.", draft.dutyReason, "autosaved");
        draft.step = org.doorstep.app.visit.Step.ANALYSIS.ordinal();
        visits.save(draft);
        click(robot, "#resume");
        assertEquals("Leo Grant has no plan yet. Say what this visit showed against the concerns that led to the referral; "
                + "the record will say the analysis was made without a plan.", text(robot, "#plan-intro"));
        VBox rows = robot.lookup("#analysis").queryAs(VBox.class);
        assertEquals(1, rows.getChildren().size(), "one analysis, against the referral");
        assertTrue(robot.lookup("No plan yet: the concerns that led to the referral").tryQuery().isPresent());
        shot(robot, "app-no-plan-analysis");
    }

    @Test
    @DisplayName("R5.2-analysis R5.3-contacts: the record shows each recommendation's tasks; a contact with missing answers "
            + "is refused beside each field, and with no signal it is kept on the tablet to send at the next sync")
    void planTasksAndContact(FxRobot robot) throws Exception {
        click(robot, "#record-case-1001");
        assertEquals("    – Walk Maya to school · Jo Thompson, mother · by 18 Dec 2026", text(robot, "#record-plan-rec-1-task-0"));
        click(robot, "#record-contact");
        click(robot, "#contact-send");
        assertEquals("Say how the contact was made: call, letter, email or meeting.", text(robot, "#contact-error-method"));
        assertEquals("Say who the contact was with, and their role.", text(robot, "#contact-error-withWhom"));
        assertEquals("Write what was said or sent.", text(robot, "#contact-error-what"));
        shot(robot, "app-contact-errors");

        click(robot, "#contact-method-call");
        robot.interact(() -> {
            robot.lookup("#contact-with").queryAs(TextInputControl.class).setText("Mr Patel, class teacher");
            robot.lookup("#contact-what").queryAs(TextInputControl.class).setText("Maya was in school every day this week.");
        });
        click(robot, "#contact-send");
        // No signal: the contact is kept in the tablet's encrypted store and sent at the next sync.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#record-notice").tryQuery().map(n -> ((Label) n).getText().contains("kept on this tablet"))
                        .orElse(false));
        assertEquals(1, session.contacts().pending().size(), "queued, not lost");
        assertEquals("Mr Patel, class teacher", session.contacts().pending().get(0).contact().withWhom(), "what was typed is kept");
        shot(robot, "app-contact-offline");
    }

    private static void click(FxRobot robot, String id) {
        Node n = robot.lookup(id).queryAs(Node.class);
        robot.interact(() -> Ui.reveal(n));
        TapAt.node(robot, n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Png.screenshot(robot, stage.getScene(), name);
    }
}
