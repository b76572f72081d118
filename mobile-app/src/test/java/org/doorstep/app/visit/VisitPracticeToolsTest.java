package org.doorstep.app.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.model.property.PropertyChange;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.PropertyLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The practice tools in the tablet's visit (issue 15), offline against the cached caseload, whose
 * case 1001 is a child with two belongings listed:
 * strengths and concerns apart, a one-sided pair pointed out but never refused (R5.4-balance);
 * judgemental wording advised on while typing and listed on the review (R10-plain);
 * the child's belongings on the record and changed at a visit (R5.4-child-property).
 * With {@code -Dscreenshots=DIR} it writes app-visit-balance.png, app-visit-judgemental.png,
 * app-case-record-property.png and app-visit-belongings.png.
 */
@ExtendWith(ApplicationExtension.class)
class VisitPracticeToolsTest {

    @TempDir
    static Path home;

    Session session;
    Navigator nav;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        Caseload load = FakeServer.caseload("amara.okafor");
        List<PropertyLine> items = List.of(new PropertyLine(41, "Blue bike", "In the shed at her mother's home", false, false),
                new PropertyLine(42, "Red coat", "At school", false, true));
        session.caseload().save(new Caseload(load.username(), load.cases().stream()
                .map(c -> c.caseId().equals("case-1001") ? c.withProperty(items) : c).toList(),
                load.approvedFormVersions(), load.dutyCases()), AppHarness.CLOCK.instant().minusSeconds(3600));
        nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1", 1280, 800);
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R5.4-balance: concerns without strengths are flagged beside the boxes and on the review, not refused; both go into the note")
    void oneSidedVisitIsFlaggedNotRefused(FxRobot robot) throws Exception {
        newVisitAtStep(robot, 7);
        Label advice = robot.lookup("#balance-advice").queryAs(Label.class);
        assertFalse(advice.isVisible(), "nothing to say while both are empty");

        robot.interact(() -> robot.lookup("#concerns").queryAs(TextArea.class).setText("The kitchen had no food in it."));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(advice.isVisible());
        assertTrue(advice.getText().startsWith("Concerns are recorded but no strengths"), advice.getText());
        robot.interact(() -> org.doorstep.app.Ui.reveal(advice));
        WaitForAsyncUtils.waitForFxEvents();
        Png.screenshot(robot, stage.getScene(), "app-visit-balance");

        VisitWizardTest.click(robot, "#step-chip-10");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reviewValues(robot).contains("The kitchen had no food in it."));
        assertTrue(reviewValues(robot).stream().anyMatch(t -> t.startsWith("Concerns are recorded but no strengths")),
                "the review says what the supervisor will be told");
        VisitNote note = session.drafts().load().orElseThrow().toNote("pat", ZoneId.of("Europe/London"), null);
        assertEquals("The kitchen had no food in it.", note.concerns());
        assertTrue(note.balance().flagged());

        VisitWizardTest.click(robot, "#step-chip-7");
        robot.interact(() -> robot.lookup("#strengths").queryAs(TextArea.class).setText("Her gran collects her from school."));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(advice.isVisible(), "both sides recorded: nothing to flag");
        VisitNote balanced = session.drafts().load().orElseThrow().toNote("pat", ZoneId.of("Europe/London"), null);
        assertEquals("Her gran collects her from school.", balanced.strengths());
        assertFalse(balanced.balance().flagged());
        assertNull(balanced.balance().flag().orElse(null));
    }

    @Test
    @DisplayName("R10-plain: 'uncooperative' is advised on while typing and listed on the review with a plainer way to say it; advice only")
    void judgementalWordingAdvised(FxRobot robot) throws Exception {
        newVisitAtStep(robot, 5);
        robot.interact(() -> robot.lookup("#narrative").queryAs(TextArea.class)
                .setText("Mother was uncooperative at the door and would not discuss the CP plan."));
        WaitForAsyncUtils.waitForFxEvents();
        String advice = robot.lookup("#advice-narrative").queryAs(Label.class).getText();
        assertTrue(advice.contains("'uncooperative' may read as a judgement of the person"), advice);
        assertTrue(advice.contains("what you asked and what the person said or did"), advice);
        assertTrue(advice.contains("'CP'"), "jargon advice stays beside it: " + advice);
        Png.screenshot(robot, stage.getScene(), "app-visit-judgemental");

        VisitWizardTest.click(robot, "#step-chip-10");
        WaitForAsyncUtils.waitForFxEvents();
        String left = robot.lookup("#review-jargon").queryAs(Label.class).getText();
        assertTrue(left.contains("'uncooperative' in What happened (fact): try what you asked and what the person said or did"), left);
        assertTrue(robot.lookup("#review-jargon").queryAs(Label.class).isVisible());
    }

    @Test
    @DisplayName("R5.4-child-property: the record lists the child's belongings offline; a visit records one moved and one added, "
            + "a move with no place is said beside the list, the changes are listed on the review and carried in the note")
    void recordAndChangeBelongings(FxRobot robot) throws Exception {
        VisitWizardTest.click(robot, "#record-case-1001");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("• Blue bike — In the shed at her mother's home", text(robot, "#record-property-41"));
        assertEquals("• Red coat — noted lost (last seen: At school)", text(robot, "#record-property-42"));
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#record-property").queryAs(javafx.scene.Node.class)));
        WaitForAsyncUtils.waitForFxEvents();
        Png.screenshot(robot, stage.getScene(), "app-case-record-property");
        VisitWizardTest.click(robot, "#record-back");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#start-case-1001").tryQuery().isPresent());

        newVisitAtStep(robot, 6);
        VisitWizardTest.click(robot, "#belonging-41-moved");
        VisitWizardTest.click(robot, "#next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#error-propertyChanges").contains("Enter where the item is now"),
                "a move with no place: said beside the list, and the step stays");
        robot.interact(() -> robot.lookup("#property-change-0-location").queryAs(TextField.class)
                .setText("With her at the foster home"));
        VisitWizardTest.click(robot, "#add-belonging");
        robot.interact(() -> {
            robot.lookup("#property-change-1-description").queryAs(TextField.class).setText("Photo album of her nan");
            robot.lookup("#property-change-1-location").queryAs(TextField.class).setText("In her bedroom");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Png.screenshot(robot, stage.getScene(), "app-visit-belongings");

        VisitWizardTest.click(robot, "#step-chip-10");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reviewValues(robot).contains(
                "Blue bike — moved: With her at the foster home\nPhoto album of her nan — added: In her bedroom"),
                reviewValues(robot).toString());
        VisitNote note = session.drafts().load().orElseThrow().toNote("amara.okafor", ZoneId.of("Europe/London"), null);
        assertEquals(List.of(PropertyChange.of(PropertyChange.Kind.MOVED, 41L, "With her at the foster home"),
                PropertyChange.added("Photo album of her nan", "In her bedroom")), note.propertyChanges());
    }

    /** A new visit to Maya (case 1001) that went ahead, open at the given step chip. */
    private static void newVisitAtStep(FxRobot robot, int chip) {
        VisitWizardTest.click(robot, "#start-case-1001");
        VisitWizardTest.click(robot, "#went-ahead-yes");
        VisitWizardTest.click(robot, "#step-chip-" + chip);
    }

    private static List<String> reviewValues(FxRobot robot) {
        return robot.lookup(".review-value").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
