package org.doorstep.app;

import java.time.Clock;

import org.doorstep.app.caseload.CaseRecordPresenter;
import org.doorstep.app.caseload.CaseRecordView;
import org.doorstep.app.caseload.CaseloadPresenter;
import org.doorstep.app.caseload.CaseloadView;
import org.doorstep.app.enrolment.Enrolments;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.enrolment.SignInPresenter;
import org.doorstep.app.enrolment.SignInView;
import org.doorstep.app.enrolment.UnlockPresenter;
import org.doorstep.app.enrolment.UnlockView;
import org.doorstep.app.outbox.VisitsPresenter;
import org.doorstep.app.outbox.VisitsView;
import org.doorstep.app.visit.VisitDraft;
import org.doorstep.app.visit.VisitWizardPresenter;
import org.doorstep.app.visit.VisitWizardView;
import org.doorstep.app.visit.Visits;
import org.doorstep.model.wire.CaseSummary;

import javafx.scene.Parent;
import javafx.scene.Scene;

/** The one place that moves between screens; it builds each view with its presenter. */
public final class Navigator {

    private final Scene scene;
    private final Clock clock;
    private final Enrolments enrolments;
    private final Background background;
    private final String defaultServer;
    private Session session;

    public Navigator(Scene scene, Clock clock, Enrolments enrolments, Background background, String defaultServer) {
        this.scene = scene;
        this.clock = clock;
        this.enrolments = enrolments;
        this.background = background;
        this.defaultServer = defaultServer;
    }

    /** Sign-in for a new tablet, PIN for an enrolled one. */
    public void showStart() {
        if (enrolments.enrolled()) {
            showUnlock();
        } else {
            showSignIn();
        }
    }

    public void showSignIn() {
        showSignIn("");
    }

    /** Set-up, with {@code notice} above the button (e.g. why the tablet's data was deleted). */
    public void showSignIn(String notice) {
        SignInView view = new SignInView();
        new SignInPresenter(view, this, enrolments, background, defaultServer);
        view.notice.setText(notice);
        show(view);
    }

    public void showUnlock() {
        org.doorstep.app.store.Argon2id.warmUp();
        UnlockView view = new UnlockView(enrolments.secretKind().word());
        new UnlockPresenter(view, this, enrolments, background);
        show(view);
    }

    /** Called once the tablet is enrolled or unlocked. */
    public void opened(Session s, boolean refresh) {
        this.session = s;
        showCaseload(refresh);
    }

    public void showCaseload(boolean refresh) {
        CaseloadView view = new CaseloadView();
        new CaseloadPresenter(view, this, session, new Visits(session), background, refresh);
        show(view);
    }

    /** The case in hand, read-only from the encrypted cache; {@code back} returns where it was opened from. */
    public void showRecord(String caseId, Runnable back) {
        showRecord(caseId, back, null);
    }

    /** The case record with a notice at its top (after a contact was recorded), or none. */
    public void showRecord(String caseId, Runnable back, String notice) {
        CaseRecordView view = new CaseRecordView();
        new CaseRecordPresenter(view, session, caseId, back, this::lock, notice,
                childName -> showContact(caseId, childName, back), c -> showRelationship(c, back));
        show(view);
    }

    /** Propose a relationship for the child's genogram (R5.6-genogram); back to the record, which says it is queued. */
    public void showRelationship(CaseSummary c, Runnable recordBack) {
        org.doorstep.app.proposals.RelationshipView view = new org.doorstep.app.proposals.RelationshipView();
        new org.doorstep.app.proposals.RelationshipPresenter(view, session, c.caseId(), c.childName(), c.family(),
                () -> showRecord(c.caseId(), recordBack),
                said -> showRecord(c.caseId(), recordBack, said));
        show(view);
    }

    /** Record a call, letter, email or meeting about the child (R5.3-contacts); back to the record after. */
    public void showContact(String caseId, String childName, Runnable recordBack) {
        org.doorstep.app.contacts.ContactView view = new org.doorstep.app.contacts.ContactView();
        new org.doorstep.app.contacts.ContactPresenter(view, session, background, caseId, childName,
                () -> showRecord(caseId, recordBack),
                said -> showRecord(caseId, recordBack, said));
        show(view);
    }

    public void startVisit(CaseSummary child) {
        Visits visits = new Visits(session);
        openWizard(visits, visits.start(child));
    }

    /** Opens a correction of a note this tablet signed (R11-rectify), with the child's cached plan if held. */
    public void correctVisit(org.doorstep.model.visit.VisitNote earlier, String childName) {
        Visits visits = new Visits(session);
        CaseSummary child = session.caseload().load()
                .flatMap(c -> c.caseload().find(earlier.caseId()))
                .orElse(null);
        openWizard(visits, visits.correct(earlier, childName, child));
    }

    public void resumeVisit() {
        Visits visits = new Visits(session);
        visits.current().ifPresent(d -> openWizard(visits, d));
    }

    private void openWizard(Visits visits, VisitDraft draft) {
        VisitWizardView view = new VisitWizardView();
        new VisitWizardPresenter(view, this, visits, draft, session.identity().displayName(), session.store());
        show(view);
    }

    public void showVisits(boolean syncNow) {
        VisitsView view = new VisitsView();
        new VisitsPresenter(view, this, session, background, syncNow);
        show(view);
    }

    /** Forgets the unlocked session (R13-auto-logout, or the Lock button) and asks for the PIN again. */
    public void lock() {
        session = null;
        showUnlock();
    }

    public Session session() {
        return session;
    }

    public Clock clock() {
        return clock;
    }

    public Scene scene() {
        return scene;
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }
}
