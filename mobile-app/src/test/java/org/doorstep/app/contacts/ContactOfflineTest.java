package org.doorstep.app.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.ui.AppHarness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Record a contact with the server out of reach (port 1): it is kept on the tablet for the next sync (R5.3-contacts). */
@ExtendWith(ApplicationExtension.class)
class ContactOfflineTest {

    @TempDir
    Path home;
    Session session;
    Navigator nav;

    @Start
    void start(Stage stage) {
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1");
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R5.3-contacts: with no signal, Send the contact keeps it in the tablet's store, says so on the record, "
            + "and leaves the note outbox as it was")
    void contactKeptWithNoSignal(FxRobot robot) throws Exception {
        robot.interact(() -> nav.showContact("case-1001", "Maya Thompson", () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ContactView v = robot.lookup("#contact-send").queryButton().getScene().getRoot().lookupAll("*").stream()
                    .filter(n -> n instanceof ContactView).map(n -> (ContactView) n).findFirst().orElseThrow();
            v.methods.get("call").setSelected(true);
            v.withWhom.setText("Mrs Patel, class teacher");
            v.what.setText("Attendance is 97% this term.");
        });
        javafx.scene.Node send = robot.lookup("#contact-send").query();
        robot.interact(() -> org.doorstep.app.Ui.reveal(send)); // below the fold on a tablet-sized window
        robot.clickOn(send);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.contacts().pending().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#record-notice").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.contacts().pending().size());
        assertEquals("Mrs Patel, class teacher", session.contacts().pending().get(0).contact().withWhom());
        assertTrue(robot.lookup("#record-notice").queryAs(Label.class).getText().contains("kept on this tablet"));
        assertTrue(session.outbox().all().isEmpty(), "the note outbox is untouched");
        assertTrue(new ContactOutbox(session.store()).pending().size() == 1, "it is in the store, not only in memory");
    }
}
