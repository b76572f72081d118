package org.doorstep.app;

import java.time.Clock;
import java.time.Duration;

import org.doorstep.app.enrolment.Enrolments;
import org.doorstep.app.platform.AppHome;
import org.doorstep.app.platform.Lifecycle;
import org.doorstep.app.platform.Screen;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Starts the tablet app: system clock, private data folder, first screen. */
public class DoorstepApp extends Application {

    /** Screens lock after this long without a touch (R13-auto-logout). */
    public static final Duration IDLE_LOCK = Duration.ofMinutes(Long.getLong("doorstep.idle.minutes", 5));
    public static final String DEFAULT_SERVER = "http://localhost:8080";

    private final Background background = new Background();

    @Override
    public void start(Stage stage) {
        Dimension2D size = Screen.startSize();
        Scene scene = new Scene(new StackPane(), size.getWidth(), size.getHeight());
        install(scene);
        Navigator navigator = new Navigator(scene, Clock.systemDefaultZone(),
                new Enrolments(AppHome.resolve(), Clock.systemDefaultZone()), background,
                System.getProperty("doorstep.server", DEFAULT_SERVER));
        lockWhenIdle(scene, navigator);
        Lifecycle.onPause(() -> {
            if (navigator.session() != null) {
                javafx.application.Platform.runLater(navigator::lock);
            }
        });
        navigator.showStart();
        stage.setTitle("Doorstep");
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        background.shutdown();
    }

    /**
     * Adds the stylesheet, and formats dates for the practitioner's locale: {@code doorstep.locale}
     * (a BCP 47 tag) when set, else the United Kingdom's, which the practice standard serves (date
     * pickers then start their weeks on Monday, as UK weeks do).
     */
    public static void install(Scene scene) {
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT,
                java.util.Locale.forLanguageTag(System.getProperty("doorstep.locale", "en-GB")));
        scene.getStylesheets().add(DoorstepApp.class.getResource("doorstep.css").toExternalForm());
    }

    private static void lockWhenIdle(Scene scene, Navigator navigator) {
        PauseTransition idle = new PauseTransition(javafx.util.Duration.millis(IDLE_LOCK.toMillis()));
        idle.setOnFinished(e -> {
            if (navigator.session() != null) {
                navigator.lock();
            }
        });
        scene.addEventFilter(Event.ANY, e -> idle.playFromStart());
        idle.play();
    }
}
