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
    public final Map<String, Label> errors = new HashMap<>();
    /** Plain-language advice under each free-text box (R10-plain), by the box's id. */
    public final Map<TextArea, Label> advice = new HashMap<>();

    // did it go ahead
    public final YesNo wentAhead = new YesNo("went-ahead", "Did the visit go ahead?");
    public final ToggleGroup failedOutcome = new ToggleGroup();
    public final Map<VisitOutcome, ToggleButton> failedChoices = new EnumMap<>(VisitOutcome.class);
    public final VBox failedBox = new VBox(10);
    // when and where
    public final DatePicker date = new DatePicker();
    public final TextField start = Ui.text("start", "e.g. 14:00");
    public final TextField end = Ui.text("end", "e.g. 15:00");
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
    // analysis and actions
    public final Label planIntro = Ui.note("");
    {
        planIntro.setId("plan-intro");
    }
    public final VBox analysis = new VBox(14);
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
    private List<javafx.scene.Node> beforeFullScreen;
    // review
    public final VBox review = new VBox(14);
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
        date.setEditable(true);
        date.setPromptText("e.g. 24/11/2026");
        date.setConverter(dayConverter());
        review.setId("review");
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
        HBox times = new HBox(12,
                grow(Ui.field("Started at", start, error("visitStart"))),
                grow(Ui.field("Ended at", end, error("visitEnd"))));
        pages.put(Step.WHEN_WHERE, new VBox(18, Ui.heading("When and where"),
                Ui.field("Date of the visit", date, null), times,
                Ui.field("Venue", venue, error("venue")),
                Ui.field("Purpose of the visit", purpose, error("purpose")), dutyBox));
        dutyBox.getChildren().addAll(Ui.note("This case is not allocated to anyone: you are visiting on duty. "
                        + "Say why; the reason is signed with the note."),
                Ui.field("Why you visited on duty", dutyReason, error("dutyReason")));
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
                householdBox, knownBox, people, error("present"), addPerson, interpreterBox,
                Ui.heading("Who is writing this note"),
                labelled("Were you at this visit yourself?", wasThere, null), suppliedByBox));

        // 4 the child
        aloneBox = labelled("Was the child seen alone?", childSeenAlone, error("childSeenAlone"));
        reasonBox = Ui.field("Why was the child not seen?", reasonNotSeen, error("reasonNotSeen"));
        hideWhenInvisible(aloneBox);
        hideWhenInvisible(reasonBox);
        pages.put(Step.CHILD, new VBox(18, Ui.heading("The child"),
                labelled("Was the child seen?", childSeen, error("childSeen")), aloneBox, reasonBox));

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
        pages.put(Step.CHANGES, new VBox(18, Ui.heading("Changes"),
                labelled("Has anyone moved in or out of the household?", householdChanged, error("householdChanged")),
                withAdvice(Ui.field("Significant changes for the child or family", significantChange,
                        error("significantChange")), significantChange),
                Ui.heading("Your relationship with the child"),
                withAdvice(Ui.field("How is your relationship with the child? (your assessment)", relationshipQuality,
                        error("relationshipQuality")), relationshipQuality)));

        // 8 analysis against the plan, and actions
        pages.put(Step.ANALYSIS, new VBox(18, Ui.heading("Analysis against the plan (your assessment)"),
                planIntro, analysis, error("analysis"),
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
                Ui.field("What did you do next? Actions taken", actionsAfterFailedVisit, error("actionsAfterFailedVisit"))));

        // sketches and body maps
        sketchList.setId("sketches");
        pages.put(Step.SKETCHES, new VBox(18, Ui.heading("Sketches and body maps"),
                Ui.note("Draw a body map of any marks, or a sketch of how an injury was said to happen or of a room. "
                        + "Each sketch is part of the note you sign. Leave this step empty if you need none."),
                sketchList, error("sketches"), addSketch));

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
                Ui.field("Why does the earlier note need correcting?", correctionReason, error("amendmentReason")));
        correctionBox.getStyleClass().add("card");
        correctionBox.managedProperty().bind(correctionBox.visibleProperty());
        correctionBox.setVisible(false);
        pages.put(Step.REVIEW, new VBox(18, Ui.heading("Review and sign"), lateWarning, formWarning, correctionBox,
                Ui.note("Check everything. Once signed, the note cannot be changed; a correction is a new note."),
                reviewErrors, review));

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
        HBox stepRow = new HBox(12, stepLabel, record);
        stepRow.setAlignment(Pos.CENTER_LEFT);
        VBox progressBox = new VBox(8, stepRow, progress, stepStrip);
        progressBox.getStyleClass().add("progress-box");

        sign.managedProperty().bind(sign.visibleProperty());
        next.managedProperty().bind(next.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, back, spacer, next, sign);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("footer");
        VBox footerBox = new VBox(8, stepMessage, footer);
        footerBox.getStyleClass().add("footer-box");

        scroll = Ui.scrolling(page);
        HBox header = Ui.header(title, close);
        for (Region fixed : List.of(header, progressBox, footerBox)) {
            fixed.setMinHeight(Region.USE_PREF_SIZE);
        }
        scroll.setMinHeight(0);
        getChildren().addAll(header, progressBox, scroll, footerBox);
        getStyleClass().add("screen");
        widthProperty().addListener((o, a, w) -> stepStrip.setVisible(w.doubleValue() >= 1000));
    }

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
        int at = path.indexOf(step);
        for (int i = 0; i < path.size(); i++) {
            // The current step shows its title; the others only their number, so ten steps fit a tablet.
            Label chip = new Label(i == at ? (i + 1) + " " + path.get(i).title() : String.valueOf(i + 1));
            chip.setAccessibleText("Step " + (i + 1) + ": " + path.get(i).title());
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.getStyleClass().add("step-chip");
            if (i == at) {
                chip.getStyleClass().add("current");
            } else if (i < at) {
                chip.getStyleClass().add("done");
            }
            stepStrip.getChildren().add(chip);
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

    /** One sketch in the list: a small picture, its caption and what it holds, Open and Remove. */
    public HBox sketchRow(int index, javafx.scene.image.Image preview, String caption, String summary, Button open, Button remove) {
        javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView(preview);
        picture.setId("sketch-preview-" + index);
        picture.setAccessibleText("Sketch " + (index + 1) + ": " + caption);
        Label c = new Label(caption);
        c.setId("sketch-caption-" + index);
        c.getStyleClass().add("field-label");
        c.setWrapText(true);
        Label sum = new Label(summary);
        sum.setId("sketch-summary-" + index);
        sum.getStyleClass().add("hint");
        sum.setWrapText(true);
        open.setId("sketch-open-" + index);
        remove.setId("sketch-remove-" + index);
        open.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, open, remove);
        VBox text = new VBox(6, c, sum, buttons);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(16, picture, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("person");
        return row;
    }

    /** The sketches on the review page: each a small picture with its caption and what it holds beside it. */
    public void addReviewSketches(List<javafx.scene.image.Image> previews, List<String> captions, List<String> summaries) {
        Label l = new Label("Sketches and body maps");
        l.getStyleClass().add("review-label");
        VBox pictures = new VBox(12);
        pictures.setId("review-sketches");
        for (int i = 0; i < previews.size(); i++) {
            javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView(previews.get(i));
            picture.setAccessibleText("Sketch " + captions.get(i));
            Label c = new Label(captions.get(i));
            c.getStyleClass().add("review-value");
            c.setWrapText(true);
            Label sum = new Label(summaries.get(i));
            sum.getStyleClass().addAll("review-value", "hint");
            sum.setWrapText(true);
            VBox text = new VBox(4, c, sum);
            // beside the picture on a tablet, under it on a phone
            text.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(150, Math.min(380, review.getWidth() - 30)), review.widthProperty()));
            FlowPane one = new FlowPane(14, 8, picture, text);
            one.prefWrapLengthProperty().bind(review.widthProperty());
            one.getStyleClass().add("review-sketch");
            pictures.getChildren().add(one);
        }
        review.getChildren().add(new VBox(6, l, pictures));
    }

    /**
     * Adds a household member to choose as present: a button with who they are and, beside it (under
     * it on a phone), "Parental responsibility" as its own tag when they hold it (R5.1-basic), never
     * read out of the words. Returns the button for the presenter to wire.
     */
    public Button addHouseholdChoice(int index, String who, boolean parentalResponsibility) {
        Button b = Ui.secondary("+ " + who, "household-choice-" + index);
        b.setWrapText(true);
        b.setMinWidth(0);
        b.maxWidthProperty().bind(householdChoices.widthProperty());
        b.setAccessibleText("Add " + who + (parentalResponsibility ? ", who holds parental responsibility," : "")
                + " as present");
        FlowPane row = new FlowPane(10, 6, b);
        row.prefWrapLengthProperty().bind(householdChoices.widthProperty());
        row.setAlignment(Pos.CENTER_LEFT);
        if (parentalResponsibility) {
            Label pr = new Label("Parental responsibility");
            pr.setId("household-choice-" + index + "-pr");
            pr.getStyleClass().addAll("status", "status-synced");
            row.getChildren().add(pr);
        }
        householdChoices.getChildren().add(row);
        return b;
    }

    /** Adds someone met at an earlier visit to choose as present (R5.2-present); returns the button to wire. */
    public Button addKnownChoice(int index, String who) {
        Button b = Ui.secondary("+ " + who, "known-choice-" + index);
        b.setWrapText(true);
        b.setMinWidth(0);
        b.maxWidthProperty().bind(knownChoices.widthProperty());
        b.setAccessibleText("Add " + who + " as present");
        knownChoices.getChildren().add(b);
        return b;
    }

    /** One person's name and role, with a Remove button. */
    public VBox personRow(int index, TextField name, TextField role, Button remove) {
        name.setId("person-name-" + index);
        role.setId("person-role-" + index);
        remove.setId("person-remove-" + index);
        name.setPromptText("Full name");
        role.setPromptText("e.g. mother, social worker, child");
        return row("Person " + (index + 1), remove, people,
                Ui.field("Name", name, null), Ui.field("Role or relationship", role, null));
    }

    /** One thing someone else told the practitioner: what, who, fact or their opinion. */
    public VBox reportedRow(int index, TextArea text, TextField saidBy, YesNo opinion, Button remove) {
        text.setId("reported-text-" + index);
        saidBy.setId("reported-by-" + index);
        remove.setId("reported-remove-" + index);
        text.setPromptText("what they told you");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        saidBy.setPromptText("e.g. Mr Jones, head teacher");
        opinion.yes.setText("Their opinion");
        opinion.no.setText("A fact");
        VBox what = fullWidth(Ui.field("What they said", text, null), reported);
        return row("Statement " + (index + 1), remove, reported, what,
                Ui.field("Who told you? Name and role", saidBy, null),
                labelled("Is it a fact, or their opinion?", opinion, null));
    }

    /** The analysis box for one recommendation of the child's plan (R5.2-analysis). */
    public VBox analysisRow(int index, String label, TextArea text) {
        text.setId("analysis-" + index);
        text.setPromptText("what this visit showed about it; leave empty if nothing");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        VBox box = withAdvice(Ui.field(label, text, null), text);
        box.getStyleClass().add("person");
        return box;
    }

    /** One action: what, by whom, by when, with a Remove button. */
    public VBox actionRow(int index, TextField what, TextField byWhom, DatePicker byWhen, Button remove) {
        what.setId("action-what-" + index);
        byWhom.setId("action-who-" + index);
        byWhen.setId("action-when-" + index);
        remove.setId("action-remove-" + index);
        what.setPromptText("e.g. check attendance with the school");
        byWhom.setPromptText("name");
        byWhen.setPromptText("e.g. 8/12/2026");
        byWhen.setEditable(true);
        byWhen.setConverter(dayConverter());
        VBox whatBox = fullWidth(Ui.field("What", what, null), actions);
        return row("Action " + (index + 1), remove, actions, whatBox,
                Ui.field("By whom", byWhom, null), Ui.field("By when", byWhen, null));
    }

    /** A field as wide as the row it sits in, on a phone as on a tablet. */
    private static VBox fullWidth(VBox field, VBox container) {
        field.prefWidthProperty().bind(container.widthProperty().subtract(36));
        return field;
    }

    private static VBox row(String heading, Button remove, VBox container, VBox... fieldBoxes) {
        Label h = new Label(heading);
        h.getStyleClass().add("field-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, h, spacer, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane fields = new FlowPane(12, 12);
        for (VBox f : fieldBoxes) {
            if (!f.prefWidthProperty().isBound() && f.getPrefWidth() < 0) {
                // a full-width field is bound to its container, which may not be laid out yet (a resumed draft)
                f.setPrefWidth(320);
            }
            fields.getChildren().add(f);
        }
        fields.prefWrapLengthProperty().bind(container.widthProperty());
        VBox row = new VBox(8, top, fields);
        row.getStyleClass().add("person");
        return row;
    }

    public void addReviewRow(String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("review-label");
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.getStyleClass().add("review-value");
        v.setWrapText(true);
        v.setMaxWidth(Double.MAX_VALUE);
        review.getChildren().add(new VBox(2, l, v));
    }

    private Label error(String field) {
        Label l = Ui.errorLabel("error-" + field);
        errors.put(field, l);
        return l;
    }

    /** Adds, below the field's control, a line where plain-language advice appears (R10-plain). */
    private VBox withAdvice(VBox field, TextArea area) {
        Label l = new Label();
        l.setId("advice-" + area.getId());
        l.getStyleClass().add("advice");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        hideWhenEmpty(l);
        field.getChildren().add(2, l);
        advice.put(area, l);
        return field;
    }

    private static void hideWhenEmpty(Label l) {
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
    }

    private static void hideWhenInvisible(Region r) {
        r.managedProperty().bind(r.visibleProperty());
    }

    private static VBox labelled(String text, YesNo control, Label error) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control.yes);
        label.setWrapText(true);
        VBox box = error == null ? new VBox(6, label, control) : new VBox(6, label, control, error);
        box.getStyleClass().add("field");
        return box;
    }

    private static VBox grow(VBox box) {
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(200);
        return box;
    }

    private static javafx.util.StringConverter<java.time.LocalDate> dayConverter() {
        return new javafx.util.StringConverter<>() {
            private final java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");

            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : f.format(d);
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip(), f);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
