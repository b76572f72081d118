package org.doorstep.app.visit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.doorstep.app.Navigator;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.VisitNote;

import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

    private final VisitWizardView view;
    private final Navigator navigator;
    private final Visits visits;
    private final VisitDraft draft;
    private final String authorName;
    private Step step;

    public VisitWizardPresenter(VisitWizardView view, Navigator navigator, Visits visits, VisitDraft draft,
                                String authorName) {
        this.view = view;
        this.navigator = navigator;
        this.visits = visits;
        this.draft = draft;
        this.authorName = authorName;
        view.title.setText("Visit — " + draft.childName);
        load();
        bind();
        view.back.setOnAction(e -> go(Step.values()[Math.max(0, step.ordinal() - 1)]));
        view.next.setOnAction(e -> next());
        view.sign.setOnAction(e -> sign());
        view.close.setOnAction(e -> {
            visits.save(draft);
            navigator.showCaseload(false);
        });
        view.addPerson.setOnAction(e -> {
            draft.present.add(new VisitDraft.Person());
            changed();
            showPeople();
            int last = draft.present.size() - 1;
            Platform.runLater(() -> view.lookup("#person-name-" + last).requestFocus());
        });
        go(Step.values()[Math.min(Math.max(draft.step, 0), Step.count() - 1)]);
    }

    private void load() {
        view.date.setValue(draft.date);
        view.start.setText(draft.start);
        view.end.setText(draft.end);
        view.venue.setText(draft.venue);
        view.purpose.setText(draft.purpose);
        view.interpreterUsed.valueProperty().set(draft.interpreterUsed);
        view.interpreterLanguage.setText(draft.interpreterLanguage);
        view.interpreterName.setText(draft.interpreterName);
        view.childSeen.valueProperty().set(draft.childSeen);
        view.childSeenAlone.valueProperty().set(draft.childSeenAlone);
        view.reasonNotSeen.setText(draft.reasonNotSeen);
        view.childViews.setText(draft.childViews);
        view.carerViews.setText(draft.carerViews);
        view.narrative.setText(draft.narrative);
        showPeople();
        showChoices();
    }

    private void bind() {
        view.date.valueProperty().addListener((o, a, b) -> {
            draft.date = b;
            changed();
        });
        text(view.start, v -> draft.start = v);
        text(view.end, v -> draft.end = v);
        text(view.venue, v -> draft.venue = v);
        text(view.purpose, v -> draft.purpose = v);
        text(view.interpreterLanguage, v -> draft.interpreterLanguage = v);
        text(view.interpreterName, v -> draft.interpreterName = v);
        text(view.reasonNotSeen, v -> draft.reasonNotSeen = v);
        text(view.childViews, v -> draft.childViews = v);
        text(view.carerViews, v -> draft.carerViews = v);
        text(view.narrative, v -> draft.narrative = v);
        choice(view.interpreterUsed.valueProperty(), v -> draft.interpreterUsed = v);
        choice(view.childSeen.valueProperty(), v -> draft.childSeen = v);
        choice(view.childSeenAlone.valueProperty(), v -> draft.childSeenAlone = v);
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
        view.interpreterDetails.setVisible(Boolean.TRUE.equals(draft.interpreterUsed));
        view.aloneBox.setVisible(Boolean.TRUE.equals(draft.childSeen));
        view.reasonBox.setVisible(Boolean.FALSE.equals(draft.childSeen));
    }

    private void showPeople() {
        view.people.getChildren().clear();
        for (int i = 0; i < draft.present.size(); i++) {
            VisitDraft.Person p = draft.present.get(i);
            TextField name = new TextField(p.name);
            TextField role = new TextField(p.role);
            Button remove = new Button("Remove");
            remove.getStyleClass().add("secondary");
            remove.setAccessibleText("Remove person " + (i + 1));
            name.textProperty().addListener((o, a, b) -> {
                p.name = b;
                changed();
            });
            role.textProperty().addListener((o, a, b) -> {
                p.role = b;
                changed();
            });
            remove.setOnAction(e -> {
                draft.present.remove(p);
                changed();
                showPeople();
            });
            view.people.getChildren().add(view.personRow(i, name, role, remove));
        }
    }

    /** Autosave: the draft is written (encrypted) on every change. */
    private void changed() {
        visits.save(draft);
    }

    private void next() {
        List<Violation> problems = visits.check(draft, step);
        show(problems);
        if (problems.isEmpty()) {
            go(Step.values()[step.ordinal() + 1]);
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
        view.showPage(s);
        view.stepLabel.setText("Step " + s.number() + " of " + Step.count() + " · " + s.title());
        view.progress.setProgress((double) s.number() / Step.count());
        view.back.setDisable(s.ordinal() == 0);
        view.next.setVisible(s != Step.REVIEW);
        view.sign.setVisible(s == Step.REVIEW);
        if (s == Step.REVIEW) {
            showReview();
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
        Map<String, String> ids = Map.of("visitStart", "#start", "visitEnd", "#end", "venue", "#venue",
                "purpose", "#purpose", "interpreterLanguage", "#interpreter-language", "reasonNotSeen",
                "#reason-not-seen", "childViews", "#child-views", "carerViews", "#carer-views", "narrative", "#narrative");
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
        view.addReviewRow("Child", draft.childName);
        view.addReviewRow("When", n.visitStart() == null || n.visitEnd() == null ? null
                : WHEN.format(n.visitStart().atZone(zone)) + " to " + TIME.format(n.visitEnd().atZone(zone)));
        view.addReviewRow("Venue", n.venue());
        view.addReviewRow("Purpose", n.purpose());
        view.addReviewRow("Present", n.present().stream().map(PresentPerson::name).count() == 0 ? null
                : n.present().stream().map(p -> p.name() + " (" + p.role() + ")").collect(Collectors.joining("\n")));
        view.addReviewRow("Interpreter", n.interpreterUsed() == null ? null : n.interpreterWasUsed()
                ? "Yes — " + n.interpreterLanguage() + (blank(n.interpreterName()) ? "" : ", " + n.interpreterName()) : "No");
        view.addReviewRow("Child seen", n.childSeen() == null ? null : n.childWasSeen()
                ? (Boolean.TRUE.equals(n.childSeenAlone()) ? "Yes, seen alone" : "Yes, not alone")
                : "No — " + n.reasonNotSeen());
        view.addReviewRow("The child's views", n.childViews());
        view.addReviewRow("Parent's or carer's views", n.carerViews());
        view.addReviewRow("Narrative", n.narrative());
        view.addReviewRow("Recorded by", authorName + " (" + n.author() + ") · form " + n.formVersion());
        List<Violation> all = visits.checkAll(draft);
        if (!all.isEmpty()) {
            view.reviewErrors.setText("Before signing: " + all.stream().map(Violation::message)
                    .distinct().collect(Collectors.joining("\n")));
        }
    }

    private void sign() {
        try {
            visits.sign(draft);
            navigator.showVisits(true);
        } catch (IllegalStateException e) {
            view.reviewErrors.setText("Not signed: " + e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
