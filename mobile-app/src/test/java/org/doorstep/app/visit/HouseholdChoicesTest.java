package org.doorstep.app.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * "Who was present" offers the household on the record as data: a tap adds a member with their name
 * and relationship. With {@code -Dscreenshots=DIR} it writes app-visit-present-household*.png.
 */
@ExtendWith(ApplicationExtension.class)
class HouseholdChoicesTest {

    @TempDir
    Path home;
    Session session;
    Navigator nav;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1");
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R5.2-present R5.1-basic: the signed-in worker is present from the start (removable); the household members "
            + "on the record are offered as people present, parental responsibility as its own label; a tap adds name and "
            + "relationship once, split from a one-line record")
    void householdOfferedAsPresent(FxRobot robot) throws IOException {
        toPresentStep(robot, "#start-case-1001");
        assertEquals("Amara Okafor", field(robot, "#person-name-0"), "the worker is listed without typing");
        assertEquals("social worker", field(robot, "#person-role-0"));
        Button jo = robot.lookup("#household-choice-0").queryAs(Button.class);
        assertEquals("+ Jo Thompson, mother", jo.getText());
        assertEquals("Parental responsibility", robot.lookup("#household-choice-0-pr").queryAs(Label.class).getText());
        assertEquals("+ Liam Thompson (brother, 4)", robot.lookup("#household-choice-1").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#household-choice-1-pr").tryQuery().isEmpty());
        shot(robot, "app-visit-present-household");

        VisitWizardTest.click(robot, "#household-choice-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Jo Thompson", field(robot, "#person-name-1"));
        assertEquals("mother", field(robot, "#person-role-1"), "the relationship on the record is the role");
        assertEquals("person-remove-1", robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(Node::isFocused).findFirst().map(Node::getId).orElse(""), "the new row has the focus");
        assertTrue(robot.lookup("#household-choice-0").queryAs(Button.class).isDisabled(), "added once");

        VisitWizardTest.click(robot, "#household-choice-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Liam Thompson", field(robot, "#person-name-2"), "a one-line record is split into name ...");
        assertEquals("brother, 4", field(robot, "#person-role-2"), "... and relationship");
        assertEquals(List.of("Amara Okafor", "Jo Thompson", "Liam Thompson"),
                session.drafts().load().orElseThrow().present.stream().map(p -> p.name).toList(), "autosaved");
        VisitWizardTest.click(robot, "#interpreter-no");
        VisitWizardTest.click(robot, "#next");
        assertEquals("Step 4 of 11 · The child", robot.lookup("#step-label").queryAs(Label.class).getText(),
                "nothing to type on this step");
        VisitWizardTest.click(robot, "#back");

        VisitWizardTest.click(robot, "#person-remove-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#household-choice-0").queryAs(Button.class).isDisabled(), "removed, so offered again");
    }

    @Test
    @DisplayName("R5.2-present: people met at earlier visits are offered too, with the role they had; a tap adds them once")
    void knownPeopleOfferedAsPresent(FxRobot robot) throws IOException {
        toPresentStep(robot, "#start-case-1001");
        assertTrue(robot.lookup("#known-choices").queryAs(Node.class).getParent().isVisible());
        assertEquals("+ Amara Okafor, social worker", robot.lookup("#known-choice-0").queryAs(Button.class).getText());
        assertEquals("+ Mr Patel, class teacher", robot.lookup("#known-choice-1").queryAs(Button.class).getText());
        shot(robot, "app-visit-present-known");
        VisitWizardTest.click(robot, "#known-choice-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mr Patel", field(robot, "#person-name-1"));
        assertEquals("class teacher", field(robot, "#person-role-1"));
        assertTrue(robot.lookup("#known-choice-1").queryAs(Button.class).isDisabled(), "added once");
        assertTrue(robot.lookup("#known-choice-0").queryAs(Button.class).isDisabled(), "the worker is already listed");
    }

    @Test
    @DisplayName("R5.2-present: with a cache from before the household came as data there is nothing to offer, and the step works as before")
    void olderCacheOffersNothing(FxRobot robot) {
        toPresentStep(robot, "#start-case-1003");
        assertFalse(robot.lookup("#household-choices").queryAs(Node.class).getParent().isVisible());
        assertFalse(robot.lookup("#known-choices").queryAs(Node.class).getParent().isVisible());
        assertTrue(robot.lookup("#add-person").queryAs(Button.class).isVisible());
    }

    private void toPresentStep(FxRobot robot, String start) {
        VisitWizardTest.click(robot, start);
        VisitWizardTest.click(robot, "#went-ahead-yes");
        VisitWizardTest.click(robot, "#next");
        TextInputControl purpose = robot.lookup("#purpose").queryAs(TextInputControl.class);
        robot.interact(() -> purpose.setText("Statutory visit"));
        VisitWizardTest.click(robot, "#next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 3 of 11 · Who was present", robot.lookup("#step-label").queryAs(Label.class).getText());
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Png.screenshot(robot, stage.getScene(), name);
    }
}
