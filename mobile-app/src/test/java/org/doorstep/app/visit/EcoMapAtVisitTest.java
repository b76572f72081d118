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
import org.doorstep.app.family.DrawingCanvas;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.Png;
import org.doorstep.model.family.EcoMap;
import org.doorstep.model.visit.VisitNote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The child's eco-map recorded at a visit on the tablet (R5.6-genogram), offline against the cached
 * caseload, whose case 1001 carries the eco-map of Maya's last visit: the Changes step starts from it,
 * a tie is added, checked beside its fields, and one removed; the drawing follows each change; the
 * draft keeps it when the app is killed; the review lists it and the note signs it.
 * With {@code -Dscreenshots=DIR} it writes app-visit-ecomap.png, app-visit-ecomap-errors.png and app-case-record-ecomap.png.
 */
@ExtendWith(ApplicationExtension.class)
class EcoMapAtVisitTest {

    static final EcoMap LATEST = new EcoMap("Maya Thompson", List.of(
            new EcoMap.Tie("Elm Road Primary", EcoMap.Kind.SCHOOL, EcoMap.Strength.STRONG),
            new EcoMap.Tie("Dr Shah", EcoMap.Kind.GP, EcoMap.Strength.WEAK),
            new EcoMap.Tie("Nan (Pat Thompson)", EcoMap.Kind.FAMILY, EcoMap.Strength.STRONG)));

    @TempDir
    static Path home;

    Session session;
    Navigator nav;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = AppHarness.offlineSession(AppHarness.CLOCK);
        AppHarness.cacheCaseload(session, "amara.okafor", "case-1001", c -> c.withEcoMap(LATEST));
        nav = AppHarness.show(stage, AppHarness.CLOCK, home, "http://127.0.0.1:1", 1280, 800);
        nav.opened(session, false);
    }

    @Test
    @DisplayName("R5.6-genogram: at a visit the eco-map starts from the case's latest; a tie added is checked beside its fields, "
            + "one removed; the drawing follows; the draft survives the app being killed; the review lists it and the note signs it")
    void recordEcoMapAtVisit(FxRobot robot) throws Exception {
        VisitWizardTest.click(robot, "#start-case-1001");
        VisitWizardTest.click(robot, "#went-ahead-yes");
        VisitWizardTest.click(robot, "#step-chip-6");
        assertEquals("Elm Road Primary", field(robot, "#ecomap-0-name").getText(), "prefilled from the latest eco-map");
        assertTrue(robot.lookup("#ecomap-1-kind-gp").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        double before = canvas(robot).getWidth();

        // a new row left empty: Next says what is missing beside each of its fields
        VisitWizardTest.click(robot, "#add-eco-tie");
        VisitWizardTest.click(robot, "#next");
        assertEquals("Enter who or what this is, for example the school's name", error(robot, "ecoMap-3-name"));
        assertEquals("Choose what this is: school, GP, friends, club, professional, family or other", error(robot, "ecoMap-3-kind"));
        assertEquals("Choose how the child's tie to it feels: strong, weak or stressful", error(robot, "ecoMap-3-strength"));
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#error-ecoMap-3-name").queryAs(Label.class)));
        Png.screenshot(robot, stage.getScene(), "app-visit-ecomap-errors");
        assertEquals("Step 7 of 11 · Changes", robot.lookup("#step-label").queryAs(Label.class).getText(), "Next stays on the step");

        robot.interact(() -> field(robot, "#ecomap-3-name").setText("Scouts (Tuesday nights)"));
        VisitWizardTest.click(robot, "#ecomap-3-kind-club");
        VisitWizardTest.click(robot, "#ecomap-3-strength-stressful");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", error(robot, "ecoMap-3-name"), "a message goes as soon as its answer is right");
        assertEquals("", error(robot, "ecoMap-3-strength"));

        // Dr Shah is no longer seen: removed; the drawing is redrawn from the rows now there
        VisitWizardTest.click(robot, "#ecomap-1-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nan (Pat Thompson)", field(robot, "#ecomap-1-name").getText());
        assertTrue(canvas(robot).getAccessibleText().contains("Scouts (Tuesday nights) (club or activity): stressful"),
                canvas(robot).getAccessibleText());
        assertFalse(canvas(robot).getAccessibleText().contains("Dr Shah"));
        assertTrue(canvas(robot).getWidth() > 0 && before > 0);
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#ecomap-drawing").queryAs(javafx.scene.Node.class)));
        WaitForAsyncUtils.waitForFxEvents();
        Png.screenshot(robot, stage.getScene(), "app-visit-ecomap");

        // the app is killed here: the wizard rebuilt from the saved draft has the eco-map as it was left
        robot.interact(() -> nav.opened(session, false));
        VisitWizardTest.click(robot, "#resume");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Scouts (Tuesday nights)", field(robot, "#ecomap-2-name").getText());
        assertTrue(robot.lookup("#ecomap-2-strength-stressful").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(canvas(robot).getAccessibleText().contains("Scouts"));

        VisitWizardTest.click(robot, "#step-chip-10");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> review = robot.lookup(".review-value").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(review.contains("Elm Road Primary (school): strong\nNan (Pat Thompson) (family): strong\n"
                + "Scouts (Tuesday nights) (club or activity): stressful"), review.toString());
        VisitNote note = session.drafts().load().orElseThrow().toNote("amara.okafor", ZoneId.of("Europe/London"), null);
        assertEquals(new EcoMap("Maya Thompson", List.of(LATEST.ties().get(0), LATEST.ties().get(2),
                new EcoMap.Tie("Scouts (Tuesday nights)", EcoMap.Kind.CLUB, EcoMap.Strength.STRESSFUL))), note.ecoMap());
        assertTrue(note.ecoMap().problems().isEmpty());
    }

    @Test
    @DisplayName("R5.6-genogram: a case with no eco-map yet starts with none, and a note with no one on it carries no eco-map")
    void noEcoMapYet(FxRobot robot) {
        VisitWizardTest.click(robot, "#start-case-1002");
        VisitWizardTest.click(robot, "#went-ahead-yes");
        VisitWizardTest.click(robot, "#step-chip-6");
        assertTrue(robot.lookup("#ecomap-0-name").tryQuery().isEmpty());
        assertTrue(robot.lookup("#ecomap-canvas").tryQuery().isEmpty());
        assertNull(session.drafts().load().orElseThrow().toNote("amara.okafor", ZoneId.of("Europe/London"), null).ecoMap());
    }

    @Test
    @DisplayName("R5.6-genogram: the tablet's case record draws the latest eco-map offline, and says when there is none")
    void caseRecordShowsTheLatest(FxRobot robot) throws Exception {
        VisitWizardTest.click(robot, "#record-case-1001");
        WaitForAsyncUtils.waitForFxEvents();
        DrawingCanvas drawing = robot.lookup("#record-ecomap-drawing").queryAs(DrawingCanvas.class);
        assertTrue(drawing.getAccessibleText().contains("Dr Shah (gp or health): weak"), drawing.getAccessibleText());
        robot.interact(() -> org.doorstep.app.Ui.reveal(robot.lookup("#record-ecomap").queryAs(javafx.scene.Node.class)));
        Png.screenshot(robot, stage.getScene(), "app-case-record-ecomap");
        VisitWizardTest.click(robot, "#record-back");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#record-case-1002").tryQuery().isPresent());
        VisitWizardTest.click(robot, "#record-case-1002");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#record-ecomap-none").queryAs(Label.class).getText().contains("No eco-map yet"));
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static String error(FxRobot robot, String field) {
        return robot.lookup("#error-" + field).queryAs(Label.class).getText();
    }

    private static DrawingCanvas canvas(FxRobot robot) {
        return robot.lookup("#ecomap-canvas").queryAs(DrawingCanvas.class);
    }
}
