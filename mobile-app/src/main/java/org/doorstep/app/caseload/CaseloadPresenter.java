package org.doorstep.app.caseload;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.doorstep.app.Background;
import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.outbox.OutboxEntry;
import org.doorstep.app.visit.Visits;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.app.sync.ApiException;
import org.doorstep.model.wire.Caseload;

import javafx.scene.Node;
import javafx.scene.control.Button;

/** Shows the cached caseload at once, then refreshes it from the server when asked and reachable. */
public final class CaseloadPresenter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final CaseloadView view;
    private final Navigator navigator;
    private final Session session;
    private final Visits visits;
    private final Background background;
    private final ZoneId zone;
    private Shown shown;

    public CaseloadPresenter(CaseloadView view, Navigator navigator, Session session, Visits visits,
                             Background background, boolean refresh) {
        this.view = view;
        this.navigator = navigator;
        this.session = session;
        this.visits = visits;
        this.background = background;
        this.zone = session.clock().getZone();
        view.who.setText(session.identity().displayName() + "'s caseload");
        view.lock.setOnAction(e -> navigator.lock());
        view.visits.setOnAction(e -> navigator.showVisits(false));
        view.refresh.setOnAction(e -> refresh());
        view.resume.setOnAction(e -> navigator.resumeVisit());
        // Discarding loses every answer typed: ask first, saying what will be lost (it cannot be undone).
        view.discard.setOnAction(e -> visits.current().ifPresent(d -> {
            view.confirmText.setText("Discard the unsigned visit for " + d.childName + "? " + d.whatIsLost()
                    + " will be deleted from this tablet and cannot be got back.");
            view.confirmBox.setVisible(true);
            view.keep.requestFocus();
        }));
        view.keep.setOnAction(e -> view.confirmBox.setVisible(false));
        view.confirmDiscard.setOnAction(e -> {
            visits.discard();
            view.confirmBox.setVisible(false);
            showDraft();
        });
        showDraft();
        showCached();
        showQueued();
        if (refresh) {
            refresh();
        }
    }

    /** "Covering until 18 Dec 2026", "Unallocated: duty visit", or null for the practitioner's own case. */
    private static String basis(CaseSummary c) {
        return switch (c.basis()) {
            case ALLOCATED -> null;
            case COVERING -> "Covering" + (c.coverUntil() == null ? "" : " until " + DATE.format(c.coverUntil()));
            case DUTY -> "Unallocated: a duty visit asks why you visited";
        };
    }

    private void showDraft() {
        var draft = visits.current();
        view.resumeBox.setVisible(draft.isPresent());
        draft.ifPresent(d -> view.resumeText.setText("You have an unsigned visit for " + d.childName
                + " (" + org.doorstep.app.visit.Step.where(d) + "). It was saved as you typed."));
    }

    private void showQueued() {
        long queued = session.outbox().pending().stream().filter(e -> e.state() == OutboxEntry.State.QUEUED).count();
        view.visits.setText(queued == 0 ? "Visits & sync" : "Visits & sync (" + queued + " queued)");
    }

    private void showCached() {
        var cached = session.caseload().load();
        if (cached.isEmpty()) {
            view.status.setText("No caseload on this tablet yet. Tap Refresh when you have a signal.");
            show(List.of(), List.of());
            return;
        }
        view.status.setText("Updated " + WHEN.format(cached.get().fetchedAt().atZone(zone)));
        show(cached.get().caseload().cases(), cached.get().caseload().duty());
    }

    private void refresh() {
        view.refresh.setDisable(true);
        view.status.setText("Updating…");
        background.run(() -> {
            Caseload c = session.api().caseload();
            session.caseload().save(c, session.clock().instant());
            return c;
        }, c -> {
            view.refresh.setDisable(false);
            showCached();
        }, e -> {
            view.refresh.setDisable(false);
            showCached();
            if (e instanceof ApiException api && "device-not-approved".equals(api.slug())) {
                // R13-accounts: a new tablet waits for its supervisor; the server names who to ask.
                view.status.setText("Waiting for approval. " + api.getMessage());
                view.status.getStyleClass().add("waiting");
                return;
            }
            view.status.setText(view.status.getText() + " — could not update: " + e.getMessage());
        });
    }

    /**
     * The practitioner's cases (allocated, and those they cover, marked so), then the team's duty list
     * (R14-cover): unallocated cases a practitioner on duty may visit, giving a reason. A refresh that
     * brings the same cases on the same day keeps the cards already built (and the place scrolled to).
     */
    private void show(List<CaseSummary> cases, List<CaseSummary> duty) {
        Shown now = new Shown(cases == null ? List.of() : cases, duty, LocalDate.now(session.clock()));
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        List<Supplier<Node>> items = new ArrayList<>();
        now.cases().forEach(c -> items.add(() -> card(c, now.today())));
        if (!duty.isEmpty()) {
            items.add(CaseloadView::dutyHeading);
            duty.forEach(c -> items.add(() -> card(c, now.today())));
        }
        view.fill(items);
    }

    /** What the cards say: the cases, and the day their ages are counted on. */
    private record Shown(List<CaseSummary> cases, List<CaseSummary> duty, LocalDate today) {
    }

    private Node card(CaseSummary c, LocalDate today) {
        String facts = (c.dateOfBirth() == null ? "" : "Born " + DATE.format(c.dateOfBirth())
                + " (age " + Period.between(c.dateOfBirth(), today).getYears() + ")")
                + (c.legalStatus() == null || c.legalStatus().isBlank() ? "" : " · " + c.legalStatus());
        String last = c.lastVisitLine(zone);
        Button start = new Button("Start visit");
        start.getStyleClass().add("primary");
        start.setOnAction(e -> navigator.startVisit(c));
        Button record = new Button("Record");
        record.getStyleClass().add("secondary");
        record.setAccessibleText("Record of " + c.childName());
        record.setOnAction(e -> navigator.showRecord(c.caseId(), () -> navigator.showCaseload(false)));
        return CaseloadView.card(c.caseId(), c.childName(), facts, c.address() == null ? "" : c.address(), last, start,
                record, basis(c));
    }
}
