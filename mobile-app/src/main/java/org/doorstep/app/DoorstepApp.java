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
     * Adds the stylesheet, and makes weeks start on Monday, as they do in England and Wales, whose
     * practice standard the app serves: the date pickers read the first day of the week from the
     * format locale, and a device set to plain English would start them on Sunday. Only the week
     * changes (a Unicode "fw" keyword); month and day names stay the device's. {@code doorstep.locale}
     * (a BCP 47 tag) sets the whole format locale instead.
     */
    public static void install(Scene scene) {
        String tag = System.getProperty("doorstep.locale");
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, tag != null ? java.util.Locale.forLanguageTag(tag)
                : new java.util.Locale.Builder().setLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                        .setUnicodeLocaleKeyword("fw", "mon").build());
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
