package org.doorstep.app.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.ui.AppHarness;
import org.doorstep.app.ui.TapAt;
import org.doorstep.app.sketch.SketchPad;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.sketch.InkPoint;
import org.doorstep.model.sketch.Mark;
import org.doorstep.model.sketch.MarkBasis;
import org.doorstep.model.sketch.Sketch;
import org.doorstep.model.sketch.SketchCodec;
import org.doorstep.model.sketch.SketchTemplate;
import org.doorstep.model.sketch.SketchTemplates;
import org.doorstep.model.record.Statement;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.visit.VisitAction;
import org.doorstep.model.json.Json;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.visit.VisitRules;
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
import javafx.scene.input.MouseButton;
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
    @DisplayName("R1-sketch R5.2-venue R5.2-present R5.2-interpreter R5.2-child-seen R5.2-child-views R5.2-carer-views R5.2-narrative "
            + "R5.2-information R5.2-change R5.2-relationship R5.2-analysis R3-privacy-notice R11-fact-opinion R10-plain "
            + "R1-signed R2-form-approval R4-author: a full visit: each step's rule messages show beside their field and "
            + "block Next; a body map drawn with the mouse survives the app being killed; the signed note, sketch "
            + "included, is queued and verifies")
    void recordSignAndQueue(FxRobot robot) throws Exception {
        click(robot, "#start-case-1001");
        assertStep(robot, "Step 1 of 11 · Did the visit go ahead?");
        click(robot, "#next");
        assertEquals("Say whether the visit went ahead, and if not, what happened.", label(robot, "#error-outcome").getText());
        click(robot, "#went-ahead-yes");
        click(robot, "#next");
        assertStep(robot, "Step 2 of 11 · When and where");

        // when and where: leave the venue empty
        set(robot, "#venue", "");
        set(robot, "#purpose", "Statutory visit under the child protection plan");
        click(robot, "#next");
        assertError(robot, "venue", "#venue", "Say where the visit took place.");
        assertStep(robot, "Step 2 of 11 · When and where");
        click(robot, "#venue").write("Family home, 12 Elm Road");
        click(robot, "#next");
        assertStep(robot, "Step 3 of 11 · Who was present");

        // who was present: the worker is listed; removed, nobody is, and the message is at the top of the step
        assertEquals("Amara Okafor", robot.lookup("#person-name-0").queryAs(TextInputControl.class).getText());
        click(robot, "#person-remove-0");
        click(robot, "#next");
        assertEquals("Name everyone who was present, with their role or relationship.", label(robot, "#error-present").getText());
        // a tap on the mother adds her with her relationship, and the message goes at once (no second Next)
        click(robot, "#household-choice-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", label(robot, "#error-present").getText());
        assertEquals("One thing needs your attention on this step.", label(robot, "#step-message").getText(),
                "the interpreter question is still unanswered");
        assertEquals("mother", robot.lookup("#person-role-0").queryAs(TextInputControl.class).getText());
        click(robot, "#add-person");
        set(robot, "#person-name-1", "Amara Okafor");
        set(robot, "#person-role-1", "social worker");
        click(robot, "#interpreter-yes");
        click(robot, "#next");
        assertError(robot, "interpreterLanguage", "#interpreter-language", "Say which language the interpreter used.");
        click(robot, "#interpreter-language").write("Polish");
        set(robot, "#interpreter-name", "K. Nowak (LanguageLine)");
        // R4-author: someone else writing the note names who supplied the information
        click(robot, "#was-there-no");
        click(robot, "#next");
        assertError(robot, "suppliedBy", "#supplied-by", "You were not at the visit: name who gave you the information, and their role.");
        click(robot, "#was-there-yes");
        click(robot, "#next");
        assertStep(robot, "Step 4 of 11 · The child");

        // the child: not seen, no reason
        click(robot, "#seen-no");
        click(robot, "#next");
        assertError(robot, "reasonNotSeen", "#reason-not-seen", "Say why the child was not seen.");
        click(robot, "#seen-yes");
        click(robot, "#alone-yes");
        click(robot, "#next");
        assertStep(robot, "Step 5 of 11 · Views");

        // autosave: the draft on the device holds what was typed so far
        VisitDraft saved = session.drafts().load().orElseThrow();
        assertEquals("Family home, 12 Elm Road", saved.venue);
        assertEquals(2, saved.present.size());
        assertEquals(Boolean.TRUE, saved.childSeenAlone);

        // views, with plain-language advice while typing (R10-plain), which never blocks
        click(robot, "#next");
        assertError(robot, "childViews", "#child-views",
                "Record the child's views in their own words, or what you observed if the child does not talk yet.");
        set(robot, "#child-views", "Maya said school is \"good\" and she likes her new teacher.");
        set(robot, "#child-views-support", "Talked alone in her room; no help needed.");
        set(robot, "#carer-views", "Jo said the LAC review was helpful.");
        assertTrue(label(robot, "#advice-carer-views").isVisible());
        assertTrue(label(robot, "#advice-carer-views").getText().contains("'LAC'"), label(robot, "#advice-carer-views").getText());
        set(robot, "#carer-views", "Jo said the new routine is helping.");
        assertEquals("", label(robot, "#advice-carer-views").getText());
        click(robot, "#next");

        // what happened: information, facts, and what others said with who said it (R11-fact-opinion)
        assertStep(robot, "Step 6 of 11 · What happened");
        set(robot, "#information", "I gave Jo the date of the review meeting; she gave me the school's new number.");
        set(robot, "#narrative", "Maya showed me her room. The home was warm and tidy.");
        click(robot, "#add-reported");
        set(robot, "#reported-text-0", "Maya has been on time every day this month.");
        click(robot, "#next");
        assertEquals("Statement 1: Say who told you this, and their role or relationship to the child.",
                label(robot, "#error-reportedByOthers").getText());
        set(robot, "#reported-by-0", "Mr Patel (class teacher, by phone)");
        click(robot, "#next");

        // changes and relationship
        assertStep(robot, "Step 7 of 11 · Changes");
        click(robot, "#household-yes");
        set(robot, "#relationship", "Maya chatted easily and showed me her drawings.");
        click(robot, "#next");
        assertError(robot, "significantChange", "#significant-change", "Say who has moved in or out, and when.");
        click(robot, "#household-no");
        click(robot, "#next");

        // analysis against the plan's recommendations, and actions
        assertStep(robot, "Step 8 of 11 · Analysis and actions");
        click(robot, "#next");
        assertEquals("Add your analysis of the visit against at least one recommendation of the child's plan.",
                label(robot, "#error-analysis").getText());
        set(robot, "#analysis-0", "Attendance is now every day, so this part of the plan is working.");
        click(robot, "#add-action");
        set(robot, "#action-what-0", "Check attendance with the school");
        click(robot, "#next");
        assertEquals("Action 1 needs what is to be done, by whom and by when.", label(robot, "#error-actions").getText());
        set(robot, "#action-who-0", "Amara Okafor");
        robot.interact(() -> robot.lookup("#action-when-0").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 12, 8)));
        click(robot, "#next");

        // privacy notice
        assertStep(robot, "Step 9 of 11 · Privacy notice");
        click(robot, "#privacy-yes");
        click(robot, "#next");
        assertEquals("Say in which language or format the privacy notice was given.", label(robot, "#error-privacyNotice").getText());
        set(robot, "#privacy-language", "Polish, read aloud by the interpreter");
        click(robot, "#next");

        // R1-sketch: a body map, full screen; a stroke drawn with the mouse is autosaved at once
        assertStep(robot, "Step 10 of 11 · Sketches and body maps");
        click(robot, "#add-sketch");
        assertTrue(robot.lookup("#sketch-screen").tryQuery().isPresent(), "the pad fills the screen");
        assertFalse(robot.lookup("#next").tryQuery().isPresent(), "no wizard buttons under the pad");
        SketchPad pad = robot.lookup(".sketch-pad").queryAs(SketchPad.class);
        robot.drag(onPad(robot, pad, 300, 300), MouseButton.PRIMARY).moveTo(onPad(robot, pad, 400, 330))
                .moveTo(onPad(robot, pad, 500, 300)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        VisitDraft drawn = session.drafts().load().orElseThrow();
        assertEquals(1, SketchCodec.decode(drawn.sketches.get(0)).strokes().size(), "the stroke is in the saved draft");

        // the app is killed with the sketch open; the wizard rebuilt from the saved draft has the stroke
        robot.interact(() -> nav.opened(session, false));
        click(robot, "#resume");
        assertStep(robot, "Step 10 of 11 · Sketches and body maps");
        assertTrue(label(robot, "#sketch-summary-0").getText().contains("1 line · 0 numbered marks"),
                label(robot, "#sketch-summary-0").getText());
        click(robot, "#sketch-open-0");
        SketchPad restored = robot.lookup(".sketch-pad").queryAs(SketchPad.class);
        assertEquals(1, restored.strokes().size());
        assertEquals(300, restored.strokes().get(0).points().get(0).x(), 2);

        // a numbered mark placed on the left forearm, its form filled in, and a caption
        set(robot, "#sketch-caption", "Bruise on Maya's left forearm");
        click(robot, "#sketch-mark");
        double[] forearm = regionCentre("body-front-child", "forearm-left");
        TapAt.point(robot, onPad(robot, restored, forearm[0], forearm[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("left forearm", robot.lookup("#mark-site").queryAs(TextInputControl.class).getText());
        set(robot, "#mark-size", "2.5");
        set(robot, "#mark-shape", "oval");
        set(robot, "#mark-colours", "purple, yellow");
        click(robot, "#mark-basis-seen");
        set(robot, "#mark-child-explanation", "I fell off my bike");
        click(robot, "#mark-save");
        assertEquals(1, restored.marks().size());
        // PNG export on the tablet (R1-sketch R13-at-rest): a picture of exactly what is on the pad, kept inside the
        // encrypted store and never as a file beside the app's data
        click(robot, "#sketch-export");
        String exportMessage = label(robot, "#sketch-exported").getText();
        assertTrue(exportMessage.contains("encrypted storage"), exportMessage);
        String picture = nav.session().store().names().stream().filter(n -> n.endsWith(".png")).findFirst().orElseThrow();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(home)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".png")), "no picture file is written in the clear");
        }
        javafx.scene.image.Image exported = new javafx.scene.image.Image(
                new java.io.ByteArrayInputStream(nav.session().store().get(picture).orElseThrow()));
        assertEquals(1280, exported.getWidth());
        assertEquals(800, exported.getHeight());
        click(robot, "#sketch-done");
        assertStep(robot, "Step 10 of 11 · Sketches and body maps");
        assertEquals("Bruise on Maya's left forearm", label(robot, "#sketch-caption-0").getText());
        assertTrue(label(robot, "#sketch-summary-0").getText().endsWith("1 line · 1 numbered mark"),
                label(robot, "#sketch-summary-0").getText());
        click(robot, "#next");

        // review: in time, so no late warning; the sketch is listed with a picture
        assertStep(robot, "Step 11 of 11 · Review and sign");
        String review = reviewText(robot);
        assertTrue(review.contains("Family home, 12 Elm Road"), review);
        assertTrue(review.contains("Jo Thompson (mother)"), review);
        assertTrue(review.contains("Yes — Polish, K. Nowak (LanguageLine)"), review);
        assertTrue(review.contains("Fact, reported by Mr Patel (class teacher, by phone)"), review);
        assertTrue(review.contains("Maya attends school every day: Attendance is now every day"), review);
        assertTrue(review.contains("1. Bruise on Maya's left forearm\nBody, front (child) · 1 line · 1 numbered mark\n"
                + "1: left forearm, seen by you; 2.5 cm; oval; purple, yellow; the child said: \u201cI fell off my bike\u201d"), review);
        assertEquals(1, robot.lookup("#review-sketches").queryAs(javafx.scene.layout.Pane.class).getChildren().size());
        assertEquals("", label(robot, "#review-errors").getText());
        assertFalse(label(robot, "#late-warning").isVisible());
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
        assertEquals("visit-2", note.formVersion());
        assertEquals(VisitOutcome.COMPLETED, note.outcome());
        assertEquals("amara.okafor", note.author());
        assertNull(note.suppliedBy());
        assertEquals(AppHarness.CLOCK.instant(), note.signedAt());
        assertEquals("Family home, 12 Elm Road", note.venue());
        assertEquals(2, note.present().size());
        assertEquals("Polish", note.interpreterLanguage());
        assertTrue(note.childSeenAlone());
        assertEquals(List.of(new PlanAnalysis("rec-1", "Attendance is now every day, so this part of the plan is working.")),
                note.analysis());
        assertEquals(List.of(new VisitAction("Check attendance with the school", "Amara Okafor", java.time.LocalDate.of(2026, 12, 8))),
                note.actions());
        assertEquals(new PrivacyNotice(true, "Polish, read aloud by the interpreter"), note.privacyNotice());
        assertEquals(Statement.Source.THIRD_PARTY, note.reportedByOthers().get(0).source());
        assertEquals(Boolean.FALSE, note.householdChanged());
        // R1-sketch: the signed note holds the sketch: the stroke as drawn and the mark as filled in
        assertEquals(1, note.sketches().size());
        Sketch sketch = note.sketches().get(0);
        assertEquals("Bruise on Maya's left forearm", sketch.caption());
        assertEquals(1, sketch.strokes().size());
        InkPoint first = sketch.strokes().get(0).points().get(0);
        InkPoint last = sketch.strokes().get(0).points().get(sketch.strokes().get(0).points().size() - 1);
        assertEquals(300, first.x(), 2);
        assertEquals(300, first.y(), 2);
        assertEquals(500, last.x(), 2);
        assertEquals(300, last.y(), 2);
        Mark mark = sketch.marks().get(0);
        assertEquals(1, mark.number());
        assertEquals("forearm-left", mark.regionId());
        assertEquals("left forearm", mark.site());
        assertEquals(2.5, mark.sizeCm());
        assertEquals(List.of("purple", "yellow"), mark.colours());
        assertEquals(MarkBasis.SEEN, mark.basis());
        assertEquals("I fell off my bike", mark.childExplanation());
        com.fasterxml.jackson.databind.node.ObjectNode edited = signed.note().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) edited.get("sketches").get(0).get("marks").get(0))
                .put("childExplanation", "I fell off my scooter");
        assertFalse(new SignedNote(signed.deviceId(), edited, signed.signature())
                .verifiesWith(session.signingKey().verifyingKey()), "the signature covers the sketch: an edited mark fails");
        assertEquals(List.of(), new VisitRules(AppHarness.CLOCK).checkSigned(note));
        assertTrue(session.drafts().load().isEmpty(), "the draft is deleted once signed");
        // The list is redrawn when the background sync attempt ends: wait for the card, not for a moment.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-" + signed.noteId()).tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Queued")).orElse(false));
        assertEquals("Queued — not yet synced", label(robot, "#status-" + signed.noteId()).getText());
    }

    @Test
    @DisplayName("R5.2-failed R9-timely: a visit where nobody answered takes the short path (when, where, who, what happened, "
            + "actions taken), warns that it is late, and is signed and queued")
    void failedVisit(FxRobot robot) throws Exception {
        click(robot, "#start-case-1003");
        click(robot, "#went-ahead-no");
        click(robot, "#next");
        assertEquals("Say whether the visit went ahead, and if not, what happened.", label(robot, "#error-outcome").getText());
        click(robot, "#outcome-NO_RESPONSE");
        click(robot, "#next");
        assertStep(robot, "Step 2 of 5 · When and where");
        // the visit was last Thursday afternoon: more than 48 working hours ago
        robot.interact(() -> robot.lookup("#date").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 11, 19)));
        // one moment, not a one-hour visit: a single time, and no end time to fill in
        assertEquals(robot.lookup("#start").queryAs(TextInputControl.class).getText(),
                robot.lookup("#end").queryAs(TextInputControl.class).getText());
        assertFalse(shown(robot.lookup("#end").queryAs(Node.class)), "no end time for a knock at the door");
        set(robot, "#start", "14:20");
        set(robot, "#purpose", "Unannounced visit");
        click(robot, "#next");
        assertStep(robot, "Step 3 of 5 · Who was present");
        assertFalse(shown(robot.lookup("#interpreter-yes").queryAs(Node.class)), "no interpreter question on the short path");
        assertEquals("Amara Okafor", robot.lookup("#person-name-0").queryAs(TextInputControl.class).getText(),
                "the worker is present on a failed visit too, without typing");
        click(robot, "#next");
        assertStep(robot, "Step 4 of 5 · What happened and what you did");
        set(robot, "#narrative", "Knocked three times; no answer; curtains drawn.");
        click(robot, "#next");
        assertError(robot, "actionsAfterFailedVisit", "#actions-after",
                "Say what you did next, e.g. left a card, phoned the family, told your manager.");
        set(robot, "#actions-after", "Left a card; phoned Mrs Khan (no answer); told my manager.");
        click(robot, "#next");
        assertStep(robot, "Step 5 of 5 · Review and sign");
        Label late = label(robot, "#late-warning");
        assertTrue(late.isVisible());
        assertEquals("This note is late: it was due by Mon 23 Nov 2026 14:20. It will be marked 'Late Entry' "
                + "with today's date and time.", late.getText());
        assertTrue(reviewText(robot).contains("No — No response at the door"));
        assertEquals("", label(robot, "#review-errors").getText());
        click(robot, "#sign");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sync-message").tryQuery().isPresent());
        VisitNote note = session.outbox().pending().get(0).note().visitNote();
        assertEquals(VisitOutcome.NO_RESPONSE, note.outcome());
        assertNull(note.childSeen());
        assertNull(note.childViews());
        assertNull(note.privacyNotice());
        assertEquals("Left a card; phoned Mrs Khan (no answer); told my manager.", note.actionsAfterFailedVisit());
        assertEquals(List.of(), new VisitRules(AppHarness.CLOCK).checkSigned(note));
    }

    @Test
    @DisplayName("R11-rectify: a signed note is corrected from the visits screen: the wizard opens on what was signed, "
            + "asks why beside the field, and signs a new note naming the old one, which stays as it was")
    void correctASignedNote(FxRobot robot) throws Exception {
        noAnswerToReview(robot, "09:00", "09:20", "Knocked twice; no answer.");
        click(robot, "#sign");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sync-message").tryQuery().isPresent());
        VisitNote first = session.outbox().pending().get(0).note().visitNote();
        String original = Json.write(session.outbox().pending().get(0).note().note());

        click(robot, "#correct-" + first.noteId());
        assertStep(robot, "Step 1 of 5 · Did the visit go ahead?");
        click(robot, "#next");
        assertEquals("Unannounced visit", robot.lookup("#purpose").queryAs(TextInputControl.class).getText());
        click(robot, "#next");
        click(robot, "#next");
        assertEquals("Knocked twice; no answer.", robot.lookup("#narrative").queryAs(TextInputControl.class).getText());
        set(robot, "#narrative", "Knocked three times at 09:00 and 09:15; no answer; curtains drawn.");
        click(robot, "#next");
        assertStep(robot, "Step 5 of 5 · Review and sign");
        assertTrue(shown(robot.lookup("#correction-reason").queryAs(Node.class)));
        assertFalse(label(robot, "#late-warning").isVisible(), "a correction is not a late entry");
        click(robot, "#sign");
        assertEquals("Say why the earlier version needs correcting, e.g. the wrong date was entered.",
                label(robot, "#error-amendmentReason").getText());
        assertEquals(1, session.outbox().all().size(), "nothing signed without a reason");
        set(robot, "#correction-reason", "I left out the second knock and the curtains.");
        click(robot, "#sign");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.outbox().all().size() == 2
                && robot.lookup("#version-" + first.noteId()).tryQuery().isPresent());
        VisitNote correction = session.outbox().pending().get(1).note().visitNote();
        assertEquals(first.noteId(), correction.amendment().amends());
        assertEquals("I left out the second knock and the curtains.", correction.amendment().reason());
        assertEquals("Knocked three times at 09:00 and 09:15; no answer; curtains drawn.", correction.narrative());
        assertEquals(first.visitStart(), correction.visitStart());
        assertEquals(List.of(), new VisitRules(AppHarness.CLOCK).checkSigned(correction));
        assertEquals(original, Json.write(session.outbox().find(first.noteId()).orElseThrow().note().note()),
                "the first note is kept exactly as signed");
        assertEquals("Corrected by note " + correction.noteId(), label(robot, "#version-" + first.noteId()).getText());
        assertEquals("Correction of note " + first.noteId(), label(robot, "#version-" + correction.noteId()).getText());
        assertTrue(robot.lookup("#correct-" + first.noteId()).tryQuery().isEmpty(), "only the current version is offered for correction");
        assertTrue(robot.lookup("#correct-" + correction.noteId()).tryQuery().isPresent());
    }

    @Test
    @DisplayName("R2-form-approval: the review step warns, without blocking, when the caseload from the server does not "
            + "list the app's form version as approved")
    void unapprovedFormVersionWarning(FxRobot robot) throws Exception {
        org.doorstep.model.wire.Caseload approving = org.doorstep.app.sync.FakeServer.caseload("amara.okafor");
        session.caseload().save(new org.doorstep.model.wire.Caseload(approving.username(), approving.cases(),
                List.of("visit-1", "visit-3")), AppHarness.CLOCK.instant());
        noAnswerToReview(robot, null, null, "Knocked three times; no answer.");
        assertStep(robot, "Step 5 of 5 · Review and sign");
        Label warning = label(robot, "#form-warning");
        assertTrue(warning.isVisible());
        assertEquals("This form version is not approved on the server; the note will be refused. Update the app.",
                warning.getText());

        // A caseload that lists the version (as the server's does after an update) shows no warning.
        session.caseload().save(approving, AppHarness.CLOCK.instant());
        click(robot, "#back");
        click(robot, "#next");
        assertStep(robot, "Step 5 of 5 · Review and sign");
        assertFalse(label(robot, "#form-warning").isVisible());

        // Advice only: with the warning showing the note is still signed and queued; the server decides.
        session.caseload().save(new org.doorstep.model.wire.Caseload(approving.username(), approving.cases(),
                List.of("visit-3")), AppHarness.CLOCK.instant());
        click(robot, "#back");
        click(robot, "#next");
        assertTrue(label(robot, "#form-warning").isVisible());
        click(robot, "#sign");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sync-message").tryQuery().isPresent());
        assertEquals(1, session.outbox().pending().size());
        assertEquals(VisitDraft.FORM_VERSION, session.outbox().pending().get(0).note().visitNote().formVersion());
    }

    /**
     * Walks a visit to case 1003 where nobody answered along the short path to its review step:
     * start and end as typed (or the wizard's defaults when null), Amara Okafor present, a card left.
     */
    private static void noAnswerToReview(FxRobot robot, String start, String end, String narrative) {
        click(robot, "#start-case-1003");
        click(robot, "#went-ahead-no");
        click(robot, "#outcome-NO_RESPONSE");
        click(robot, "#next");
        if (start != null) {
            set(robot, "#start", start);
        }
        if (end != null) {
            set(robot, "#end", end);
        }
        set(robot, "#purpose", "Unannounced visit");
        click(robot, "#next");
        click(robot, "#next");
        set(robot, "#narrative", narrative);
        set(robot, "#actions-after", "Left a card.");
        click(robot, "#next");
    }

    /** Visible on screen: the node and every parent visible. */
    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String reviewText(FxRobot robot) {
        return robot.lookup("#review").queryAs(Node.class).lookupAll(".review-value").stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    @DisplayName("R1-contemporaneous: a visit left half-way is autosaved and resumes at the same step")
    void resumeDraft(FxRobot robot) {
        click(robot, "#start-case-1002");
        click(robot, "#went-ahead-yes");
        click(robot, "#next");
        set(robot, "#venue", "Contact centre, Mill Lane");
        set(robot, "#purpose", "Review of contact arrangements");
        click(robot, "#next");
        assertStep(robot, "Step 3 of 11 · Who was present");
        click(robot, "#close");
        assertTrue(robot.lookup("#resume").queryAs(Node.class).isVisible());
        click(robot, "#resume");
        assertStep(robot, "Step 3 of 11 · Who was present");
        click(robot, "#back");
        assertEquals("Contact centre, Mill Lane", robot.lookup("#venue").queryAs(TextInputControl.class).getText());
    }

    @Test
    @DisplayName("R1-contemporaneous: an end time before the start says, beside it, that the visit ends the next day")
    void endTimeBeforeStartIsShownAsTheNextDay(FxRobot robot) {
        click(robot, "#start-case-1002");
        click(robot, "#went-ahead-yes");
        click(robot, "#next");
        robot.interact(() -> robot.lookup(".date-picker").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 11, 24)));
        set(robot, "#start", "23:19");
        set(robot, "#end", "00:19");
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = label(robot, "#ends-next-day");
        assertEquals("Ends the next day, Wednesday 25 November.", hint.getText());
        assertTrue(hint.isVisible());
        set(robot, "#end", "23:50");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hint.isVisible(), "an end after the start is on the visit's own day: nothing to say");
        set(robot, "#start", "14:00");
        set(robot, "#end", "13:00");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hint.isVisible(), "an end too early for a visit past midnight is a mistake, not the next day");
    }

    static javafx.geometry.Point2D onPad(FxRobot robot, SketchPad pad, double x, double y) {
        javafx.util.Pair<Double, Double> p = fx(robot, () -> {
            javafx.geometry.Point2D s = pad.toScreen(x, y);
            return new javafx.util.Pair<>(s.getX(), s.getY());
        });
        return new javafx.geometry.Point2D(p.getKey(), p.getValue());
    }

    private static <T> T fx(FxRobot robot, java.util.function.Supplier<T> s) {
        java.util.concurrent.atomic.AtomicReference<T> r = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> r.set(s.get()));
        return r.get();
    }

    static double[] regionCentre(String templateId, String regionId) {
        SketchTemplate t = SketchTemplates.find(templateId).orElseThrow();
        SketchTemplate.Region r = t.regions().stream().filter(x -> x.id().equals(regionId)).findFirst().orElseThrow();
        double x = r.polygon().stream().mapToDouble(SketchTemplate.Pt::x).average().orElseThrow();
        double y = r.polygon().stream().mapToDouble(SketchTemplate.Pt::y).average().orElseThrow();
        return SketchTemplate.toCanvas(SketchPad.DEFAULT_WIDTH, SketchPad.DEFAULT_HEIGHT, new SketchTemplate.Pt(x, y));
    }

    /** Scrolls the control into view as a person would, then taps it. */
    static org.testfx.api.FxRobotInterface click(FxRobot robot, String id) {
        Node n = robot.lookup(id).queryAs(Node.class);
        robot.interact(() -> org.doorstep.app.Ui.reveal(n));
        TapAt.node(robot, n);
        return robot;
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
