package org.doorstep.app.visit;

import java.util.List;
import java.util.function.Consumer;

import org.doorstep.app.Ui;
import org.doorstep.model.visit.KnownPeople;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.wire.HouseholdPerson;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * The wizard's lists of answers, bound to the draft: people present (with one-tap choices from the
 * household on the record and people met before), what others said, the analysis of each plan
 * recommendation, actions. A row added by a tap is scrolled into view with its first empty field
 * focused, so it never appears below the edge of the screen.
 */
final class ListedAnswers {

    private final VisitWizardView view;
    private final VisitDraft draft;
    private final Runnable changed;
    private final java.util.function.BiConsumer<TextInputControl, Label> advise;
    /** The household on the record when the wizard opened, offered as people present. */
    private final List<HouseholdPerson> household;
    /** People earlier visits met who are not in the household, as the server last sent them. */
    private final List<PresentPerson> known;

    ListedAnswers(VisitWizardView view, VisitDraft draft, Runnable changed,
                  java.util.function.BiConsumer<TextInputControl, Label> advise,
                  List<HouseholdPerson> household, List<PresentPerson> known) {
        this.view = view;
        this.draft = draft;
        this.changed = changed;
        this.advise = advise;
        this.household = household;
        this.known = known;
        view.addPerson.setOnAction(e -> {
            draft.present.add(new VisitDraft.Person());
            changed.run();
            showPeople();
            revealAndFocus("#person-name-" + (draft.present.size() - 1));
        });
        view.addReported.setOnAction(e -> {
            draft.reported.add(new VisitDraft.Reported());
            changed.run();
            showReported();
            revealAndFocus("#reported-text-" + (draft.reported.size() - 1));
        });
        view.addAction.setOnAction(e -> {
            draft.actions.add(new VisitDraft.Action());
            changed.run();
            showActions();
            revealAndFocus("#action-what-" + (draft.actions.size() - 1));
        });
    }

    void showAll() {
        showPeople();
        showReported();
        showAnalysis();
        showActions();
    }

    /** R5.2-present: a tap adds a household member with their name and relationship, split from the record. */
    private void showHouseholdChoices() {
        view.householdChoices.getChildren().clear();
        for (int i = 0; i < household.size(); i++) {
            HouseholdPerson p = household.get(i);
            PresentPerson as = p.asPresent();
            Button b = AnswerRows.householdChoice(view.householdChoices, i, p.described(), p.parentalResponsibility());
            b.setDisable(alreadyPresent(as.name()));
            b.setOnAction(e -> addPresent(as));
        }
        view.householdBox.setVisible(!household.isEmpty());
    }

    /** R5.2-present: a tap adds someone an earlier visit met, with the role that visit gave them. */
    private void showKnownChoices() {
        view.knownChoices.getChildren().clear();
        for (int i = 0; i < known.size(); i++) {
            PresentPerson p = known.get(i);
            Button b = AnswerRows.knownChoice(view.knownChoices, i, p.role().isEmpty() ? p.name() : p.name() + ", " + p.role());
            b.setDisable(alreadyPresent(p.name()));
            b.setOnAction(e -> addPresent(p));
        }
        view.knownBox.setVisible(!known.isEmpty());
    }

    private void addPresent(PresentPerson p) {
        draft.present.add(new VisitDraft.Person(p.name(), p.role()));
        changed.run();
        showPeople();
        int i = draft.present.size() - 1;
        revealAndFocus(p.role().isEmpty() ? "#person-role-" + i : "#person-remove-" + i);
    }

    /** Whether someone of this name is already listed as present, so their one-tap choice is spent. */
    private boolean alreadyPresent(String name) {
        return draft.present.stream().anyMatch(x -> KnownPeople.sameName(x.name, name));
    }

    void showPeople() {
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
                changed.run();
                showPeople();
            });
            view.people.getChildren().add(AnswerRows.person(view.people, i, name, role, remove));
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
                changed.run();
            });
            remove.setOnAction(e -> {
                draft.reported.remove(r);
                changed.run();
                showReported();
            });
            view.reported.getChildren().add(AnswerRows.reported(view.reported, i, text, saidBy, opinion, remove));
            adviseOn(text);
        }
    }

    private void showAnalysis() {
        view.analysis.getChildren().clear();
        boolean noPlan = draft.analysis.size() == 1
                && org.doorstep.model.visit.PlanAnalysis.NO_PLAN.equals(draft.analysis.get(0).recommendationId);
        view.planIntro.setText(draft.analysis.isEmpty()
                ? "There are no plan recommendations on this tablet for " + draft.childName
                        + ". Save and close, then refresh the caseload when you have a signal."
                : noPlan ? draft.childName + " has no plan yet. Say what this visit showed against the concerns that "
                        + "led to the referral; the record will say the analysis was made without a plan."
                : "For each part of " + draft.childName + "'s plan that this visit tells you something about, "
                        + "say what it showed. At least one.");
        for (int i = 0; i < draft.analysis.size(); i++) {
            VisitDraft.Analysis a = draft.analysis.get(i);
            TextArea text = new TextArea(a.text);
            listen(text, v -> a.text = v);
            view.analysis.getChildren().add(AnswerRows.analysis(i, noPlan ? Visits.NO_PLAN_LABEL : "Plan: " + a.recommendation, text));
            if (noPlan) {
                text.setPromptText("what this visit showed about those concerns");
            }
            adviseOn(text);
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
                changed.run();
            });
            remove.setOnAction(e -> {
                draft.actions.remove(a);
                changed.run();
                showActions();
            });
            view.actions.getChildren().add(AnswerRows.action(view.actions, i, what, byWhom, byWhen, remove));
            adviseOn(what);
        }
    }

    /** The advice line the row builder put under {@code box}, filled as the practitioner types. */
    private void adviseOn(TextInputControl box) {
        Node line = box.getParent() == null ? null : box.getParent().lookup("#advice-" + box.getId());
        if (line instanceof Label l) {
            advise.accept(box, l);
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
            changed.run();
        });
    }

    /**
     * Once laid out, scrolls the new row into view and puts the cursor (or focus) on {@code id}. The
     * page's height is only known after the next layout pass, so it is revealed again once that ran.
     */
    private void revealAndFocus(String id) {
        Platform.runLater(() -> {
            Node n = view.lookup(id);
            if (n == null) {
                return;
            }
            Node row = n.getParent();
            while (row != null && !row.getStyleClass().contains("person")) {
                row = row.getParent();
            }
            Node shown = row == null ? n : row;
            view.applyCss();
            view.layout();
            Ui.reveal(shown);
            n.requestFocus();
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(40));
            settle.setOnFinished(e -> Ui.reveal(shown));
            settle.play();
        });
    }
}
