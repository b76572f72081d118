package org.doorstep.app.visit;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.app.Ui;
import org.doorstep.model.visit.VisitOutcome;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The visit wizard: a progress indicator, one page per {@link Step}, Back / Next / Sign. Every
 * field has its own error label right below it, found by the {@code VisitNote} field name. Where
 * the practitioner writes free text, plain-language advice shows below the box as they type.
 */
public final class VisitWizardView extends VBox {

    public final Label title = new Label("Visit");
    public final Button close = Ui.secondary("Save and close", "close");
    /** The case's read-only record (R5.1-basic, R5.5-chronology), from the cache. */
    public final Button record = Ui.secondary("Record", "wizard-record");
    public final Label stepLabel = new Label();
    public final ProgressBar progress = new ProgressBar(0);
    public final HBox stepStrip = new HBox(6);
    /** On a phone, where the step list does not fit, the same list as a menu beside Record. */
    public final javafx.scene.control.MenuButton stepMenu = new javafx.scene.control.MenuButton("Steps");
    public final Map<String, Label> errors = new HashMap<>();
    /** Plain-language advice under each free-text box (R10-plain), by the box. */
    public final Map<TextInputControl, Label> advice = new HashMap<>();
    /** Hides the screen at once (a family member looks over): the draft is kept, the PIN opens it again. */
    public final Button lock = Ui.secondary("Lock", "wizard-lock");
    /** Shown after Change on the review: straight back to the review once the answer is mended. */
    public final Button toReview = Ui.primary("Back to review", "to-review");

    // did it go ahead
    public final YesNo wentAhead = new YesNo("went-ahead", "Did the visit go ahead?");
    public final ToggleGroup failedOutcome = new ToggleGroup();
    public final Map<VisitOutcome, ToggleButton> failedChoices = new EnumMap<>(VisitOutcome.class);
    public final VBox failedBox = new VBox(10);
    // when and where
    public final DatePicker date = new DatePicker();
    public final TextField start = Ui.text("start", "e.g. 14:00");
    public final TextField end = Ui.text("end", "e.g. 15:00");
    /** Says which day an end time before the start falls on, so a visit past midnight is not a surprise. */
    public final Label endsNextDay = Ui.note("");
    public final TextField venue = Ui.text("venue", "e.g. family home, 12 Elm Road");
    public final TextArea purpose = Ui.area("purpose", "e.g. statutory visit under the child protection plan", 3);
    /** R14-cover: shown only for a visit on duty to an unallocated case. */
    public final TextArea dutyReason = Ui.area("duty-reason", "e.g. the school rang with a concern; the case has no worker yet", 3);
    public final VBox dutyBox = new VBox(8);
    // who was present
    public final VBox people = new VBox(12);
    /** One button per member of the household on the record, to add them as present in a tap. */
    public final VBox householdChoices = new VBox(10);
    public final VBox householdBox;
    public final FlowPane knownChoices = new FlowPane(10, 10);
    public final VBox knownBox;
    public final Button addPerson = Ui.secondary("+ Add a person", "add-person");
    public final YesNo interpreterUsed = new YesNo("interpreter", "Was an interpreter used?");
    public final TextField interpreterLanguage = Ui.text("interpreter-language", "e.g. Polish");
    public final TextField interpreterName = Ui.text("interpreter-name", "name or agency reference");
    public final VBox interpreterDetails = new VBox(16);
    public final VBox interpreterBox;
    public final YesNo wasThere = new YesNo("was-there", "Were you at this visit yourself?");
    public final TextField suppliedBy = Ui.text("supplied-by", "e.g. Jo Bloggs, family support worker");
    public final VBox suppliedByBox;
    // the child
    public final YesNo childSeen = new YesNo("seen", "Was the child seen?");
    public final YesNo childSeenAlone = new YesNo("alone", "Was the child seen alone?");
    public final TextArea reasonNotSeen = Ui.area("reason-not-seen", "e.g. at school; asleep and unwell", 3);
    public final TextArea reasonNotAlone = Ui.area("reason-not-alone",
            "e.g. she asked for her mother to stay; too young to be seen alone; no other room", 3);
    public final VBox reasonNotAloneBox;
    /** The end time: a visit that did not go ahead is one moment, so it shows the start only. */
    public final VBox endBox;
    private VBox startBox;
    public final VBox aloneBox;
    public final VBox reasonBox;
    // views
    public final TextArea childViews = Ui.area("child-views", "in the child's own words where you can", 5);
    public final TextArea childViewsSupport = Ui.area("child-views-support",
            "e.g. talked alone in her room, no help needed; used picture cards; a signer came", 2);
    public final VBox childViewsSupportBox;
    public final TextArea carerViews = Ui.area("carer-views", "what the parent or carer said", 5);
    // what happened
    public final TextArea informationExchanged = Ui.area("information",
            "what you told the family, and what they told you (e.g. dates, phone numbers, leaflets)", 3);
    public final TextArea narrative = Ui.area("narrative", "what you saw and heard, what was discussed, what was agreed", 8);
    public final VBox reported = new VBox(12);
    public final Button addReported = Ui.secondary("+ Add what someone else told you", "add-reported");
    private final VBox narrativeBox;
    private final VBox narrativeSlot = new VBox();
    private final VBox failedNarrativeSlot = new VBox();
    // changes
    public final YesNo householdChanged = new YesNo("household", "Has anyone moved in or out of the household?");
    public final TextArea significantChange = Ui.area("significant-change",
            "who moved in or out and when; any other big change (school, job, health, housing)", 3);
    public final TextArea relationshipQuality = Ui.area("relationship",
            "e.g. she chatted easily and showed me her drawings", 3);
    // the child's eco-map (R5.6-genogram): its drawing, redrawn on every change, and one row per tie
    public final javafx.scene.layout.StackPane ecoMapDrawing = new javafx.scene.layout.StackPane();
    public final VBox ecoTies = new VBox(12);
    public final Button addEcoTie = Ui.secondary("+ Add a person or service", "add-eco-tie");
    // the child's belongings (R5.4-child-property): shown when the case has a list on the tablet
    public final VBox belongings = new VBox(10);
    public final VBox propertyChanges = new VBox(12);
    public final Button addBelonging = Ui.secondary("+ Add an item", "add-belonging");
    public final VBox belongingsBox;
    // analysis and actions
    public final Label planIntro = Ui.note("");
    {
        planIntro.setId("plan-intro");
    }
    public final VBox analysis = new VBox(14);
    /** R5.4-balance: strengths and concerns apart; a one-sided pair is pointed out below them, never refused. */
    public final TextArea strengths = Ui.area("strengths", "what is going well: who helps, what the family does well", 3);
    public final TextArea concerns = Ui.area("concerns", "what worries you, and why", 3);
    public final Label balanceAdvice = Ui.note("");
    {
        balanceAdvice.setId("balance-advice");
        balanceAdvice.getStyleClass().add("advice");
    }
    public final VBox actions = new VBox(12);
    public final Button addAction = Ui.secondary("+ Add an action", "add-action");
    // privacy notice
    public final YesNo privacyGiven = new YesNo("privacy", "Was the privacy notice given?");
    public final TextField privacyLanguage = Ui.text("privacy-language", "e.g. English, printed leaflet; Polish, read aloud");
    public final VBox privacyLanguageBox;
    // failed visit
    public final TextArea actionsAfterFailedVisit = Ui.area("actions-after",
            "e.g. left a card; phoned the mother (no answer); told my manager; will call again tomorrow", 4);
    // sketches and body maps (R1-sketch)
    public final VBox sketchList = new VBox(12);
    public final Button addSketch = Ui.secondary("+ Add a sketch", "add-sketch");
    // documents and photos (R1-media)
    public final VBox fileList = new VBox(8);
    /** The camera on a device, the file chooser on the desktop (R1-media); tests put in the file a person would pick. */
    public final org.doorstep.app.platform.PhotoSource photoSource = org.doorstep.app.platform.PhotoSource.ofThisDevice();
    public final Button attachFile = Ui.secondary(photoSource.action(), "attach-file");
    public final Label fileError = Ui.errorLabel("file-error");
    public java.util.function.Function<javafx.stage.Window, java.io.File> chooseFile = photoSource.picker();
    private List<javafx.scene.Node> beforeFullScreen;
    // review
    final ReviewPage reviewPage = new ReviewPage();
    public final VBox review = reviewPage.review;
    public final Label reviewErrors = Ui.errorLabel("review-errors");
    public final Label lateWarning = new Label();
    // correcting a signed note (R11-rectify)
    public final Label correctionHeading = new Label();
    public final TextArea correctionReason = Ui.area("correction-reason",
            "e.g. I wrote the wrong date: the visit was on Tuesday 24 November, not Monday", 3);
    public final VBox correctionBox;
    public final Label formWarning = new Label();

    public final Label stepMessage = Ui.errorLabel("step-message");
    public final Button back = Ui.secondary("Back", "back");
    public final Button next = Ui.primary("Next", "next");
    public final Button sign = Ui.primary("Sign visit note", "sign");
    public final Map<Step, VBox> pages = new EnumMap<>(Step.class);
    private final VBox page = new VBox();
    private final ScrollPane scroll;

    public VisitWizardView() {
        date.setId("date");
        date.setPromptText("e.g. 24/11/2026");
        Days.editable(date);
        people.setId("people");
        reported.setId("reported");
        analysis.setId("analysis");
        actions.setId("actions");

        // 1 did the visit go ahead
        for (VisitOutcome o : VisitOutcome.values()) {
            if (o.failed()) {
                ToggleButton b = new ToggleButton(o.label());
                b.setId("outcome-" + o.name());
                b.setToggleGroup(failedOutcome);
                b.setUserData(o);
                b.getStyleClass().add("choice");
                b.setMaxWidth(Double.MAX_VALUE);
                b.setAccessibleText("What happened: " + o.label());
                failedChoices.put(o, b);
            }
        }
        Label failedLabel = new Label("What happened?");
        failedLabel.getStyleClass().add("field-label");
        VBox choices = new VBox(10);
        choices.getChildren().addAll(failedChoices.values());
        choices.setMaxWidth(420);
        failedBox.getChildren().addAll(failedLabel, choices);
        hideWhenInvisible(failedBox);
        pages.put(Step.OUTCOME, new VBox(18, Ui.heading("Did the visit go ahead?"),
                Ui.note("If nobody answered, you were not let in, or the visit was cancelled, say so here: "
                        + "the note then only asks what happened and what you did next."),
                labelled("Did the visit go ahead?", wentAhead, null), failedBox, error("outcome")));

        // 2 when and where
        startBox = grow(Ui.field("Started at", start, error("visitStart")));
        endBox = grow(Ui.field("Ended at", end, error("visitEnd")));
        endsNextDay.setId("ends-next-day");
        endsNextDay.managedProperty().bind(endsNextDay.textProperty().isNotEmpty());
        endsNextDay.visibleProperty().bind(endsNextDay.textProperty().isNotEmpty());
        endBox.getChildren().add(endsNextDay);
        hideWhenInvisible(endBox);
        HBox times = new HBox(12, startBox, endBox);
        pages.put(Step.WHEN_WHERE, new VBox(18, Ui.heading("When and where"),
                Ui.field("Date of the visit", date, null), times,
                Ui.field("Venue", venue, error("venue")),
                withAdvice(Ui.field("Purpose of the visit", purpose, error("purpose")), purpose), dutyBox));
        dutyBox.getChildren().addAll(Ui.note("This case is not allocated to anyone: you are visiting on duty. "
                        + "Say why; the reason is signed with the note."),
                withAdvice(Ui.field("Why you visited on duty", dutyReason, error("dutyReason")), dutyReason));
        hideWhenInvisible(dutyBox);

        // 3 who was present
        interpreterDetails.getChildren().addAll(
                Ui.field("Language", interpreterLanguage, error("interpreterLanguage")),
                Ui.field("Interpreter's name", interpreterName, error("interpreterName")));
        hideWhenInvisible(interpreterDetails);
        interpreterBox = new VBox(18, Ui.heading("Interpreter"),
                labelled("Was an interpreter used?", interpreterUsed, error("interpreterUsed")), interpreterDetails);
        hideWhenInvisible(interpreterBox);
        suppliedByBox = Ui.field("Who gave you the information? Name and role", suppliedBy, error("suppliedBy"));
        hideWhenInvisible(suppliedByBox);
        householdChoices.setId("household-choices");
        householdBox = new VBox(8, Ui.note("In the household on the record: tap whoever was there."), householdChoices);
        hideWhenInvisible(householdBox);
        knownChoices.setId("known-choices");
        knownBox = new VBox(8, Ui.note("Met at earlier visits: tap whoever was there."), knownChoices);
        hideWhenInvisible(knownBox);
        pages.put(Step.PRESENT, new VBox(18, Ui.heading("Who was present"),
                Ui.note("Everyone present, including you, with their role or relationship to the child."),
                error("present"), people, householdBox, knownBox, addPerson, interpreterBox,
                Ui.heading("Who is writing this note"),
                labelled("Were you at this visit yourself?", wasThere, null), suppliedByBox));

        // 4 the child
        aloneBox = labelled("Was the child seen alone?", childSeenAlone, error("childSeenAlone"));
        reasonBox = withAdvice(Ui.field("Why was the child not seen?", reasonNotSeen, error("reasonNotSeen")), reasonNotSeen);
        reasonNotAloneBox = withAdvice(Ui.field("Why was the child not seen alone?", reasonNotAlone,
                error("reasonNotSeenAlone")), reasonNotAlone);
        hideWhenInvisible(aloneBox);
        hideWhenInvisible(reasonBox);
        hideWhenInvisible(reasonNotAloneBox);
        pages.put(Step.CHILD, new VBox(18, Ui.heading("The child"),
                labelled("Was the child seen?", childSeen, error("childSeen")), aloneBox, reasonNotAloneBox, reasonBox));

        // 5 views: the child's and the carer's own views, in their words
        childViewsSupportBox = Ui.field("How did you find out the child's views? Any help used",
                childViewsSupport, error("childViewsSupport"));
        hideWhenInvisible(childViewsSupportBox);
        pages.put(Step.VIEWS, new VBox(18, Ui.heading("Views"),
                Ui.note("Their views, not yours: use their words where you can. Your own view goes under Changes and Analysis."),
                withAdvice(Ui.field("The child's views", childViews, error("childViews")), childViews),
                childViewsSupportBox,
                withAdvice(Ui.field("Parent's or carer's views", carerViews, error("carerViews")), carerViews)));

        // 6 what happened: facts first-hand, then what others said
        narrativeBox = withAdvice(Ui.field("What happened: facts you saw or heard yourself", narrative, error("narrative")), narrative);
        pages.put(Step.DISCUSSION, new VBox(18, Ui.heading("What happened"),
                withAdvice(Ui.field("Information exchanged", informationExchanged, error("informationExchanged")),
                        informationExchanged),
                narrativeSlot,
                Ui.heading("What others told you"),
                Ui.note("Something you did not see yourself, e.g. from a teacher or neighbour: say who said it, "
                        + "and whether it is a fact or their opinion."),
                reported, error("reportedByOthers"), addReported));

        // 7 changes and relationship
        belongings.setId("belongings");
        ecoMapDrawing.setId("ecomap-drawing");
        ecoMapDrawing.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ecoTies.setId("ecomap-ties");
        propertyChanges.setId("property-changes");
        belongingsBox = new VBox(12, Ui.heading("The child's belongings"),
                Ui.note("Anything moved, lost or given back since the list was made, or a new item. Leave as it is if nothing changed."),
                belongings, propertyChanges, error("propertyChanges"), addBelonging);
        belongingsBox.managedProperty().bind(belongingsBox.visibleProperty());
        pages.put(Step.CHANGES, new VBox(18, Ui.heading("Changes"),
                labelled("Has anyone moved in or out of the household?", householdChanged, error("householdChanged")),
                withAdvice(Ui.field("Significant changes for the child or family", significantChange,
                        error("significantChange")), significantChange),
                Ui.heading("Your relationship with the child"),
                withAdvice(Ui.field("How is your relationship with the child? (your assessment)", relationshipQuality,
                        error("relationshipQuality")), relationshipQuality),
                Ui.heading("The child's eco-map"),
                Ui.note("The people and services round the child (school, GP, friends, clubs, professionals) and how "
                        + "the child's tie to each feels. It starts from the last map on the record: change what has changed."),
                ecoMapDrawing, ecoTies, error(org.doorstep.model.family.EcoMap.FIELD), addEcoTie, belongingsBox));

        // 8 analysis against the plan, and actions
        pages.put(Step.ANALYSIS, new VBox(18, Ui.heading("Analysis against the plan (your assessment)"),
                planIntro, analysis, error("analysis"),
                Ui.heading("Strengths and concerns (your assessment)"),
                Ui.note("Record both sides. If there is nothing on one side, say so."),
                withAdvice(Ui.field("Strengths", strengths, error("strengths")), strengths),
                withAdvice(Ui.field("Concerns", concerns, error("concerns")), concerns),
                balanceAdvice,
                Ui.heading("Actions"),
                Ui.note("What is to be done, by whom and by when. Leave empty if nothing new was agreed."),
                actions, error("actions"), addAction));

        // 9 privacy notice
        privacyLanguageBox = Ui.field("In which language or format?", privacyLanguage, null);
        hideWhenInvisible(privacyLanguageBox);
        pages.put(Step.PRIVACY, new VBox(18, Ui.heading("Privacy notice"),
                Ui.note("The privacy notice tells the family what we record about them, why, and who may see it."),
                labelled("Was the privacy notice given?", privacyGiven, null), privacyLanguageBox, error("privacyNotice")));

        // failed visit: what happened and what you did next
        pages.put(Step.FAILED, new VBox(18, Ui.heading("What happened and what you did"),
                failedNarrativeSlot,
                withAdvice(Ui.field("What did you do next? Actions taken", actionsAfterFailedVisit,
                        error("actionsAfterFailedVisit")), actionsAfterFailedVisit)));

        // sketches and body maps
        sketchList.setId("sketches");
        pages.put(Step.SKETCHES, new VBox(18, Ui.heading("Sketches and body maps"),
                Ui.note("Draw a body map of any marks, or a sketch of how an injury was said to happen or of a room. "
                        + "Each sketch is part of the note you sign. Leave this step empty if you need none."),
                sketchList, error("sketches"), addSketch,
                Ui.heading("Documents and photos"),
                Ui.note("Attach a photo or a document you were given (a PDF, JPEG, PNG, Word or text file, at most "
                        + org.doorstep.model.media.AttachmentRules.inWords(org.doorstep.model.media.AttachmentRules.MAX_BYTES)
                        + "). The note signs each file; the file is kept encrypted and sent after the note."),
                fileList, fileError, error("attachments"), attachFile));

        // review
        lateWarning.setId("late-warning");
        lateWarning.getStyleClass().add("late-warning");
        lateWarning.setWrapText(true);
        lateWarning.setMaxWidth(Double.MAX_VALUE);
        lateWarning.managedProperty().bind(lateWarning.textProperty().isNotEmpty());
        lateWarning.visibleProperty().bind(lateWarning.textProperty().isNotEmpty());
        formWarning.setId("form-warning");
        formWarning.getStyleClass().add("late-warning");
        formWarning.setWrapText(true);
        formWarning.setMaxWidth(Double.MAX_VALUE);
        formWarning.managedProperty().bind(formWarning.textProperty().isNotEmpty());
        formWarning.visibleProperty().bind(formWarning.textProperty().isNotEmpty());
        correctionHeading.setId("correction-heading");
        correctionHeading.setWrapText(true);
        correctionHeading.getStyleClass().add("card-title");
        correctionBox = new VBox(8, correctionHeading,
                Ui.note("Your earlier note stays in the record as you signed it; this one becomes the current version."),
                withAdvice(Ui.field("Why does the earlier note need correcting?", correctionReason, error("amendmentReason")),
                        correctionReason));
        correctionBox.getStyleClass().add("card");
        correctionBox.managedProperty().bind(correctionBox.visibleProperty());
        correctionBox.setVisible(false);
        pages.put(Step.REVIEW, new VBox(18, Ui.heading("Review and sign"), lateWarning, formWarning, correctionBox,
                Ui.note("Check everything. Once signed, the note cannot be changed; a correction is a new note."),
                reviewErrors, reviewPage.jargonBox, review));

        stepLabel.setId("step-label");
        stepLabel.getStyleClass().add("step-label");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText("Progress through the visit form");
        stepStrip.getStyleClass().add("step-strip");
        hideWhenInvisible(stepStrip);
        stepLabel.setWrapText(true);
        stepLabel.setMinWidth(0);
        stepLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(stepLabel, Priority.ALWAYS);
        record.setMinWidth(Region.USE_PREF_SIZE);
        stepMenu.setId("step-menu");
        stepMenu.getStyleClass().add("secondary");
        stepMenu.setAccessibleText("Go to a step");
        stepMenu.setMinWidth(Region.USE_PREF_SIZE);
        stepMenu.managedProperty().bind(stepMenu.visibleProperty());
        stepMenu.visibleProperty().bind(stepStrip.visibleProperty().not());
        HBox stepRow = new HBox(12, stepLabel, stepMenu, record);
        stepRow.setAlignment(Pos.CENTER_LEFT);
        VBox progressBox = new VBox(8, stepRow, progress, stepStrip);
        progressBox.getStyleClass().add("progress-box");

        sign.managedProperty().bind(sign.visibleProperty());
        next.managedProperty().bind(next.visibleProperty());
        toReview.managedProperty().bind(toReview.visibleProperty());
        toReview.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, back, spacer, toReview, next, sign);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("footer");
        VBox footerBox = new VBox(8, stepMessage, footer);
        footerBox.getStyleClass().add("footer-box");

        scroll = Ui.scrolling(page);
        HBox header = Ui.header(title, lock, close);
        for (Region fixed : List.of(header, progressBox, footerBox)) {
            fixed.setMinHeight(Region.USE_PREF_SIZE);
        }
        scroll.setMinHeight(0);
        getChildren().addAll(header, progressBox, scroll, footerBox);
        getStyleClass().add("screen");
        widthProperty().addListener((o, a, w) -> {
            stepStrip.setVisible(w.doubleValue() >= 1000);
            // on a phone the child's name needs the room; the draft is saved as it is typed anyway
            close.setText(w.doubleValue() < 600 ? "Close" : "Save and close");
            toReview.setText(w.doubleValue() < 600 ? "To review" : "Back to review");
            toReview.setAccessibleText("Back to review");
        });
        for (Button b : List.of(back, toReview, next, sign)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        close.setAccessibleText("Save and close");
    }

    /**
     * A visit that did not go ahead happened at one moment (a knock, no answer): one time, "At", and no
     * end time to fill in; a completed visit has both.
     */
    public void oneMoment(boolean one) {
        endBox.setVisible(!one);
        ((Label) startBox.getChildren().get(0)).setText(one ? "At (time)" : "Started at");
    }

    /** What a tap on a step in the step list does (set by the presenter). */
    java.util.function.Consumer<Step> onChip;

    /** Shows the page of {@code step} among the visit's {@code path} and scrolls to its top. */
    public void showPage(Step step, List<Step> path) {
        if (step == Step.FAILED) {
            failedNarrativeSlot.getChildren().setAll(narrativeBox);
        } else if (step == Step.DISCUSSION) {
            narrativeSlot.getChildren().setAll(narrativeBox);
        }
        page.getChildren().setAll(pages.get(step));
        scroll.setVvalue(0);
        stepStrip.getChildren().clear();
        stepMenu.getItems().clear();
        int at = path.indexOf(step);
        for (int i = 0; i < path.size(); i++) {
            // The current step shows its title; the others only their number, so ten steps fit a tablet.
            // Each is a button: a tap opens that step (the rules still run at Next and before signing).
            Button chip = new Button(i == at ? (i + 1) + " " + path.get(i).title() : String.valueOf(i + 1));
            chip.setId("step-chip-" + i);
            chip.setUserData(path.get(i));
            chip.setAccessibleText("Go to step " + (i + 1) + ": " + path.get(i).title());
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.getStyleClass().add("step-chip");
            if (i == at) {
                chip.getStyleClass().add("current");
            } else if (i < at) {
                chip.getStyleClass().add("done");
            }
            stepStrip.getChildren().add(chip);
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem((i + 1) + " " + path.get(i).title());
            item.setId("step-item-" + i);
            stepMenu.getItems().add(item);
            if (onChip != null) {
                Step target = path.get(i);
                chip.setOnAction(e -> onChip.accept(target));
                item.setOnAction(e -> onChip.accept(target));
            }
        }
    }

    /** Puts {@code content} in place of the whole wizard (header, progress, page, footer) until {@link #endFullScreen}. */
    public void showFullScreen(Region content) {
        if (beforeFullScreen == null) {
            beforeFullScreen = List.copyOf(getChildren());
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().setAll(content);
    }

    public void endFullScreen() {
        if (beforeFullScreen != null) {
            getChildren().setAll(beforeFullScreen);
            beforeFullScreen = null;
        }
    }

    public boolean isFullScreen() {
        return beforeFullScreen != null;
    }

    private Label error(String field) {
        Label l = Ui.errorLabel("error-" + field);
        errors.put(field, l);
        return l;
    }

    /** Adds, below the field's control, a line where plain-language advice appears (R10-plain). */
    private VBox withAdvice(VBox field, TextInputControl box) {
        advice.put(box, AnswerRows.withAdvice(field, box));
        return field;
    }

    private static void hideWhenInvisible(Region r) {
        r.managedProperty().bind(r.visibleProperty());
    }

    private static VBox labelled(String text, YesNo control, Label error) {
        return AnswerRows.labelled(text, control, error);
    }

    private static VBox grow(VBox box) {
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(200);
        return box;
    }
}
