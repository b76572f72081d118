package org.doorstep.app.proposals;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.doorstep.app.enrolment.Session;
import org.doorstep.model.family.Family;
import org.doorstep.model.family.FamilyPerson;
import org.doorstep.model.family.Relationship;
import org.doorstep.model.family.RelationshipRules;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.FactProposal;

/**
 * Checks a proposed relationship with the rules the server runs ({@link RelationshipRules}) against
 * the family the tablet holds, shows each message beside its field, and queues the proposal in the
 * tablet's encrypted {@link ProposalOutbox}; the next sync sends it. It never needs a signal.
 */
public final class RelationshipPresenter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final RelationshipView view;
    private final Session session;
    private final String caseId;
    private final Family family;
    private final java.util.function.Consumer<String> queued;
    /** Made once per form, so tapping Propose twice queues one proposal. */
    private final String proposalId = UUID.randomUUID().toString();

    /** {@code queued} is told what became of the proposal, in words for the record it returns to. */
    public RelationshipPresenter(RelationshipView view, Session session, String caseId, String childName, Family family,
                                 Runnable back, java.util.function.Consumer<String> queued) {
        this.view = view;
        this.session = session;
        this.caseId = caseId;
        this.family = family == null ? new Family(List.of(), List.of()) : family;
        this.queued = queued;
        view.childName.setText("About " + childName);
        view.from.getItems().setAll(this.family.people());
        view.to.getItems().setAll(this.family.people());
        view.back.setOnAction(e -> back.run());
        view.propose.setOnAction(e -> propose());
        // A message goes as soon as its answer changes; the preview follows every choice.
        view.from.valueProperty().addListener((o, a, b) -> changed("relationFrom"));
        view.to.valueProperty().addListener((o, a, b) -> changed("relationTo"));
        view.kind.selectedToggleProperty().addListener((o, a, b) -> changed("relationKind"));
        view.since.valueProperty().addListener((o, a, b) -> changed("until"));
        view.until.valueProperty().addListener((o, a, b) -> changed("until"));
        view.reason.textProperty().addListener((o, a, b) -> changed("reason"));
    }

    FactProposal proposal() {
        String k = view.kind.getSelectedToggle() == null ? null : (String) view.kind.getSelectedToggle().getUserData();
        return FactProposal.relationship(proposalId, key(view.from.getValue()), k, key(view.to.getValue()),
                view.since.getValue(), view.until.getValue(), view.reason.getText() == null ? null : view.reason.getText().strip());
    }

    private static String key(FamilyPerson p) {
        return p == null ? null : p.id();
    }

    /** The proposal in words, as the supervisor will read it. */
    private String described(FactProposal p) {
        return name(p.relationFrom()) + " " + Relationship.verbOf(p.relationKind()) + " " + name(p.relationTo())
                + (p.since() == null ? "" : " since " + DATE.format(p.since()))
                + (p.until() == null ? "" : " until " + DATE.format(p.until()));
    }

    private String name(String key) {
        return family.person(key).map(FamilyPerson::name).orElse("?");
    }

    private void changed(String field) {
        view.errors.get(field).setText("");
        if (view.errors.values().stream().allMatch(l -> l.getText().isEmpty())) {
            view.status.setText("");
        }
        showPreview();
    }

    private void showPreview() {
        FactProposal p = proposal();
        boolean chosen = p.relationFrom() != null && p.relationKind() != null && p.relationTo() != null;
        view.preview.setText(chosen ? "You propose: " + described(p) + "." : "");
    }

    private void propose() {
        FactProposal p = proposal();
        List<Violation> problems = RelationshipRules.proposal(p, family);
        show(problems);
        if (!problems.isEmpty()) {
            view.status.setText("Check the " + (problems.size() == 1 ? "field" : problems.size() + " fields") + " marked in red.");
            return;
        }
        session.proposals().add(caseId, described(p), p);
        queued.accept("Proposed: " + described(p) + ". It is kept on this tablet and goes to your supervisor at the next sync.");
    }

    private void show(List<Violation> problems) {
        org.doorstep.app.Ui.showBeside(view.errors, problems);
    }
}
