package org.doorstep.app.contacts;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.app.Background;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.sync.ApiException;
import org.doorstep.app.sync.UnreachableException;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.ContactRecord;

/**
 * Checks a contact with the same rules the server runs (shared-model {@link RecordRules#contact}),
 * shows each message beside its field, and sends it with the contacts API. With no signal (or the
 * server out of service) the contact is kept in the tablet's encrypted store ({@link ContactOutbox})
 * and sent at the next sync, as a visit note is.
 */
public final class ContactPresenter {

    private final ContactView view;
    private final Session session;
    private final Background background;
    private final String caseId;
    private final String childName;
    private final java.util.function.Consumer<String> sent;

    /** {@code sent} is told what became of the contact, in words for the screen it returns to. */
    public ContactPresenter(ContactView view, Session session, Background background, String caseId, String childName,
                            Runnable back, java.util.function.Consumer<String> sent) {
        this.view = view;
        this.session = session;
        this.background = background;
        this.caseId = caseId;
        this.childName = childName;
        this.sent = sent;
        view.childName.setText("About " + childName);
        view.date.setValue(today());
        view.back.setOnAction(e -> back.run());
        view.send.setOnAction(e -> send());
    }

    private LocalDate today() {
        return LocalDate.now(session.clock());
    }

    ContactRecord contact() {
        String m = view.method.getSelectedToggle() == null ? null : (String) view.method.getSelectedToggle().getUserData();
        return new ContactRecord(view.date.getValue(), m, view.withWhom.getText(), view.what.getText(),
                view.decisions.getText(), view.decidedBy.getText(), view.reasons.getText());
    }

    private void send() {
        ContactRecord c = contact();
        List<Violation> problems = RecordRules.contact(c, today());
        show(problems);
        if (!problems.isEmpty()) {
            view.status.setText("Check the " + (problems.size() == 1 ? "field" : problems.size() + " fields") + " marked in red.");
            return;
        }
        view.send.setDisable(true);
        view.status.setText("Sending…");
        background.run(() -> session.api().recordContact(caseId, c),
                stored -> sent.accept("Contact recorded. It is on the case record and in its chronology."), e -> {
            if (e instanceof UnreachableException || e instanceof ApiException api && api.unavailable()) {
                session.contacts().add(caseId, childName, c);
                sent.accept("No signal: the contact is kept on this tablet and sent at the next sync.");
                return;
            }
            view.send.setDisable(false);
            if (e instanceof ApiException api && api.problem().violations() != null && !api.problem().violations().isEmpty()) {
                show(api.problem().violations());
            }
            view.status.setText(e instanceof ApiException api ? "Not recorded: " + api.problem().detail()
                    : "Not sent: " + e.getMessage() + " What you typed is kept; send it again.");
        });
    }

    private void show(List<Violation> problems) {
        org.doorstep.app.Ui.showBeside(view.errors, problems);
    }
}
