package org.doorstep.app.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.doorstep.app.Navigator;
import org.doorstep.app.Ui;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.app.ui.TapAt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The read-only record of the case in hand, from the encrypted cache with the server unreachable
 * (port 1). With {@code -Dscreenshots=DIR} it writes app-case-record*.png at {@code -Dscreenshots.size}.
 */
@ExtendWith(ApplicationExtension.class)
class CaseRecordViewTest {

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
    @DisplayName("R5.1-basic R5.5-chronology R5.4-current-historical R5.7-summary: the record view shows the cached latest case "
            + "summary, contact arrangements, facts, household, plan and chronology (newest first) offline")
    void recordFromCache(FxRobot robot) throws IOException {
        click(robot, "#record-case-1001");

        assertEquals("Maya Thompson", text(robot, "#record-name"));
        assertEquals("As of the last sync at 12:30. Read-only: current facts only; their history is on the case record.",
                text(robot, "#record-freshness"));
        assertTrue(text(robot, "#record-case-summary").startsWith("Jo has a new partner, Dean"),
                "the current worry, before the visit");
        assertEquals("Sees her father, Mark Thompson, on Saturdays 10:00 to 16:00 at the family centre, supervised.",
                text(robot, "#record-contact-arrangements"));
        assertEquals("943 476 5919", text(robot, "#record-nhs"));
        assertEquals("Girl", text(robot, "#record-gender"));
        assertEquals("14 Mar 2016 (age 10)", text(robot, "#record-dob"));
        assertEquals("Child protection plan", text(robot, "#record-legal-status"));
        assertEquals("At home with her mother", text(robot, "#record-placement"));
        assertEquals("Prefers short questions; uses a feelings chart", text(robot, "#record-communication"));
        assertEquals(List.of("Jo Thompson, mother", "Parental responsibility", "since 15 Sep 2026"), texts(robot, "#record-member-0"),
                "who holds parental responsibility is shown as its own label, from the data");
        assertTrue(robot.lookup("#record-member-0-pr").queryAs(Label.class).isVisible());
        assertEquals(List.of("Liam Thompson (brother, 4)"), texts(robot, "#record-member-1"));
        assertTrue(robot.lookup("#record-member-1-pr").tryQuery().isEmpty(), "no tag for someone without it");
        assertEquals("• Maya attends school every day", text(robot, "#record-plan-rec-1"));

        assertEquals(3, robot.lookup("#record-chronology").queryAs(VBox.class).getChildren().size());
        assertEquals(List.of("10 Nov 2026", "Home visit: Maya seen alone in her room", "Source: Visit note, A. Patel"),
                texts(robot, "#record-line-0"), "newest first, with its source");
        assertEquals(List.of("2 Jun 2026", "Initial child protection conference: plan made", "Source: Conference minutes"),
                texts(robot, "#record-line-2"));
        shot(robot, "app-case-record");
        robot.interact(() -> Ui.reveal(robot.lookup("#record-line-2").queryAs(Node.class)));
        shot(robot, "app-case-record-chronology");

        click(robot, "#record-back");
        assertTrue(robot.lookup("#start-case-1001").tryQuery().isPresent(), "Back returns to the caseload");
    }

    @Test
    @DisplayName("R5.1-basic: a case with little recorded says 'Not recorded' rather than leaving gaps; the wizard header opens the record and comes back to the same visit")
    void sparseRecordFromWizard(FxRobot robot) throws IOException {
        click(robot, "#start-case-1002");
        click(robot, "#wizard-record");
        assertEquals("Not recorded", text(robot, "#record-nhs"));
        assertEquals("Not recorded", text(robot, "#record-placement"));
        assertEquals("No chronology lines on this tablet yet.", text(robot, "#record-chronology-intro"));
        assertEquals("No case summary on this tablet yet.", text(robot, "#record-case-summary"));
        assertEquals("Not recorded", text(robot, "#record-contact-arrangements"));
        assertEquals(List.of("Sam Hughes, father", "Parental responsibility"), texts(robot, "#record-member-0"));
        shot(robot, "app-case-record-sparse");
        click(robot, "#record-back");
        assertEquals("Visit — Oliver Hughes", text(robot, ".header-title"));
    }

    @Test
    @DisplayName("R5.1-basic: the household as data shows parental responsibility as its own label; a cache from before the server sent it shows its lines as they came, not parsed")
    void householdAsData(FxRobot robot) {
        click(robot, "#record-case-1001");
        assertEquals("Parental responsibility", text(robot, "#record-member-0-pr"));
        click(robot, "#record-back");

        click(robot, "#record-case-1003");
        assertEquals(List.of("Mrs Khan (foster carer)"), texts(robot, "#record-member-0"), "an older cache's line, shown as it is");
        assertTrue(robot.lookup("#record-member-0-pr").tryQuery().isEmpty(), "no tag is guessed from the words");
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

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Pane.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Png.screenshot(robot, stage.getScene(), name);
    }
}
