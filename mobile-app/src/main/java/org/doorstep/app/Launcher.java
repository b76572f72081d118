package org.doorstep.app;

/** The jar's main class: a class that extends Application cannot be launched from the class path. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(DoorstepApp.class, args);
    }
}
