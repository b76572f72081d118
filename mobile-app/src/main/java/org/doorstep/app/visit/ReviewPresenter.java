package org.doorstep.app.visit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.doorstep.model.plain.JargonLeft;
import org.doorstep.model.plain.PlainWriting;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.VisitNote;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * Fills the review with the note as it would be signed now, a section per step, each with Change to
 * go straight to that step; lists what still stops signing and the jargon left in the note.
 */
final class ReviewPresenter {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final PlainWriting ADVISOR = PlainWriting.defaults();

    private final VisitWizardView view;
    private final Visits visits;
    private final VisitDraft draft;
    private final String authorName;
    private final SketchesPresenter sketches;
    private final Consumer<Step> change;

    ReviewPresenter(VisitWizardView view, Visits visits, VisitDraft draft, String authorName, SketchesPresenter sketches,
                    Consumer<Step> change) {
        this.view = view;
        this.visits = visits;
        this.draft = draft;
        this.authorName = authorName;
        this.sketches = sketches;
        this.change = change;
    }

    void show() {
        ReviewPage page = view.reviewPage;
        page.clear();
        VisitNote n = visits.preview(draft);
        ZoneId zone = visits.zone();
        view.lateWarning.setText(visits.lateWarning(draft).orElse(""));
        view.formWarning.setText(visits.formWarning(draft).orElse(""));
        VBox about = section(Step.OUTCOME);
        ReviewPage.row(about, "Child", draft.childName);
        if (draft.correction()) {
            ReviewPage.row(about, "Corrects", "Your note " + draft.amends
                    + (draft.amendsSignedAt == null ? "" : ", signed " + WHEN.format(draft.amendsSignedAt.atZone(zone))));
        }
        ReviewPage.row(about, "Did the visit go ahead?", n.outcome() == null ? null
                : n.failedVisit() ? "No — " + n.outcome().label() : "Yes");
        VBox when = section(Step.WHEN_WHERE);
        ReviewPage.row(when, "When", n.visitStart() == null || n.visitEnd() == null ? null
                : WHEN.format(n.visitStart().atZone(zone))
                        + (n.visitEnd().equals(n.visitStart()) ? "" : " to " + TIME.format(n.visitEnd().atZone(zone))));
        ReviewPage.row(when, "Venue", n.venue());
        ReviewPage.row(when, "Purpose", n.purpose());
        if (n.dutyReason() != null) {
            ReviewPage.row(when, "Why you visited on duty", n.dutyReason());
        }
        VBox present = section(Step.PRESENT);
        ReviewPage.row(present, "Present", n.present().isEmpty() ? null
                : n.present().stream().map(p -> p.name() + " (" + p.role() + ")").collect(Collectors.joining("\n")));
        if (n.failedVisit()) {
            VBox failed = section(Step.FAILED);
            ReviewPage.row(failed, "What happened (fact)", n.narrative());
            ReviewPage.row(failed, "What you did next", n.actionsAfterFailedVisit());
            if (!n.actions().isEmpty()) {
                ReviewPage.row(failed, "Actions", actions(n));
            }
        } else {
            showCompleted(n, present);
        }
        ReviewPage.row(view.reviewPage.section("Who signs the note", null, null), "Recorded by", authorName + " (" + n.author()
                + ") · form " + n.formVersion() + (n.suppliedBy() == null ? "" : "\nInformation supplied by " + n.suppliedBy()));
        page.jargon.setText(JargonLeft.in(n, ADVISOR).stream().map(JargonLeft::line).collect(Collectors.joining("\n")));
        showErrors();
    }

    private void showCompleted(VisitNote n, VBox present) {
        ReviewPage.row(present, "Interpreter", n.interpreterUsed() == null ? null : n.interpreterWasUsed()
                ? "Yes — " + n.interpreterLanguage() + (blank(n.interpreterName()) ? "" : ", " + n.interpreterName()) : "No");
        VBox child = section(Step.CHILD);
        ReviewPage.row(child, "Child seen", n.childSeen() == null ? null : n.childWasSeen()
                ? (Boolean.TRUE.equals(n.childSeenAlone()) ? "Yes, seen alone"
                        : "Yes, not alone — " + (blank(n.reasonNotSeenAlone()) ? "why not: not given yet" : n.reasonNotSeenAlone()))
                : "No — " + n.reasonNotSeen());
        VBox views = section(Step.VIEWS);
        ReviewPage.row(views, "The child's views (theirs)", n.childViews());
        if (n.childWasSeen()) {
            ReviewPage.row(views, "How the child's views were gathered", n.childViewsSupport());
        }
        ReviewPage.row(views, "Parent's or carer's views (theirs)", n.carerViews());
        VBox discussion = section(Step.DISCUSSION);
        ReviewPage.row(discussion, "Information exchanged", n.informationExchanged());
        ReviewPage.row(discussion, "What happened (fact, first-hand)", n.narrative());
        ReviewPage.row(discussion, "What others told you", n.reportedByOthers().isEmpty() ? null : n.reportedByOthers().stream()
                .map(s -> s.text() + " — " + s.label()).collect(Collectors.joining("\n")));
        VBox changes = section(Step.CHANGES);
        ReviewPage.row(changes, "Household changed", n.householdChanged() == null ? null : n.householdChanged() ? "Yes" : "No");
        ReviewPage.row(changes, "Significant changes", n.significantChange());
        ReviewPage.row(changes, "Relationship with the child (your assessment)", n.relationshipQuality());
        if (n.ecoMap() != null) {
            ReviewPage.row(changes, "The child's eco-map", EcoMapPresenter.lines(n.ecoMap()));
        }
        if (!n.propertyChanges().isEmpty()) {
            ReviewPage.row(changes, "The child's belongings", BelongingsPresenter.lines(draft, n.propertyChanges()));
        }
        VBox analysis = section(Step.ANALYSIS);
        ReviewPage.row(analysis, "Analysis against the plan (your assessment)", n.analysis().isEmpty() ? null
                : n.analysis().stream().map(this::analysisLine).collect(Collectors.joining("\n")));
        ReviewPage.row(analysis, "Strengths (your assessment)", n.strengths());
        ReviewPage.row(analysis, "Concerns (your assessment)", n.concerns());
        // R5.4-balance: the supervisor sees this flag; it is said here first, and signing goes ahead.
        n.balance().flag().ifPresent(flag -> ReviewPage.row(analysis, "Your supervisor will be told", flag));
        ReviewPage.row(analysis, "Actions", n.actions().isEmpty() ? null : actions(n));
        ReviewPage.row(section(Step.PRIVACY), "Privacy notice", n.privacyNotice() == null || n.privacyNotice().given() == null
                ? null : n.privacyNotice().wasGiven() ? "Given — " + n.privacyNotice().languageOrFormat() : "Not given");
        VBox drawn = section(Step.SKETCHES);
        sketches.showOnReview(drawn);
        // R1-media: the files the signature will cover, by name and size.
        ReviewPage.row(drawn, "Documents and photos", n.attachments().isEmpty() ? null : n.attachments().stream()
                .map(a -> a.name() + " (" + org.doorstep.model.media.AttachmentRules.inWords(a.size()) + ")")
                .collect(Collectors.joining("\n")));
    }

    private VBox section(Step step) {
        Button b = ReviewPage.changeButton();
        b.setOnAction(e -> change.accept(step));
        return view.reviewPage.section(step, b);
    }

    private static String actions(VisitNote n) {
        return n.actions().stream()
                .map(a -> a.what() + " — " + a.byWhom() + ", by " + (a.byWhen() == null ? "?" : DAY.format(a.byWhen())))
                .collect(Collectors.joining("\n"));
    }

    /** What still stops signing, kept up to date while the practitioner types on the review step. */
    void showErrors() {
        List<Violation> all = visits.checkAll(draft);
        view.errors.get("amendmentReason").setText(all.stream().filter(v -> v.field().equals("amendmentReason"))
                .map(Violation::message).findFirst().orElse(""));
        view.reviewErrors.setText(all.isEmpty() ? "" : "Before signing: " + all.stream().map(Violation::message)
                .distinct().collect(Collectors.joining("\n")));
    }

    /** "Maya attends school every day: attendance is..." without doubling the recommendation's own full stop. */
    private String analysisLine(PlanAnalysis a) {
        String rec = draft.analysis.stream().filter(x -> a.recommendationId().equals(x.recommendationId))
                .map(x -> x.recommendation).findFirst().orElse(a.recommendationId());
        return rec.strip().replaceAll("[.:;,]+$", "") + ": " + a.text();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
