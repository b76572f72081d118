package org.doorstep.app.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.LaunchBench;
import org.doorstep.app.visit.VisitDraft;
import org.doorstep.app.visit.Visits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * A practitioner holding 400 cases (a duty list of a big team, or cover for many): the caseload screen
 * appears without waiting for every card, yet every child can still be reached (issue 14, the tablet's
 * launch). Offline (server on port 1), real JavaFX scene.
 */
@ExtendWith(ApplicationExtension.class)
class LongCaseloadTest {

    static final int CASES = 400;

    @TempDir
    Path home;
    Session session;
    Navigator nav;
    Scene scene;
    CaseloadView shown;
    /** How many cards the caseload screen's first frame held. */
    volatile int cardsInFirstFrame = -1;

    @Start
    void start(Stage stage) {
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        session.caseload().save(LaunchBench.bigCaseload(CASES), AppHarness.CLOCK.instant().minusSeconds(3600));
        nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1");
        scene = stage.getScene();
        nav.opened(session, false);
        shown = (CaseloadView) scene.getRoot();
        // The next layout pulse is the first frame drawn of the caseload screen.
        Runnable[] first = new Runnable[1];
        first[0] = () -> {
            cardsInFirstFrame = shown.cases.getChildren().size();
            scene.removePostLayoutPulseListener(first[0]);
        };
        scene.addPostLayoutPulseListener(first[0]);
    }

    @Test
    @DisplayName("A caseload of 400: the first frame holds the first cards, not all 400; the rest follow, and the 400th "
            + "child's visit can be started")
    void firstFrameEarlyAndEveryChildReachable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cardsInFirstFrame >= 0);
        assertTrue(cardsInFirstFrame >= CaseloadView.FIRST_CARDS && cardsInFirstFrame < CASES,
                "first frame had " + cardsInFirstFrame + " cards");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#start-case-0400").tryQuery().isPresent());
        assertEquals(CASES, shown.cases.getChildren().size(), "every case has its card, once");
        Button start = robot.lookup("#start-case-0400").queryAs(Button.class);
        robot.interact(() -> org.doorstep.app.Ui.reveal(start));
        robot.clickOn(start);
        WaitForAsyncUtils.waitForFxEvents();
        VisitDraft draft = new Visits(session).current().orElseThrow();
        assertEquals("case-0400", draft.caseId);
        assertEquals("Child 400 Thompson", draft.childName);
    }

    @Test
    @DisplayName("A refresh that brings the same caseload keeps the cards already shown (and where the list was scrolled)")
    void refreshWithTheSameCasesKeepsTheCards(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#start-case-0400").tryQuery().isPresent());
        Node firstCard = robot.lookup("#case-case-0001").query();
        robot.clickOn("#refresh");
        // No signal (port 1): the refresh fails and the cached caseload, unchanged, is shown again.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shown.refresh.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.status.getText().contains("could not update"), shown.status.getText());
        assertSame(firstCard, robot.lookup("#case-case-0001").query(), "the card was not built again");
        assertEquals(CASES, shown.cases.getChildren().size());
    }

    @Test
    @DisplayName("Leaving the caseload screen before its cards are all built stops building them")
    void leavingStopsTheFilling(FxRobot robot) {
        robot.interact(() -> {
            nav.showCaseload(false);
            CaseloadView left = (CaseloadView) scene.getRoot();
            nav.showVisits(false);
            shown = left;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CaseloadView.FIRST_CARDS, shown.cases.getChildren().size(),
                "no cards were added to the screen once it was left");
    }
}
