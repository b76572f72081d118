package org.doorstep.app.caseload;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.doorstep.app.Ui;
import org.doorstep.app.enrolment.Session;
import org.doorstep.model.record.NhsNumber;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.HouseholdPerson;
import org.doorstep.model.wire.PlanRecommendation;
import org.doorstep.model.wire.PlanTask;

/** Fills the read-only record of one case from the encrypted caseload cache; it never calls the server. */
public final class CaseRecordPresenter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CaseRecordView view;

    public CaseRecordPresenter(CaseRecordView view, Session session, String caseId, Runnable back, Runnable lock,
                               String notice, java.util.function.Consumer<String> recordContact) {
        this(view, session, caseId, back, lock, notice, recordContact, null);
    }

    /** With {@code proposeRelationship}: the genogram's "Propose a relationship" opens its form for this child (R5.6-genogram). */
    public CaseRecordPresenter(CaseRecordView view, Session session, String caseId, Runnable back, Runnable lock,
                               String notice, java.util.function.Consumer<String> recordContact,
                               java.util.function.Consumer<CaseSummary> proposeRelationship) {
        this.view = view;
        view.back.setOnAction(e -> back.run());
        view.lock.setOnAction(e -> lock.run());
        view.notice.setText(notice == null ? "" : notice);
        ZoneId zone = session.clock().getZone();
        var cached = session.caseload().load();
        CaseSummary c = cached.flatMap(x -> x.caseload().find(caseId)).orElse(null);
        if (c == null) {
            view.freshness.setText("This case is not on the tablet. Refresh the caseload when you have a signal.");
            view.recordContact.setDisable(true);
            view.proposeRelationship.setDisable(true);
            return;
        }
        view.childName.setText(c.childName());
        // R14-cover: a contact is recorded by the practitioner who holds the case; on duty, record a visit instead.
        view.recordContact.setDisable(c.basis() == org.doorstep.model.visit.RecordedAs.DUTY);
        view.recordContact.setOnAction(e -> recordContact.accept(c.childName()));
        // A relationship needs two people on the tablet's genogram: the child and someone in the household.
        view.proposeRelationship.setDisable(proposeRelationship == null || c.family() == null || c.family().people().size() < 2);
        view.proposeRelationship.setOnAction(e -> proposeRelationship.accept(c));
        showProposed(session.proposals().of(caseId));
        ZonedDateTime synced = cached.get().fetchedAt().atZone(zone);
        LocalDate today = LocalDate.now(session.clock());
        view.freshness.setText("As of the last sync at " + TIME.format(synced)
                + (synced.toLocalDate().equals(today) ? "" : " on " + DATE.format(synced))
                + ". Read-only: current facts only; their history is on the case record.");
        text(view.caseSummary, c.latestCaseSummary(), "No case summary on this tablet yet.");
        text(view.contactArrangements, c.contactArrangements(), "Not recorded");
        showFacts(c, today);
        showHousehold(c);
        showGenogram(c, today);
        showEcoMap(c);
        showPlan(c.planRecommendations());
        showProperty(c);
        showChronology(c.recentChronology());
        showFiles(c.files());
    }

    private void showFacts(CaseSummary c, LocalDate today) {
        fact("record-dob", "Date of birth", c.dateOfBirth() == null ? null
                : DATE.format(c.dateOfBirth()) + " (age " + Period.between(c.dateOfBirth(), today).getYears() + ")");
        fact("record-gender", "Gender (as the child declares it)", c.declaredGender());
        fact("record-nhs", "NHS number", nhs(c.nhsNumber()));
        fact("record-address", "Address", c.address());
        fact("record-legal-status", "Legal status", c.legalStatus());
        fact("record-placement", "Placement", c.placement());
        fact("record-communication", "Communication needs", c.communicationNeeds());
    }

    private static void text(javafx.scene.control.Label l, String value, String none) {
        boolean missing = value == null || value.isBlank();
        l.setText(missing ? none : value);
        l.getStyleClass().add(missing ? "hint" : "review-value");
    }

    private void fact(String id, String name, String value) {
        boolean missing = value == null || value.isBlank();
        view.facts.getChildren().add(CaseRecordView.fact(id, name, missing ? "Not recorded" : value, missing));
    }

    private static String nhs(String digits) {
        if (digits == null || digits.isBlank()) {
            return null;
        }
        try {
            return new NhsNumber(digits).formatted();
        } catch (IllegalArgumentException e) {
            return digits;
        }
    }

    /** Who lives with the child, from the household as data (R5.1-basic); parental responsibility is its own tag. */
    private void showHousehold(CaseSummary c) {
        List<HouseholdPerson> members = c.householdMembers();
        if (members != null) {
            for (int i = 0; i < members.size(); i++) {
                HouseholdPerson p = members.get(i);
                view.household.getChildren().add(CaseRecordView.member("record-member-" + i, p.described(),
                        p.parentalResponsibility(), p.joinedOn() == null ? null : "since " + DATE.format(p.joinedOn())));
            }
        } else if (c.household() != null) {
            // A cache written before the server sent the household as data: its lines as they came, until the next sync.
            for (int i = 0; i < c.household().size(); i++) {
                view.household.getChildren().add(CaseRecordView.member("record-member-" + i, c.household().get(i), false, null));
            }
        }
        if (view.household.getChildren().isEmpty()) {
            view.household.getChildren().add(CaseRecordView.bullet("record-household-none", "No one recorded"));
        }
    }

    /**
     * The shared model's genogram of the child and the household (R5.6-genogram), read-only; it
     * scrolls sideways when wider than the screen. The full family is on the workspace.
     */
    private void showGenogram(CaseSummary c, LocalDate today) {
        if (c.family() == null || c.family().relationships().isEmpty()) {
            view.genogram.getChildren().add(CaseRecordView.bullet("record-genogram-none",
                    "No relationships on this tablet yet. Propose one below; your supervisor confirms it on the workspace."));
            return;
        }
        org.doorstep.app.family.DrawingCanvas canvas = new org.doorstep.app.family.DrawingCanvas(
                org.doorstep.model.family.Genogram.draw(c.family(), today, c.childName()));
        canvas.setId("record-genogram-drawing");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(canvas);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(canvas.getHeight());
        view.genogram.getChildren().addAll(scroll, org.doorstep.app.Ui.note(
                "The child and the household as recorded. Relatives outside the household are on the workspace."));
    }

    /** Relationships proposed here that the server does not hold yet, or refused with its reason (R5.6-genogram). */
    private void showProposed(List<org.doorstep.app.proposals.ProposalOutbox.Waiting> waiting) {
        for (int i = 0; i < waiting.size(); i++) {
            var w = waiting.get(i);
            view.proposed.getChildren().add(CaseRecordView.bullet("record-proposed-" + i, w.refused() == null
                    ? "Proposed, waiting for the next sync: " + w.described()
                    : "Proposed, refused by the server: " + w.described() + ". " + w.refused()));
        }
    }

    /** The latest eco-map from a visit (R5.6-genogram), read-only, the whole of it in view; the next visit starts from it. */
    private void showEcoMap(CaseSummary c) {
        if (c.ecoMap() == null) {
            view.ecoMap.getChildren().add(CaseRecordView.bullet("record-ecomap-none",
                    "No eco-map yet. Record one at a visit, on the Changes step."));
            return;
        }
        view.ecoMap.getChildren().addAll(org.doorstep.app.family.DrawingCanvas.fitted(c.ecoMap().draw(),
                org.doorstep.app.Ui.CONTENT_WIDTH - 40, "record-ecomap-drawing"), org.doorstep.app.Ui.note(
                "As recorded at the latest visit. The next visit starts from it, on the Changes step."));
    }

    private void showPlan(List<PlanRecommendation> plan) {
        if (plan == null || plan.isEmpty()) {
            view.plan.getChildren().add(CaseRecordView.bullet("record-plan-none", "No plan recommendations on this tablet"));
            return;
        }
        for (PlanRecommendation p : plan) {
            view.plan.getChildren().add(CaseRecordView.bullet("record-plan-" + p.id(), p.text()));
            for (int i = 0; i < p.tasks().size(); i++) {
                PlanTask t = p.tasks().get(i);
                view.plan.getChildren().add(CaseRecordView.task("record-plan-" + p.id() + "-task-" + i,
                        t.what() + " · " + t.owner() + (t.dueBy() == null ? "" : " · by " + DATE.format(t.dueBy()))));
            }
        }
    }

    private void showProperty(CaseSummary c) {
        view.propertyBox.setVisible(c.property() != null);
        List<org.doorstep.model.wire.PropertyLine> items = c.propertyOrEmpty();
        for (org.doorstep.model.wire.PropertyLine p : items) {
            view.property.getChildren().add(CaseRecordView.bullet("record-property-" + p.id(), p.line()));
        }
        if (items.isEmpty()) {
            view.property.getChildren().add(CaseRecordView.bullet("record-property-none", "Nothing listed yet"));
        }
    }

    private void showChronology(List<ChronologyLine> lines) {
        if (lines == null || lines.isEmpty()) {
            view.chronologyIntro.setText("No chronology lines on this tablet yet.");
            return;
        }
        view.chronologyIntro.setText((lines.size() < CaseSummary.RECENT_CHRONOLOGY ? "All " + lines.size() + " lines"
                : "The newest " + lines.size() + " lines") + ", newest first, each with its source.");
        // The server sends them in date order; what happened last is what matters at the door.
        List<ChronologyLine> newestFirst = new java.util.ArrayList<>(lines);
        java.util.Collections.reverse(newestFirst);
        for (int i = 0; i < newestFirst.size(); i++) {
            ChronologyLine l = newestFirst.get(i);
            view.chronology.getChildren().add(CaseRecordView.line("record-line-" + i,
                    l.date() == null ? "Date not known" : DATE.format(l.date()), l.fact(),
                    l.source() == null || l.source().isBlank() ? "not recorded" : l.source()));
        }
    }

    /**
     * R1-media: what documents and photos the record holds, so the practitioner knows before the visit;
     * a file signed at a visit whose bytes have not reached the server says so.
     */
    private void showFiles(List<org.doorstep.model.wire.RecordFile> files) {
        if (files == null || files.isEmpty()) {
            view.files.getChildren().add(Ui.note("No documents or photos on the record."));
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            org.doorstep.model.wire.RecordFile f = files.get(i);
            view.files.getChildren().add(CaseRecordView.line("record-file-" + i, f.name(),
                    f.kind() + ", " + org.doorstep.model.media.AttachmentRules.inWords(f.size())
                            + (f.arrived() ? "" : ". Not on the server yet: waiting for the tablet that signed it"),
                    f.visitDate() == null ? "added to the case" : "the visit of " + DATE.format(f.visitDate())));
        }
    }
}
