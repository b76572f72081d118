package org.doorstep.app.visit;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.doorstep.app.Navigator;
import org.doorstep.app.Ui;
import org.doorstep.model.plain.Advice;
import org.doorstep.model.record.Balance;
import org.doorstep.model.plain.PlainWriting;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.VisitOutcome;

import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * Binds the wizard to a {@link VisitDraft}: every change is written to the draft and autosaved; Next
 * runs the visit rules for the step and stays put, with each message beside its field, until they
 * pass; a message goes as soon as its answer is right. A step opens from the step list, or from the
 * review's Change, which then offers "Back to review". The rules are {@link Visits}' (and so the
 * shared model's); the lists of answers are {@link ListedAnswers}', the review {@link ReviewPresenter}'s.
 */
public final class VisitWizardPresenter {

    /** R10-plain: jargon, unexplained acronyms and judgemental wording, the same advice the workspace gives. */
    private static final java.time.format.DateTimeFormatter ENDS_ON = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM");
    private static final PlainWriting ADVISOR = PlainWriting.defaults();
    /** The control to focus for a rule's field when Next finds it wrong. */
    private static final Map<String, String> CONTROLS = Map.ofEntries(Map.entry("outcome", "#went-ahead-yes"),
            Map.entry("visitStart", "#start"), Map.entry("visitEnd", "#end"),
            Map.entry("venue", "#venue"), Map.entry("purpose", "#purpose"), Map.entry("dutyReason", "#duty-reason"), Map.entry("interpreterUsed", "#interpreter-yes"),
            Map.entry("interpreterLanguage", "#interpreter-language"), Map.entry("suppliedBy", "#supplied-by"),
            Map.entry("childSeen", "#seen-yes"), Map.entry("childSeenAlone", "#alone-yes"),
            Map.entry("reasonNotSeen", "#reason-not-seen"), Map.entry("reasonNotSeenAlone", "#reason-not-alone"),
            Map.entry("childViews", "#child-views"), Map.entry("childViewsSupport", "#child-views-support"),
            Map.entry("carerViews", "#carer-views"), Map.entry("informationExchanged", "#information"),
            Map.entry("narrative", "#narrative"), Map.entry("reportedByOthers", "#reported-by-0"),
            Map.entry("householdChanged", "#household-yes"), Map.entry("significantChange", "#significant-change"),
            Map.entry("relationshipQuality", "#relationship"), Map.entry("analysis", "#analysis-0"),
            Map.entry("propertyChanges", "#add-belonging"), Map.entry("ecoMap", "#add-eco-tie"), Map.entry("strengths", "#strengths"), Map.entry("concerns", "#concerns"),
            Map.entry("privacyNotice", "#privacy-yes"), Map.entry("actionsAfterFailedVisit", "#actions-after"));

    private final VisitWizardView view;
    private final Navigator navigator;
    private final Visits visits;
    private final VisitDraft draft;
    private final SketchesPresenter sketches;
    private final FilesPresenter files;
    private final ListedAnswers answers;
    private final ReviewPresenter review;
    private Step step;
    /** Set by the review's Change: the step then offers "Back to review" until the review is reached. */
    private boolean returning;

    public VisitWizardPresenter(VisitWizardView view, Navigator navigator, Visits visits, VisitDraft draft,
                                String authorName, org.doorstep.app.store.SecureStore pictures) {
        this.view = view;
        this.navigator = navigator;
        this.visits = visits;
        this.draft = draft;
        view.title.setText((draft.correction() ? "Correction — " : "Visit — ") + draft.childName);
        if (draft.correction()) {
            view.sign.setText("Sign correction");
        }
        sketches = new SketchesPresenter(view, draft, this::changed, pictures);
        files = new FilesPresenter(view, draft, this::changed, new org.doorstep.app.media.VisitFiles(pictures));
        new BelongingsPresenter(view, draft, this::changed);
        new EcoMapPresenter(view, draft, this::changed);
        answers = new ListedAnswers(view, draft, this::changed, this::adviseWhileTyping,
                visits.household(draft.caseId), visits.knownPeople(draft.caseId));
        review = new ReviewPresenter(view, visits, draft, authorName, sketches, this::change);
        load();
        bind();
        view.back.setOnAction(e -> {
            List<Step> path = path();
            go(path.get(Math.max(0, path.indexOf(step) - 1)));
        });
        view.next.setOnAction(e -> next());
        view.toReview.setOnAction(e -> backToReview());
        view.onChip = this::go;
        view.sign.setOnAction(e -> sign());
        view.close.setOnAction(e -> {
            visits.save(draft);
            navigator.showCaseload(false);
        });
        view.lock.setOnAction(e -> {
            visits.save(draft);
            navigator.lock();
        });
        view.record.setOnAction(e -> {
            visits.save(draft);
            navigator.showRecord(draft.caseId, navigator::resumeVisit);
        });
        Step saved = Step.values()[Math.min(Math.max(draft.step, 0), Step.values().length - 1)];
        go(path().contains(saved) ? saved : Step.OUTCOME);
    }

    private List<Step> path() {
        return Step.path(draft.outcome);
    }

    private void load() {
        view.wentAhead.valueProperty().set(draft.outcome == null ? null : !draft.outcome.failed());
        if (draft.failed()) {
            view.failedOutcome.selectToggle(view.failedChoices.get(draft.outcome));
        }
        view.date.setValue(draft.date);
        view.start.setText(draft.start);
        view.end.setText(draft.end);
        view.venue.setText(draft.venue);
        view.purpose.setText(draft.purpose);
        view.dutyBox.setVisible(draft.onDuty());
        view.dutyReason.setText(draft.dutyReason == null ? "" : draft.dutyReason);
        view.interpreterUsed.valueProperty().set(draft.interpreterUsed);
        view.interpreterLanguage.setText(draft.interpreterLanguage);
        view.interpreterName.setText(draft.interpreterName);
        view.wasThere.valueProperty().set(draft.authorWasThere);
        view.suppliedBy.setText(draft.suppliedBy);
        view.childSeen.valueProperty().set(draft.childSeen);
        view.childSeenAlone.valueProperty().set(draft.childSeenAlone);
        view.reasonNotSeen.setText(draft.reasonNotSeen);
        view.reasonNotAlone.setText(draft.reasonNotSeenAlone);
        view.childViews.setText(draft.childViews);
        view.childViewsSupport.setText(draft.childViewsSupport);
        view.carerViews.setText(draft.carerViews);
        view.informationExchanged.setText(draft.informationExchanged);
        view.narrative.setText(draft.narrative);
        view.householdChanged.valueProperty().set(draft.householdChanged);
        view.significantChange.setText(draft.significantChange);
        view.relationshipQuality.setText(draft.relationshipQuality);
        view.strengths.setText(draft.strengths);
        view.concerns.setText(draft.concerns);
        showBalance();
        view.privacyGiven.valueProperty().set(draft.privacyNoticeGiven);
        view.privacyLanguage.setText(draft.privacyNoticeLanguage);
        view.actionsAfterFailedVisit.setText(draft.actionsAfterFailedVisit);
        view.correctionBox.setVisible(draft.correction());
        if (draft.correction()) {
            view.correctionHeading.setText("You are correcting your note" + (draft.amendsSignedAt == null ? ""
                    : " signed " + ReviewPresenter.WHEN.format(draft.amendsSignedAt.atZone(visits.zone()))));
            view.correctionReason.setText(draft.correctionReason);
        }
        answers.showAll();
        sketches.showList();
        showChoices();
        view.advice.forEach((box, label) -> label.setText(advice(box.getText())));
    }

    private void bind() {
        view.wentAhead.valueProperty().addListener((o, a, b) -> {
            if (Boolean.TRUE.equals(b)) {
                draft.outcome = VisitOutcome.COMPLETED;
                view.failedOutcome.selectToggle(null);
            } else if (Boolean.FALSE.equals(b) && draft.outcome == VisitOutcome.COMPLETED) {
                draft.outcome = null;
            }
            showChoices();
            changed();
        });
        view.failedOutcome.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                draft.outcome = (VisitOutcome) b.getUserData();
                if (step == Step.OUTCOME && !draft.correction()) {
                    // A knock with no answer takes a moment: one time, the time the visit was opened.
                    view.start.setText(draft.end);
                }
            } else if (draft.failed()) {
                draft.outcome = null;
            }
            showChoices();
            changed();
        });
        view.date.valueProperty().addListener((o, a, b) -> {
            draft.date = b;
            changed();
        });
        text(view.start, v -> {
            draft.start = v;
            if (draft.failed()) {
                view.end.setText(v);
            }
        });
        text(view.end, v -> draft.end = v);
        text(view.venue, v -> draft.venue = v);
        text(view.correctionReason, v -> {
            draft.correctionReason = v;
            if (step == Step.REVIEW) {
                review.showErrors();
            }
        });
        text(view.purpose, v -> draft.purpose = v);
        text(view.dutyReason, v -> {
            if (draft.onDuty()) {
                draft.dutyReason = v;
            }
        });
        text(view.interpreterLanguage, v -> draft.interpreterLanguage = v);
        text(view.interpreterName, v -> draft.interpreterName = v);
        text(view.suppliedBy, v -> draft.suppliedBy = v);
        text(view.reasonNotSeen, v -> draft.reasonNotSeen = v);
        text(view.reasonNotAlone, v -> draft.reasonNotSeenAlone = v);
        text(view.childViews, v -> draft.childViews = v);
        text(view.childViewsSupport, v -> draft.childViewsSupport = v);
        text(view.carerViews, v -> draft.carerViews = v);
        text(view.informationExchanged, v -> draft.informationExchanged = v);
        text(view.narrative, v -> draft.narrative = v);
        text(view.significantChange, v -> draft.significantChange = v);
        text(view.relationshipQuality, v -> draft.relationshipQuality = v);
        text(view.strengths, v -> {
            draft.strengths = v;
            showBalance();
        });
        text(view.concerns, v -> {
            draft.concerns = v;
            showBalance();
        });
        text(view.privacyLanguage, v -> draft.privacyNoticeLanguage = v);
        text(view.actionsAfterFailedVisit, v -> draft.actionsAfterFailedVisit = v);
        choice(view.interpreterUsed.valueProperty(), v -> draft.interpreterUsed = v);
        choice(view.wasThere.valueProperty(), v -> draft.authorWasThere = v);
        choice(view.childSeen.valueProperty(), v -> draft.childSeen = v);
        choice(view.childSeenAlone.valueProperty(), v -> draft.childSeenAlone = v);
        choice(view.householdChanged.valueProperty(), v -> draft.householdChanged = v);
        choice(view.privacyGiven.valueProperty(), v -> draft.privacyNoticeGiven = v);
        view.advice.forEach(this::adviseWhileTyping);
    }

    /** R10-plain: the advisor's suggestions under the box, updated as the practitioner types; never blocks. */
    private void adviseWhileTyping(TextInputControl box, Label label) {
        label.setText(advice(box.getText()));
        box.textProperty().addListener((o, a, b) -> label.setText(advice(b)));
    }

    /** R5.4-balance: a one-sided pair is pointed out as the supervisor will see it; the practitioner may still go on. */
    private void showBalance() {
        String flag = Balance.of(draft.strengths, draft.concerns).flag().orElse("");
        view.balanceAdvice.setText(flag);
        view.balanceAdvice.setVisible(!flag.isEmpty());
        view.balanceAdvice.setManaged(!flag.isEmpty());
    }

    static String advice(String text) {
        List<Advice> found = ADVISOR.advise(text);
        return found.stream().map(Advice::message).distinct().limit(3).collect(Collectors.joining("\n"));
    }

    private void text(TextInputControl control, Consumer<String> set) {
        control.textProperty().addListener((o, a, b) -> {
            set.accept(b);
            changed();
        });
    }

    private void choice(Property<Boolean> p, Consumer<Boolean> set) {
        p.addListener((o, a, b) -> {
            set.accept(b);
            showChoices();
            changed();
        });
    }

    private void showChoices() {
        view.failedBox.setVisible(Boolean.FALSE.equals(view.wentAhead.valueProperty().get()));
        view.interpreterBox.setVisible(!draft.failed());
        view.interpreterDetails.setVisible(Boolean.TRUE.equals(draft.interpreterUsed));
        view.suppliedByBox.setVisible(Boolean.FALSE.equals(draft.authorWasThere));
        view.aloneBox.setVisible(Boolean.TRUE.equals(draft.childSeen));
        view.reasonNotAloneBox.setVisible(Boolean.TRUE.equals(draft.childSeen) && Boolean.FALSE.equals(draft.childSeenAlone));
        view.reasonBox.setVisible(Boolean.FALSE.equals(draft.childSeen));
        view.childViewsSupportBox.setVisible(Boolean.TRUE.equals(draft.childSeen));
        view.privacyLanguageBox.setVisible(Boolean.TRUE.equals(draft.privacyNoticeGiven));
        view.oneMoment(draft.failed());
    }

    /** Autosave: the draft is written (encrypted) on every change; a message whose answer is now right goes. */
    private void changed() {
        visits.save(draft);
        java.time.LocalDate endDay = draft.endsOnLaterDay(visits.zone());
        view.endsNextDay.setText(endDay == null || draft.failed() ? ""
                : "Ends the next day, " + ENDS_ON.format(endDay) + ".");
        if (step != null && step != Step.REVIEW) {
            refreshErrors();
        }
    }

    private void next() {
        List<Violation> problems = visits.check(draft, step);
        show(problems);
        if (problems.isEmpty()) {
            List<Step> path = path();
            go(path.get(Math.min(path.indexOf(step) + 1, path.size() - 1)));
        } else {
            focusFirst(problems);
        }
    }

    /** From the review's Change: open the step, and offer the way straight back. */
    private void change(Step s) {
        returning = true;
        go(s);
    }

    private void backToReview() {
        List<Violation> problems = visits.check(draft, step);
        show(problems);
        if (problems.isEmpty()) {
            go(Step.REVIEW);
        } else {
            focusFirst(problems);
        }
    }

    private void go(Step s) {
        step = s;
        draft.step = s.ordinal();
        visits.save(draft);
        clearErrors();
        if (s == Step.REVIEW) {
            returning = false;
        }
        List<Step> path = path();
        int number = path.indexOf(s) + 1;
        view.showPage(s, path);
        view.stepLabel.setText("Step " + number + " of " + path.size() + " · " + s.title());
        view.progress.setProgress((double) number / path.size());
        view.back.setDisable(number == 1);
        view.next.setVisible(s != Step.REVIEW);
        view.sign.setVisible(s == Step.REVIEW);
        view.toReview.setVisible(returning);
        if (s == Step.REVIEW) {
            review.show();
        }
        if (s == Step.SKETCHES) {
            sketches.showList();
        }
    }

    private void clearErrors() {
        view.errors.values().forEach(l -> l.setText(""));
        view.reviewErrors.setText("");
        view.stepMessage.setText("");
    }

    private void show(List<Violation> problems) {
        clearErrors();
        messagesByField(problems).forEach((field, message) -> {
            Label l = view.errors.get(field);
            if (l != null) {
                l.setText(message);
            }
        });
        stepMessage(problems);
    }

    /** Each message on show is checked again: gone when its answer is right, never a new one before Next. */
    private void refreshErrors() {
        if (view.errors.values().stream().allMatch(l -> l.getText().isEmpty())) {
            return;
        }
        List<Violation> problems = visits.check(draft, step);
        Map<String, String> now = messagesByField(problems);
        view.errors.forEach((field, l) -> {
            if (!l.getText().isEmpty()) {
                l.setText(now.getOrDefault(field, ""));
            }
        });
        stepMessage(problems.stream().filter(v -> view.errors.containsKey(v.field())
                && !view.errors.get(v.field()).getText().isEmpty()).toList());
    }

    private void stepMessage(List<Violation> problems) {
        long fields = problems.stream().map(Violation::field).distinct().count();
        view.stepMessage.setText(fields == 0 ? "" : fields == 1 ? "One thing needs your attention on this step."
                : fields + " things need your attention on this step.");
    }

    private static Map<String, String> messagesByField(List<Violation> problems) {
        return problems.stream().collect(Collectors.groupingBy(Violation::field, java.util.LinkedHashMap::new,
                Collectors.mapping(Violation::message, Collectors.joining("\n"))));
    }

    /** Scrolls to the first problem, its message and its field in view, and puts the focus on the field. */
    private void focusFirst(List<Violation> problems) {
        String field = problems.get(0).field();
        Node control = field.equals("present") ? firstIncompletePerson() : lookup(CONTROLS.getOrDefault(field,
                // a row of the eco-map: its control's id is the field's, in lower case ("#ecomap-2-name")
                field.startsWith(org.doorstep.model.family.EcoMap.FIELD + "-") ? "#" + field.toLowerCase(java.util.Locale.ROOT) : null));
        Label message = view.errors.get(field);
        view.layout();
        if (message != null) {
            Node around = message.getParent() != null && message.getParent().getStyleClass().contains("field")
                    ? message.getParent() : message;
            Ui.reveal(around);
        } else if (control != null) {
            Ui.reveal(control);
        }
        if (control != null) {
            control.requestFocus();
        }
    }

    /** The first empty name or role of a person present, or the first way to add someone. */
    private Node firstIncompletePerson() {
        for (int i = 0; i < draft.present.size(); i++) {
            VisitDraft.Person p = draft.present.get(i);
            if (p.name == null || p.name.isBlank()) {
                return lookup("#person-name-" + i);
            }
            if (p.role == null || p.role.isBlank()) {
                return lookup("#person-role-" + i);
            }
        }
        Node choice = lookup("#household-choice-0");
        return choice != null && !choice.isDisabled() ? choice : lookup("#add-person");
    }

    private Node lookup(String id) {
        return id == null ? null : view.lookup(id);
    }

    private void sign() {
        try {
            visits.sign(draft);
            sketches.lock();
            navigator.showVisits(true);
        } catch (IllegalStateException e) {
            review.showErrors();
            view.reviewErrors.setText("Not signed: " + e.getMessage());
        }
    }
}
