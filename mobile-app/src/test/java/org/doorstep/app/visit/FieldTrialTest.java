package org.doorstep.app.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.doorstep.app.Navigator;
import org.doorstep.app.Ui;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.app.ui.TapAt;
import org.doorstep.model.visit.VisitNote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * What got in the way when a worker tried a visit in a family's living room (issue 12), each shown
 * fixed on the real screens (Monocle). With {@code -Dscreenshots=DIR} it writes the changed screens.
 */
@ExtendWith(ApplicationExtension.class)
class FieldTrialTest {

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
    @DisplayName("R1-contemporaneous: Discard draft asks first, saying what will be lost; No keeps the draft, Yes deletes it; "
            + "the banner says the step as the wizard does")
    void discardAsksFirst(FxRobot robot) throws IOException {
        toChildStep(robot);
        tap(robot, "#close");
        assertEquals("You have an unsigned visit for Maya Thompson (step 4 of 11, The child). It was saved as you typed.",
                text(robot, ".banner-text"));
        tap(robot, "#discard");
        assertTrue(session.drafts().load().isPresent(), "one tap deletes nothing");
        String ask = text(robot, "#confirm-discard-text");
        assertTrue(ask.startsWith("Discard the unsigned visit for Maya Thompson? Its ") && ask.contains("cannot be got back"), ask);
        shot(robot, "app-caseload-discard");
        tap(robot, "#keep-draft");
        assertTrue(session.drafts().load().isPresent());
        assertTrue(shown(robot, "#resume"));
        tap(robot, "#discard");
        tap(robot, "#confirm-discard");
        assertTrue(session.drafts().load().isEmpty());
        assertFalse(shown(robot, "#resume"));
    }

    @Test
    @DisplayName("R5.2-venue R5.2-purpose: Next scrolls to the first problem and focuses its field; a message goes as soon "
            + "as its answer is right")
    void firstProblemInViewAndClearedAtOnce(FxRobot robot) {
        tap(robot, "#start-case-1001");
        tap(robot, "#went-ahead-yes");
        tap(robot, "#next");
        set(robot, "#venue", "");
        tap(robot, "#next");
        Label venueError = robot.lookup("#error-venue").queryAs(Label.class);
        assertEquals("Say where the visit took place.", venueError.getText());
        assertTrue(robot.lookup("#venue").queryAs(Node.class).isFocused(), "the first wrong field has the focus");
        assertTrue(onScreen(robot, venueError), "the message is in view");
        set(robot, "#venue", "Family home");
        assertEquals("", venueError.getText(), "gone as soon as the venue is there, before Next");
        assertFalse(robot.lookup("#venue").queryAs(Node.class).getStyleClass().contains("invalid"));
        assertEquals("Say what the visit was for.", text(robot, "#error-purpose"), "the other message stays until it is right");
    }

    @Test
    @DisplayName("R5.2-child-seen R10-plain R5.2-analysis: seen but not alone asks why (required); the review says it, lists "
            + "jargon left in any free-text field in any case, punctuates a plan line once, and Change opens a step with "
            + "Back to review")
    void reviewChangeAndReasonNotAlone(FxRobot robot) throws IOException {
        toChildStep(robot);
        tap(robot, "#seen-yes");
        tap(robot, "#alone-no");
        assertTrue(shown(robot, "#reason-not-alone"), "asked at once");
        shot(robot, "app-visit-child-not-alone");
        tap(robot, "#next");
        assertEquals("Say why the child was not seen alone.", text(robot, "#error-reasonNotSeenAlone"));
        set(robot, "#reason-not-alone", "Her mother stayed; the CP plan says to see her alone next time.");
        assertTrue(text(robot, "#advice-reason-not-alone").contains("'CP'"), "advice on every free-text box");
        tap(robot, "#next");
        assertEquals("Step 5 of 11 · Views", text(robot, "#step-label"));

        // a recommendation written with its own full stop reads once punctuated on the review
        openStep(robot, 7);
        set(robot, "#analysis-1", "Jo called the duty team on Sunday.");
        // straight to the review from the step list
        openStep(robot, 10);
        assertEquals("Step 11 of 11 · Review and sign", text(robot, "#step-label"));
        String review = reviewText(robot);
        assertTrue(review.contains("Yes, not alone — Her mother stayed; the CP plan says to see her alone next time."), review);
        assertTrue(review.contains("Jo keeps to the safety plan and calls the duty team if worried: Jo called the duty team on Sunday."),
                review);
        assertFalse(review.contains(".:"), review);
        String jargon = text(robot, "#review-jargon");
        assertTrue(jargon.contains("'s47' in Purpose: try child protection enquiry (section 47)"), jargon);
        assertTrue(jargon.contains("'CP' in Why the child was not seen alone: try child protection"), jargon);
        shot(robot, "app-visit-review-sections");

        // one answer changed: Change opens its step, Back to review returns, no Next and Back in between
        tap(robot, "#review-edit-WHEN_WHERE");
        assertEquals("Step 2 of 11 · When and where", text(robot, "#step-label"));
        assertTrue(shown(robot, "#to-review"));
        shot(robot, "app-visit-back-to-review");
        set(robot, "#purpose", "Follow-up to the child protection enquiry (section 47)");
        tap(robot, "#to-review");
        assertEquals("Step 11 of 11 · Review and sign", text(robot, "#step-label"));
        assertFalse(shown(robot, "#to-review"));
        assertFalse(text(robot, "#review-jargon").contains("s47"), "advice gone once the words are plain");
        assertTrue(reviewText(robot).contains("Follow-up to the child protection enquiry (section 47)"));
        assertTrue(text(robot, "#review-errors").startsWith("Before signing:"), "the rest of the visit is still to do");
    }

    @Test
    @DisplayName("R5.2-failed: after a no-answer visit the caseload says so (not as if seen), and the visits list marks it")
    void failedVisitShownAsFailed(FxRobot robot) throws Exception {
        assertEquals("Last visit: no answer, 23 Nov 2026 (child not seen)", text(robot, "#last-visit-case-1002"));
        assertEquals("Last visit 10 Nov 2026, 10:30", text(robot, "#last-visit-case-1001"));
        shot(robot, "app-caseload");
        tap(robot, "#start-case-1003");
        tap(robot, "#went-ahead-no");
        tap(robot, "#outcome-NO_RESPONSE");
        tap(robot, "#next");
        assertEquals("At (time)", ((Label) robot.lookup("#start").queryAs(Node.class).getParent()
                .getChildrenUnmodifiable().get(0)).getText());
        shot(robot, "app-visit-failed-time");
        set(robot, "#purpose", "Unannounced visit");
        tap(robot, "#next");
        tap(robot, "#next");
        set(robot, "#narrative", "Knocked three times; no answer.");
        set(robot, "#actions-after", "Left a card.");
        tap(robot, "#next");
        assertTrue(reviewText(robot).contains("Tuesday 24 November 2026, 15:30\n") || reviewText(robot).contains("15:30"));
        tap(robot, "#sign");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sync-message").tryQuery().isPresent());
        VisitNote note = session.outbox().pending().get(0).note().visitNote();
        assertEquals(note.visitStart(), note.visitEnd(), "one moment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#failed-" + note.noteId()).tryQuery().isPresent());
        assertEquals("Did not go ahead: no answer", text(robot, "#failed-" + note.noteId()));
        shot(robot, "app-visits-failed");
    }

    @Test
    @DisplayName("R5.2-analysis R11-fact-opinion: a row added by a tap (an action, a statement) is scrolled into view with "
            + "its first field focused")
    void newRowsInView(FxRobot robot) {
        toChildStep(robot);
        tap(robot, "#seen-yes");
        tap(robot, "#alone-yes");
        openStep(robot, 7);
        assertEquals("Step 8 of 11 · Analysis and actions", text(robot, "#step-label"));
        for (int i = 0; i < 3; i++) {
            tap(robot, "#add-action");
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            Node what = robot.lookup("#action-what-" + i).queryAs(Node.class);
            assertTrue(what.isFocused(), "action " + (i + 1) + " has the focus");
            assertTrue(onScreen(robot, what), "action " + (i + 1) + " is on screen");
        }
        openStep(robot, 5);
        tap(robot, "#add-reported");
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        assertTrue(robot.lookup("#reported-text-0").queryAs(Node.class).isFocused());
        assertTrue(onScreen(robot, robot.lookup("#reported-text-0").queryAs(Node.class)));
    }

    @Test
    @DisplayName("R13-auto-logout: Lock on the wizard hides the visit at once and keeps the draft; the PIN screen is shown")
    void lockMidVisit(FxRobot robot) {
        toChildStep(robot);
        tap(robot, "#wizard-lock");
        assertTrue(robot.lookup("#start-case-1001").tryQuery().isEmpty(), "nothing of the case is on screen");
        assertTrue(robot.lookup("#pin").tryQuery().isPresent() || robot.lookup(".password-field").tryQuery().isPresent(),
                "the PIN is asked");
        assertTrue(session.drafts().load().isPresent(), "the draft is kept");
        assertEquals(Step.CHILD.ordinal(), session.drafts().load().orElseThrow().step);
    }

    @Test
    @DisplayName("R1-contemporaneous: the date picker's weeks start on Monday, as UK weeks do")
    void weeksStartOnMonday(FxRobot robot) throws IOException {
        tap(robot, "#start-case-1001");
        tap(robot, "#went-ahead-yes");
        tap(robot, "#next");
        DatePicker date = robot.lookup("#date").queryAs(DatePicker.class);
        robot.interact(date::show);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> days = robot.lookup(".day-name-cell").queryAllAs(javafx.scene.control.DateCell.class).stream()
                .sorted(java.util.Comparator.comparingDouble(c -> c.localToScene(0, 0).getX()))
                .map(javafx.scene.control.DateCell::getText).toList();
        assertEquals("Mon", days.get(0), days.toString());
        assertEquals(DayOfWeek.MONDAY, java.time.temporal.WeekFields.of(
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).getFirstDayOfWeek());
        shot(robot, "app-visit-date-picker");
        robot.interact(date::hide);
    }

    /** Opens step {@code index} (0-based) from the step list on a tablet, from the Steps menu on a phone. */
    private static void openStep(FxRobot robot, int index) {
        if (shown(robot, "#step-chip-" + index)) {
            tap(robot, "#step-chip-" + index);
            return;
        }
        tap(robot, "#step-menu");
        javafx.scene.control.MenuButton menu = robot.lookup("#step-menu").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> {
            menu.hide();
            menu.getItems().get(index).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void toChildStep(FxRobot robot) {
        tap(robot, "#start-case-1001");
        tap(robot, "#went-ahead-yes");
        tap(robot, "#next");
        set(robot, "#purpose", "s47 follow-up");
        tap(robot, "#next");
        tap(robot, "#household-choice-0");
        tap(robot, "#interpreter-no");
        tap(robot, "#next");
        assertEquals("Step 4 of 11 · The child", text(robot, "#step-label"));
    }

    private static void tap(FxRobot robot, String id) {
        Node n = robot.lookup(id).queryAs(Node.class);
        robot.interact(() -> Ui.reveal(n));
        TapAt.node(robot, n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void set(FxRobot robot, String id, String text) {
        TextInputControl c = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> c.setText(text));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> {
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    /** Inside the page's visible part: between the top and the bottom of the scroll pane's viewport. */
    static boolean onScreen(FxRobot robot, Node n) {
        Node p = n.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        ScrollPane sp = (ScrollPane) p;
        Bounds node = n.localToScene(n.getBoundsInLocal());
        Bounds port = sp.localToScene(sp.getLayoutBounds());
        return node.getMinY() >= port.getMinY() - 1 && node.getMaxY() <= port.getMaxY() + 1;
    }

    private static String reviewText(FxRobot robot) {
        return robot.lookup("#review").queryAs(Node.class).lookupAll(".review-value").stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + b + "\n");
    }

    private void shot(FxRobot robot, String name) throws IOException {
        Png.screenshot(robot, stage.getScene(), name);
    }
}
