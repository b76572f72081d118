package org.doorstep.app.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.media.AttachmentRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * R1-media on the tablet: on the sketches step a practitioner attaches a photo through the file
 * dialog; it is listed, its bytes are in the store under its hash, the note as it would be signed
 * names it; a program is refused beside the button. With {@code -Dscreenshots=DIR} it writes
 * {@code app-visit-files.png}.
 */
@ExtendWith(ApplicationExtension.class)
class VisitFilesWizardTest {

    @TempDir
    static Path home;

    Session session;
    Navigator nav;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1", 1280, 800);
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R1-media: a photo chosen on the sketches step is kept in the store by its hash and named in the note; a program is refused with its reason")
    void attachAPhoto(FxRobot robot) throws Exception {
        VisitWizardTest.click(robot, "#start-case-1001");
        VisitWizardTest.click(robot, "#went-ahead-yes");
        VisitWizardTest.click(robot, "#step-chip-9");
        VisitWizardView view = robot.lookup("#attach-file").queryAs(javafx.scene.Node.class).getScene().getRoot()
                .lookupAll("*").stream().filter(VisitWizardView.class::isInstance).map(VisitWizardView.class::cast)
                .findFirst().orElseThrow();

        Path program = home.resolve("setup.exe");
        Files.write(program, new byte[] {0x4d, 0x5a});
        view.chooseFile = w -> program.toFile();
        VisitWizardTest.click(robot, "#attach-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#file-error").queryAs(Label.class).getText().contains("not a kind of file the record takes"));

        byte[] jpeg = "\u00ff\u00d8 bedroom photo".getBytes(StandardCharsets.ISO_8859_1);
        Path photo = home.resolve("Bedroom, bunk beds.jpg");
        Files.write(photo, jpeg);
        view.chooseFile = w -> photo.toFile();
        VisitWizardTest.click(robot, "#attach-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#file-error").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#file-0").queryAs(Label.class).getText().startsWith("Bedroom, bunk beds.jpg"));

        String sha256 = AttachmentRules.sha256(jpeg);
        assertTrue(session.files().bytes(sha256).isPresent(), "kept in the tablet's store under its hash");
        VisitDraft draft = session.drafts().load().orElseThrow();
        assertEquals(List.of(new Attachment("Bedroom, bunk beds.jpg", "image/jpeg", jpeg.length, sha256)), draft.attachments,
                "the autosaved draft names the file, which the note will sign");
        Png.screenshot(robot, stage.getScene(), "app-visit-files");

        VisitWizardTest.click(robot, "#step-chip-10");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".review-value").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Bedroom, bunk beds.jpg (16 bytes)")), "the review lists what will be signed");
    }
}
