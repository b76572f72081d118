package org.doorstep.app.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.store.InMemoryStore;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.app.sync.ServerApi;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.app.ui.TapAt;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.EnrolmentRequest;
import org.doorstep.model.wire.FactProposal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Propose a relationship" on the case record (R5.6-genogram), the server out of reach (port 1):
 * the shared rules' messages beside their fields, then the proposal queued in the tablet's store.
 */
@ExtendWith(ApplicationExtension.class)
class RelationshipFormTest {

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

    private RelationshipView form(FxRobot robot) {
        return robot.lookup("#relationship-propose").queryButton().getScene().getRoot().lookupAll("*").stream()
                .filter(n -> n instanceof RelationshipView).map(n -> (RelationshipView) n).findFirst().orElseThrow();
    }

    private static String error(FxRobot robot, String field) {
        return robot.lookup("#relationship-error-" + field).queryAs(Label.class).getText();
    }

    private void tapPropose(FxRobot robot) {
        javafx.scene.Node propose = robot.lookup("#relationship-propose").query();
        robot.interact(() -> org.doorstep.app.Ui.reveal(propose)); // below the fold on a tablet-sized window
        TapAt.node(robot, propose);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @DisplayName("R5.6-genogram: offline, a relationship proposed on the case record says what is wrong beside each field, "
            + "then is queued on the tablet for the next sync and listed under the genogram")
    void proposedOffline(FxRobot robot) throws Exception {
        TapAt.node(robot, robot.lookup("#record-case-1001").query());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node open = robot.lookup("#record-propose-relationship").query();
        robot.interact(() -> org.doorstep.app.Ui.reveal(open));
        TapAt.node(robot, open);
        WaitForAsyncUtils.waitForFxEvents();
        RelationshipView v = form(robot);
        assertEquals(3, v.from.getItems().size(), "the child, her mother and her brother, from the tablet's genogram");

        tapPropose(robot);
        assertEquals("Choose the first person.", error(robot, "relationFrom"));
        assertEquals("Choose how the two people are related.", error(robot, "relationKind"));
        assertEquals("Choose the second person.", error(robot, "relationTo"));
        assertTrue(error(robot, "reason").startsWith("Say why"), error(robot, "reason"));
        assertTrue(session.proposals().pending().isEmpty());

        // Jo is already Maya's parent on the record; and an end before the start
        robot.interact(() -> {
            v.from.setValue(v.from.getItems().get(1));
            v.kinds.get("parent-of").setSelected(true);
            v.to.setValue(v.to.getItems().get(0));
            v.reason.setText("Jo told me at the visit.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", error(robot, "relationKind"), "a message goes as soon as its answer changes");
        tapPropose(robot);
        assertEquals("These two people already have a relationship on the record.", error(robot, "relationTo"));
        assertEquals("", error(robot, "relationFrom"), "a message goes once its answer is right");
        robot.interact(() -> {
            v.from.setValue(v.from.getItems().get(0));
            v.kinds.get("sibling-of").setSelected(true);
            v.to.setValue(v.to.getItems().get(2));
            v.since.setValue(LocalDate.of(2021, 3, 1));
            v.until.setValue(LocalDate.of(2020, 3, 1));
        });
        tapPropose(robot);
        assertEquals("The end date cannot be before the start date.", error(robot, "until"));
        shoot(robot, "app-relationship-errors");

        robot.interact(() -> v.until.setValue(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("You propose: Maya Thompson is sibling of Liam Thompson since 1 Mar 2021.",
                robot.lookup("#relationship-preview").queryAs(Label.class).getText());
        robot.interact(() -> ((javafx.scene.control.ScrollPane) v.lookup(".scroll-pane")).setVvalue(0));
        shoot(robot, "app-relationship-form");
        tapPropose(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#record-notice").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, session.proposals().pending().size());
        FactProposal p = session.proposals().pending().get(0).proposal();
        assertEquals(java.util.List.of("relationship", "child", "sibling-of", "m12"),
                java.util.List.of(p.kind(), p.relationFrom(), p.relationKind(), p.relationTo()));
        assertEquals(LocalDate.of(2021, 3, 1), p.since());
        assertEquals(1, new ProposalOutbox(session.store()).pending().size(), "in the encrypted store, not only in memory");
        assertTrue(robot.lookup("#record-notice").queryAs(Label.class).getText()
                .startsWith("Proposed: Maya Thompson is sibling of Liam Thompson since 1 Mar 2021. It is kept on this tablet"));
        assertEquals("• Proposed, waiting for the next sync: Maya Thompson is sibling of Liam Thompson since 1 Mar 2021",
                robot.lookup("#record-proposed-0").queryAs(Label.class).getText());
        assertTrue(session.outbox().all().isEmpty(), "the note outbox is untouched");
    }

    @Test
    @DisplayName("R5.6-genogram: a queued relationship leaves the tablet only when the server holds it; with no signal it waits")
    void sentAtTheNextSync() throws Exception {
        ProposalOutbox outbox = new ProposalOutbox(new InMemoryStore());
        FactProposal p = FactProposal.relationship(java.util.UUID.randomUUID().toString(), "child", "sibling-of", "m12", null, null,
                "Maya told me.");
        outbox.add("case-1001", "Maya Thompson is sibling of Liam Thompson", p);
        SigningKey key = SigningKey.generate();
        assertEquals(new ProposalOutbox.Sent(0, 0, 1), outbox.sendAll(new ServerApi(java.net.URI.create("http://127.0.0.1:1/"),
                key.verifyingKey().keyId(), key, Clock.systemUTC())), "no signal: it waits");
        try (FakeServer server = new FakeServer()) {
            new ServerApi(server.uri(), Clock.systemUTC()).enrol(new EnrolmentRequest("amara.okafor", "doorstep-demo", "Tablet",
                    key.verifyingKey().base64()));
            assertEquals(new ProposalOutbox.Sent(1, 0, 0), outbox.sendAll(new ServerApi(server.uri(), key.verifyingKey().keyId(), key,
                    Clock.systemUTC())));
            assertEquals(java.util.List.of(p), server.proposals);
        }
        assertTrue(outbox.pending().isEmpty());
    }

    private void shoot(FxRobot robot, String name) throws java.io.IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
        Path dir = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Png.write(shot.get(), dir.resolve(name + ".png"));
    }
}
