package org.doorstep.app.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

import org.doorstep.app.Background;
import org.doorstep.app.DoorstepApp;
import org.doorstep.app.Navigator;
import org.doorstep.app.enrolment.DeviceIdentity;
import org.doorstep.app.enrolment.Enrolments;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.store.InMemoryStore;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.model.signing.SigningKey;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Builds the real app (navigator, views, presenters) on a stage for UI tests and screenshots. */
public final class AppHarness {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Tuesday 24 November 2026, 15:30 in London. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:30:00Z"), LONDON);

    private AppHarness() {
    }

    /** A session for an enrolled tablet whose server cannot be reached (port 1), caseload cached. */
    public static Session offlineSession(Clock clock) {
        SigningKey key = SigningKey.generate();
        DeviceIdentity id = new DeviceIdentity(URI.create("http://127.0.0.1:1/").toString(),
                key.verifyingKey().keyId(), "amara.okafor", "Amara Okafor",
                SigningKey.generate().verifyingKey().base64(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key.seed()));
        Session s = new Session(new InMemoryStore(), id, clock);
        s.caseload().save(FakeServer.caseload("amara.okafor"), clock.instant().minusSeconds(3 * 3600));
        return s;
    }

    /** As {@link #show(Stage, Clock, Path, String, double, double)}, sized by {@code -Dscreenshots.size} (default 1280x800). */
    /**
     * Caches the fake server's caseload for {@code username}, synced an hour ago, with one case changed
     * (a case's eco-map, belongings...), as a test that runs offline needs it.
     */
    public static void cacheCaseload(Session session, String username, String caseId,
                                     java.util.function.UnaryOperator<org.doorstep.model.wire.CaseSummary> change) {
        org.doorstep.model.wire.Caseload load = org.doorstep.app.sync.FakeServer.caseload(username);
        session.caseload().save(new org.doorstep.model.wire.Caseload(load.username(), load.cases().stream()
                .map(c -> c.caseId().equals(caseId) ? change.apply(c) : c).toList(),
                load.approvedFormVersions(), load.dutyCases()), CLOCK.instant().minusSeconds(3600));
    }

    public static Navigator show(Stage stage, Clock clock, Path home, String server) {
        String[] size = System.getProperty("screenshots.size", "1280x800").split("x");
        return show(stage, clock, home, server, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
    }

    public static Navigator show(Stage stage, Clock clock, Path home, String server, double w, double h) {
        Scene scene = new Scene(new StackPane(), w, h);
        DoorstepApp.install(scene);
        Navigator nav = new Navigator(scene, clock, new Enrolments(home, clock), new Background(), server);
        stage.setScene(scene);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.show();
        return nav;
    }
}
