package org.doorstep.app.visit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.doorstep.app.Navigator;
import org.doorstep.model.plain.Advice;
import org.doorstep.model.plain.Glossary;
import org.doorstep.model.plain.PlainLanguageAdvisor;
import org.doorstep.model.visit.KnownPeople;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.wire.HouseholdPerson;

import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * Binds the wizard to a {@link VisitDraft}: every change is written to the draft and autosaved; Next
 * runs the visit rules for the step and stays put, with each message beside its field, until they
 * pass; Sign signs and queues the note. The rules are {@link Visits}' (and so the shared model's).
 */
public final class VisitWizardPresenter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final PlainLanguageAdvisor ADVISOR = new PlainLanguageAdvisor(Glossary.defaults());

    private final VisitWizardView view;
    private final Navigator navigator;
    private final Visits visits;
    private final VisitDraft draft;
    private final String authorName;
    private final SketchesPresenter sketches;
    /** The household on the record when the wizard opened, offered as people present. */
    private final List<HouseholdPerson> household;
    /** People earlier visits met who are not in the household, as the server last sent them. */
    private final List<PresentPerson> known;
    private Step step;

    public VisitWizardPresenter(VisitWizardView view, Navigator navigator, Visits visits, VisitDraft draft,
                                String authorName, org.doorstep.app.store.SecureStore pictures) {
        this.view = view;
        this.navigator = navigator;
        this.visits = visits;
        this.draft = draft;
        this.authorName = authorName;
        view.title.setText((draft.correction() ? "Correction — " : "Visit — ") + draft.childName);
        if (draft.correction()) {
            view.sign.setText("Sign correction");
        }
        sketches = new SketchesPresenter(view, draft, this::changed, pictures);
        household = visits.household(draft.caseId);
        known = visits.knownPeople(draft.caseId);
        load();
        bind();
        view.back.setOnAction(e -> {
            List<Step> path = path();
            go(path.get(Math.max(0, path.indexOf(step) - 1)));
        });
        view.next.setOnAction(e -> next());
        view.sign.setOnAction(e -> sign());
        view.close.setOnAction(e -> {
            visits.save(draft);
            navigator.showCaseload(false);
        });
        view.record.setOnAction(e -> {
            visits.save(draft);
            navigator.showRecord(draft.caseId, navigator::resumeVisit);
        });
        view.addPerson.setOnAction(e -> {
            draft.present.add(new VisitDraft.Person());
            changed();
            showPeople();
            focusLater("#person-name-" + (draft.present.size() - 1));
        });
        view.addReported.setOnAction(e -> {
            draft.reported.add(new VisitDraft.Reported());
            changed();
            showReported();
            focusLater("#reported-text-" + (draft.reported.size() - 1));
        });
        view.addAction.setOnAction(e -> {
            draft.actions.add(new VisitDraft.Action());
            changed();
            showActions();
            focusLater("#action-what-" + (draft.actions.size() - 1));
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
        view.interpreterUsed.valueProperty().set(draft.interpreterUsed);
        view.interpreterLanguage.setText(draft.interpreterLanguage);
        view.interpreterName.setText(draft.interpreterName);
        view.wasThere.valueProperty().set(draft.authorWasThere);
        view.suppliedBy.setText(draft.suppliedBy);
        view.childSeen.valueProperty().set(draft.childSeen);
        view.childSeenAlone.valueProperty().set(draft.childSeenAlone);
        view.reasonNotSeen.setText(draft.reasonNotSeen);
        view.childViews.setText(draft.childViews);
        view.childViewsSupport.setText(draft.childViewsSupport);
        view.carerViews.setText(draft.carerViews);
        view.informationExchanged.setText(draft.informationExchanged);
        view.narrative.setText(draft.narrative);
        view.householdChanged.valueProperty().set(draft.householdChanged);
        view.significantChange.setText(draft.significantChange);
        view.relationshipQuality.setText(draft.relationshipQuality);
        view.privacyGiven.valueProperty().set(draft.privacyNoticeGiven);
        view.privacyLanguage.setText(draft.privacyNoticeLanguage);
        view.actionsAfterFailedVisit.setText(draft.actionsAfterFailedVisit);
        view.correctionBox.setVisible(draft.correction());
        if (draft.correction()) {
            view.correctionHeading.setText("You are correcting your note"
                    + (draft.amendsSignedAt == null ? "" : " signed " + WHEN.format(draft.amendsSignedAt.atZone(visits.zone()))));
            view.correctionReason.setText(draft.correctionReason);
        }
        showPeople();
        showReported();
        showAnalysis();
        showActions();
        sketches.showList();
        showChoices();
        view.advice.forEach((area, label) -> label.setText(advice(area.getText())));
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
        text(view.start, v -> draft.start = v);
        text(view.end, v -> draft.end = v);
        text(view.venue, v -> draft.venue = v);
        text(view.correctionReason, v -> {
            draft.correctionReason = v;
            if (step == Step.REVIEW) {
                showReviewErrors();
            }
        });
        text(view.purpose, v -> draft.purpose = v);
        text(view.interpreterLanguage, v -> draft.interpreterLanguage = v);
        text(view.interpreterName, v -> draft.interpreterName = v);
        text(view.suppliedBy, v -> draft.suppliedBy = v);
        text(view.reasonNotSeen, v -> draft.reasonNotSeen = v);
        text(view.childViews, v -> draft.childViews = v);
        text(view.childViewsSupport, v -> draft.childViewsSupport = v);
        text(view.carerViews, v -> draft.carerViews = v);
        text(view.informationExchanged, v -> draft.informationExchanged = v);
        text(view.narrative, v -> draft.narrative = v);
        text(view.significantChange, v -> draft.significantChange = v);
        text(view.relationshipQuality, v -> draft.relationshipQuality = v);
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
    private void adviseWhileTyping(TextArea area, Label label) {
        area.textProperty().addListener((o, a, b) -> label.setText(advice(b)));
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
        view.reasonBox.setVisible(Boolean.FALSE.equals(draft.childSeen));
        view.childViewsSupportBox.setVisible(Boolean.TRUE.equals(draft.childSeen));
        view.privacyLanguageBox.setVisible(Boolean.TRUE.equals(draft.privacyNoticeGiven));
    }

    /** R5.2-present: a tap adds a household member with their name and, when recorded, their relationship. */
    private void showHouseholdChoices() {
        view.householdChoices.getChildren().clear();
        for (int i = 0; i < household.size(); i++) {
            HouseholdPerson p = household.get(i);
            Button b = view.addHouseholdChoice(i, p.described(), p.parentalResponsibility());
            b.setDisable(alreadyPresent(p.name()));
            b.setOnAction(e -> {
                String role = p.relationship() == null ? "" : p.relationship();
                draft.present.add(new VisitDraft.Person(p.name(), role));
                changed();
                showPeople();
                if (role.isEmpty()) {
                    focusLater("#person-role-" + (draft.present.size() - 1));
                }
            });
        }
        view.householdBox.setVisible(!household.isEmpty());
    }

    /** R5.2-present: a tap adds someone an earlier visit met, with the role that visit gave them. */
    private void showKnownChoices() {
        view.knownChoices.getChildren().clear();
        for (int i = 0; i < known.size(); i++) {
            PresentPerson p = known.get(i);
            Button b = view.addKnownChoice(i, p.role().isEmpty() ? p.name() : p.name() + ", " + p.role());
            b.setDisable(alreadyPresent(p.name()));
            b.setOnAction(e -> {
                draft.present.add(new VisitDraft.Person(p.name(), p.role()));
                changed();
                showPeople();
            });
        }
        view.knownBox.setVisible(!known.isEmpty());
    }

    /** Whether someone of this name is already listed as present, so their one-tap choice is spent. */
    private boolean alreadyPresent(String name) {
        return draft.present.stream().anyMatch(x -> KnownPeople.sameName(x.name, name));
    }

    private void showPeople() {
        showHouseholdChoices();
        showKnownChoices();
        view.people.getChildren().clear();
        for (int i = 0; i < draft.present.size(); i++) {
            VisitDraft.Person p = draft.present.get(i);
            TextField name = new TextField(p.name);
            TextField role = new TextField(p.role);
            Button remove = removeButton("Remove person " + (i + 1));
            listen(name, v -> p.name = v);
            listen(role, v -> p.role = v);
            remove.setOnAction(e -> {
                draft.present.remove(p);
                changed();
                showPeople();
            });
            view.people.getChildren().add(view.personRow(i, name, role, remove));
        }
    }

    private void showReported() {
        view.reported.getChildren().clear();
        for (int i = 0; i < draft.reported.size(); i++) {
            VisitDraft.Reported r = draft.reported.get(i);
            TextArea text = new TextArea(r.text);
            TextField saidBy = new TextField(r.saidBy);
            YesNo opinion = new YesNo("reported-opinion-" + i, "Is it a fact, or their opinion?");
            opinion.valueProperty().set(r.opinion);
            Button remove = removeButton("Remove statement " + (i + 1));
            listen(text, v -> r.text = v);
            listen(saidBy, v -> r.saidBy = v);
            opinion.valueProperty().addListener((o, a, b) -> {
                r.opinion = Boolean.TRUE.equals(b);
                changed();
            });
            remove.setOnAction(e -> {
                draft.reported.remove(r);
                changed();
                showReported();
            });
            view.reported.getChildren().add(view.reportedRow(i, text, saidBy, opinion, remove));
        }
    }

    private void showAnalysis() {
        view.analysis.getChildren().clear();
        view.planIntro.setText(draft.analysis.isEmpty()
                ? "There are no plan recommendations on this tablet for " + draft.childName
                        + ". Save and close, then refresh the caseload when you have a signal."
                : "For each part of " + draft.childName + "'s plan that this visit tells you something about, "
                        + "say what it showed. At least one.");
        for (int i = 0; i < draft.analysis.size(); i++) {
            VisitDraft.Analysis a = draft.analysis.get(i);
            TextArea text = new TextArea(a.text);
            listen(text, v -> a.text = v);
            view.analysis.getChildren().add(view.analysisRow(i, a.recommendation, text));
        }
    }

    private void showActions() {
        view.actions.getChildren().clear();
        for (int i = 0; i < draft.actions.size(); i++) {
            VisitDraft.Action a = draft.actions.get(i);
            TextField what = new TextField(a.what);
            TextField byWhom = new TextField(a.byWhom);
            DatePicker byWhen = new DatePicker(a.byWhen);
            Button remove = removeButton("Remove action " + (i + 1));
            listen(what, v -> a.what = v);
            listen(byWhom, v -> a.byWhom = v);
            byWhen.valueProperty().addListener((o, x, y) -> {
                a.byWhen = y;
                changed();
            });
            remove.setOnAction(e -> {
                draft.actions.remove(a);
                changed();
                showActions();
            });
            view.actions.getChildren().add(view.actionRow(i, what, byWhom, byWhen, remove));
        }
    }

    private static Button removeButton(String accessible) {
        Button remove = new Button("Remove");
        remove.getStyleClass().add("secondary");
        remove.setAccessibleText(accessible);
        return remove;
    }

    private void listen(TextInputControl c, Consumer<String> set) {
        c.textProperty().addListener((o, a, b) -> {
            set.accept(b);
            changed();
        });
    }

    private void focusLater(String id) {
        Platform.runLater(() -> {
            if (view.lookup(id) != null) {
                view.lookup(id).requestFocus();
            }
        });
    }

    /** Autosave: the draft is written (encrypted) on every change. */
    private void changed() {
        visits.save(draft);
    }

    private void next() {
        List<Violation> problems = visits.check(draft, step);
        show(problems);
        if (problems.isEmpty()) {
            List<Step> path = path();
            go(path.get(Math.min(path.indexOf(step) + 1, path.size() - 1)));
        } else {
            view.stepMessage.setText(problems.size() == 1 ? "One thing needs your attention on this step."
                    : problems.size() + " things need your attention on this step.");
            focusFirst(problems);
        }
    }

    private void go(Step s) {
        step = s;
        draft.step = s.ordinal();
        changed();
        clearErrors();
        view.stepMessage.setText("");
        List<Step> path = path();
        int number = path.indexOf(s) + 1;
        view.showPage(s, path);
        view.stepLabel.setText("Step " + number + " of " + path.size() + " · " + s.title());
        view.progress.setProgress((double) number / path.size());
        view.back.setDisable(number == 1);
        view.next.setVisible(s != Step.REVIEW);
        view.sign.setVisible(s == Step.REVIEW);
        if (s == Step.REVIEW) {
            showReview();
        }
        if (s == Step.SKETCHES) {
            sketches.showList();
        }
    }

    private void clearErrors() {
        view.errors.values().forEach(l -> l.setText(""));
        view.reviewErrors.setText("");
    }

    private void show(List<Violation> problems) {
        clearErrors();
        Map<String, String> byField = problems.stream().collect(Collectors.groupingBy(Violation::field,
                java.util.LinkedHashMap::new, Collectors.mapping(Violation::message, Collectors.joining("\n"))));
        byField.forEach((field, message) -> {
            Label l = view.errors.get(field);
            if (l != null) {
                l.setText(message);
            }
        });
    }

    private void focusFirst(List<Violation> problems) {
        Map<String, String> ids = Map.ofEntries(Map.entry("visitStart", "#start"), Map.entry("visitEnd", "#end"),
                Map.entry("venue", "#venue"), Map.entry("purpose", "#purpose"),
                Map.entry("interpreterLanguage", "#interpreter-language"), Map.entry("suppliedBy", "#supplied-by"),
                Map.entry("reasonNotSeen", "#reason-not-seen"), Map.entry("childViews", "#child-views"),
                Map.entry("childViewsSupport", "#child-views-support"), Map.entry("carerViews", "#carer-views"),
                Map.entry("informationExchanged", "#information"), Map.entry("narrative", "#narrative"),
                Map.entry("significantChange", "#significant-change"),
                Map.entry("relationshipQuality", "#relationship"), Map.entry("actionsAfterFailedVisit", "#actions-after"));
        String id = ids.get(problems.get(0).field());
        if (id != null && view.lookup(id) != null) {
            view.lookup(id).requestFocus();
        }
        Label first = view.errors.get(problems.get(0).field());
        if (first != null) {
            view.layout();
            org.doorstep.app.Ui.reveal(first.getParent());
        }
    }

    private void showReview() {
        view.review.getChildren().clear();
        VisitNote n = visits.preview(draft);
        ZoneId zone = visits.zone();
        view.lateWarning.setText(visits.lateWarning(draft).orElse(""));
        view.formWarning.setText(visits.formWarning(draft).orElse(""));
        view.addReviewRow("Child", draft.childName);
        if (draft.correction()) {
            view.addReviewRow("Corrects", "Your note " + draft.amends
                    + (draft.amendsSignedAt == null ? "" : ", signed " + WHEN.format(draft.amendsSignedAt.atZone(zone))));
        }
        view.addReviewRow("Did the visit go ahead?", n.outcome() == null ? null
                : n.failedVisit() ? "No — " + n.outcome().label() : "Yes");
        view.addReviewRow("When", n.visitStart() == null || n.visitEnd() == null ? null
                : WHEN.format(n.visitStart().atZone(zone)) + " to " + TIME.format(n.visitEnd().atZone(zone)));
        view.addReviewRow("Venue", n.venue());
        view.addReviewRow("Purpose", n.purpose());
        view.addReviewRow("Present", n.present().isEmpty() ? null
                : n.present().stream().map(p -> p.name() + " (" + p.role() + ")").collect(Collectors.joining("\n")));
        if (n.failedVisit()) {
            view.addReviewRow("What happened (fact)", n.narrative());
            view.addReviewRow("What you did next", n.actionsAfterFailedVisit());
        } else {
            view.addReviewRow("Interpreter", n.interpreterUsed() == null ? null : n.interpreterWasUsed()
                    ? "Yes — " + n.interpreterLanguage() + (blank(n.interpreterName()) ? "" : ", " + n.interpreterName()) : "No");
            view.addReviewRow("Child seen", n.childSeen() == null ? null : n.childWasSeen()
                    ? (Boolean.TRUE.equals(n.childSeenAlone()) ? "Yes, seen alone" : "Yes, not alone")
                    : "No — " + n.reasonNotSeen());
            view.addReviewRow("The child's views (theirs)", n.childViews());
            if (n.childWasSeen()) {
                view.addReviewRow("How the child's views were gathered", n.childViewsSupport());
            }
            view.addReviewRow("Parent's or carer's views (theirs)", n.carerViews());
            view.addReviewRow("Information exchanged", n.informationExchanged());
            view.addReviewRow("What happened (fact, first-hand)", n.narrative());
            view.addReviewRow("What others told you", n.reportedByOthers().isEmpty() ? null : n.reportedByOthers().stream()
                    .map(s -> s.text() + " — " + s.label()).collect(Collectors.joining("\n")));
            view.addReviewRow("Household changed", n.householdChanged() == null ? null
                    : n.householdChanged() ? "Yes" : "No");
            view.addReviewRow("Significant changes", n.significantChange());
            view.addReviewRow("Relationship with the child (your assessment)", n.relationshipQuality());
            view.addReviewRow("Analysis against the plan (your assessment)", n.analysis().isEmpty() ? null
                    : n.analysis().stream().map(this::analysisLine).collect(Collectors.joining("\n")));
            view.addReviewRow("Privacy notice", n.privacyNotice() == null || n.privacyNotice().given() == null ? null
                    : n.privacyNotice().wasGiven() ? "Given — " + n.privacyNotice().languageOrFormat() : "Not given");
        }
        if (!n.failedVisit() || !n.actions().isEmpty()) {
            view.addReviewRow("Actions", n.actions().isEmpty() ? null : n.actions().stream()
                    .map(a -> a.what() + " — " + a.byWhom() + ", by " + (a.byWhen() == null ? "?" : DAY.format(a.byWhen())))
                    .collect(Collectors.joining("\n")));
        }
        if (!n.failedVisit()) {
            sketches.showOnReview();
        }
        view.addReviewRow("Recorded by", authorName + " (" + n.author() + ") · form " + n.formVersion()
                + (n.suppliedBy() == null ? "" : "\nInformation supplied by " + n.suppliedBy()));
        showReviewErrors();
    }

    /** What still stops signing, kept up to date while the practitioner types on the review step. */
    private void showReviewErrors() {
        List<Violation> all = visits.checkAll(draft);
        view.errors.get("amendmentReason").setText(all.stream().filter(v -> v.field().equals("amendmentReason"))
                .map(Violation::message).findFirst().orElse(""));
        view.reviewErrors.setText(all.isEmpty() ? "" : "Before signing: " + all.stream().map(Violation::message)
                .distinct().collect(Collectors.joining("\n")));
    }

    private String analysisLine(PlanAnalysis a) {
        String rec = draft.analysis.stream().filter(x -> a.recommendationId().equals(x.recommendationId))
                .map(x -> x.recommendation).findFirst().orElse(a.recommendationId());
        return rec + ": " + a.text();
    }

    private void sign() {
        try {
            visits.sign(draft);
            sketches.lock();
            navigator.showVisits(true);
        } catch (IllegalStateException e) {
            showReviewErrors();
            view.reviewErrors.setText("Not signed: " + e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
