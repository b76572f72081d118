package org.doorstep.app.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.visit.VisitNote;
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
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

@ExtendWith(ApplicationExtension.class)
class VisitWizardTest {

    @TempDir
    static Path home;

    Session session;
    Navigator nav;

    @Start
    void start(Stage stage) {
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1", 1280, 800);
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R5.2-venue R5.2-present R5.2-interpreter R5.2-child-seen R5.2-child-views R5.2-carer-views R5.2-narrative R1-signed R2-form-approval R4-author: "
            + "each step's rule messages show beside their field and block Next; the signed note is queued and verifies")
    void recordSignAndQueue(FxRobot robot) throws Exception {
        click(robot, "#start-case-1001");
        assertStep(robot, "Step 1 of 6 · When and where");

        // 1 when and where: leave the venue empty
        set(robot, "#venue", "");
        set(robot, "#purpose", "Statutory visit under the child protection plan");
        click(robot, "#next");
        assertError(robot, "venue", "#venue", "Say where the visit took place.");
        assertStep(robot, "Step 1 of 6 · When and where");
        click(robot, "#venue").write("Family home, 12 Elm Road");
        click(robot, "#next");
        assertStep(robot, "Step 2 of 6 · Who was present");

        // 2 who was present: nobody yet, then two people; an interpreter without a language
        click(robot, "#next");
        assertEquals("Name everyone who was present, with their role or relationship.", label(robot, "#error-present").getText());
        click(robot, "#add-person");
        click(robot, "#person-name-0").write("Jo Thompson");
        click(robot, "#person-role-0").write("mother");
        click(robot, "#add-person");
        set(robot, "#person-name-1", "Amara Okafor");
        set(robot, "#person-role-1", "social worker");
        click(robot, "#interpreter-yes");
        click(robot, "#next");
        assertError(robot, "interpreterLanguage", "#interpreter-language", "Say which language the interpreter used.");
        assertStep(robot, "Step 2 of 6 · Who was present");
        click(robot, "#interpreter-language").write("Polish");
        set(robot, "#interpreter-name", "K. Nowak (LanguageLine)");
        click(robot, "#next");
        assertStep(robot, "Step 3 of 6 · The child");

        // 3 the child: not seen, no reason
        click(robot, "#seen-no");
        click(robot, "#next");
        assertError(robot, "reasonNotSeen", "#reason-not-seen", "Say why the child was not seen.");
        assertStep(robot, "Step 3 of 6 · The child");
        click(robot, "#seen-yes");
        click(robot, "#alone-yes");
        click(robot, "#next");
        assertStep(robot, "Step 4 of 6 · Views");

        // autosave: the draft on the device holds what was typed so far
        VisitDraft saved = session.drafts().load().orElseThrow();
        assertEquals("Family home, 12 Elm Road", saved.venue);
        assertEquals(2, saved.present.size());
        assertEquals(Boolean.TRUE, saved.childSeenAlone);

        // 4 views
        click(robot, "#next");
        assertError(robot, "childViews", "#child-views",
                "Record the child's views in their own words, or what you observed if the child does not talk yet.");
        set(robot, "#child-views", "Maya said school is \"good\" and she likes her new teacher.");
        set(robot, "#carer-views", "Jo said the new routine is helping.");
        click(robot, "#next");

        // 5 narrative
        assertStep(robot, "Step 5 of 6 · Narrative");
        set(robot, "#narrative", "Maya showed me her room. The home was warm and tidy. Agreed next visit in two weeks.");
        click(robot, "#next");

        // 6 review
        assertStep(robot, "Step 6 of 6 · Review and sign");
        String review = robot.lookup("#review").queryAs(Node.class).lookupAll(".review-value").stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(review.contains("Family home, 12 Elm Road"), review);
        assertTrue(review.contains("Jo Thompson (mother)"), review);
        assertTrue(review.contains("Yes — Polish, K. Nowak (LanguageLine)"), review);
        assertEquals("", label(robot, "#review-errors").getText());
        click(robot, "#sign");

        // queued, signed by the device key, draft gone
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sync-message").queryAs(Label.class) != null
                && !robot.lookup("#sync-message").queryAs(Label.class).getText().isEmpty());
        assertEquals(1, session.outbox().pending().size());
        OutboxEntry entry = session.outbox().pending().get(0);
        SignedNote signed = entry.note();
        assertTrue(signed.verifiesWith(session.signingKey().verifyingKey()), "R1-signed: the signature verifies with the device key");
        assertEquals(session.identity().deviceId(), signed.deviceId());
        VisitNote note = signed.visitNote();
        assertEquals("visit-1", note.formVersion());
        assertEquals("amara.okafor", note.author());
        assertEquals(AppHarness.CLOCK.instant(), note.signedAt());
        assertEquals("Family home, 12 Elm Road", note.venue());
        assertEquals(2, note.present().size());
        assertEquals("Polish", note.interpreterLanguage());
        assertTrue(note.childSeenAlone());
        assertTrue(session.drafts().load().isEmpty(), "the draft is deleted once signed");
        assertEquals("Queued — not yet synced", label(robot, "#status-" + signed.noteId()).getText());
    }

    @Test
    @DisplayName("R1-contemporaneous: a visit left half-way is autosaved and resumes at the same step")
    void resumeDraft(FxRobot robot) {
        click(robot, "#start-case-1002");
        set(robot, "#venue", "Contact centre, Mill Lane");
        set(robot, "#purpose", "Review of contact arrangements");
        click(robot, "#next");
        assertStep(robot, "Step 2 of 6 · Who was present");
        click(robot, "#close");
        assertTrue(robot.lookup("#resume").queryAs(Node.class).isVisible());
        click(robot, "#resume");
        assertStep(robot, "Step 2 of 6 · Who was present");
        click(robot, "#back");
        assertEquals("Contact centre, Mill Lane", robot.lookup("#venue").queryAs(TextInputControl.class).getText());
    }

    /** Scrolls the control into view as a person would, then taps it. */
    static org.testfx.api.FxRobotInterface click(FxRobot robot, String id) {
        Node n = robot.lookup(id).queryAs(Node.class);
        robot.interact(() -> org.doorstep.app.Ui.reveal(n));
        return robot.clickOn(n);
    }

    private static void set(FxRobot robot, String id, String text) {
        TextInputControl c = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> c.setText(text));
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private static void assertStep(FxRobot robot, String expected) {
        assertEquals(expected, label(robot, "#step-label").getText());
    }

    /** The message is shown, visible, red (style class), in the same field group as the control. */
    private static void assertError(FxRobot robot, String field, String controlId, String message) {
        Label error = label(robot, "#error-" + field);
        assertEquals(message, error.getText());
        assertTrue(error.isVisible());
        assertTrue(error.getStyleClass().contains("field-error"));
        Node control = robot.lookup(controlId).queryAs(Node.class);
        assertSame(control.getParent(), error.getParent(), "the message sits beside its field");
        assertEquals(message, control.getAccessibleHelp(), "a screen reader hears the message with the field");
        assertFalse(label(robot, "#step-message").getText().isEmpty());
    }
}
