package org.doorstep.app.platform;

import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;

/** Pause notifications from the OS (the tablet goes to sleep, the app goes to the background). */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** Runs {@code action} when the app is paused; on desktop there is no such event, so nothing happens. */
    public static boolean onPause(Runnable action) {
        try {
            return LifecycleService.create().map(s -> {
                s.addListener(LifecycleEvent.PAUSE, action);
                return true;
            }).orElse(false);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
