package org.doorstep.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;

/** Runs slow work (network, key derivation) off the FX thread and hands the result back to it. */
public final class Background {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "doorstep-background");
        t.setDaemon(true);
        return t;
    });

    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
