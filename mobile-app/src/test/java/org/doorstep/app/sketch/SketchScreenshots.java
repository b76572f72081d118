package org.doorstep.app.sketch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Writes docs/screenshots/sketch-*.png: the sketch view at 1280x800 over each main template with
 * some ink and a mark, plus the mark form showing a validation message and a signed (locked) pad.
 * Run under Monocle headless (the java command of docs/benchmarks.md's "Drawing cost per point" with
 * this class and the test class path); argument: output folder.
 */
public final class SketchScreenshots {

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        for (String id : SketchSamples.TEMPLATES) {
            shoot(out.resolve("sketch-" + id + ".png"), id, null);
        }
        shoot(out.resolve("sketch-mark-form.png"), "body-front-child", view -> {
            SketchPad pad = view.getPad();
            double[] c = SketchSamples.centre("body-front-child", "knee-right");
            pad.modeProperty().set(SketchPad.Mode.MARK);
            view.openMark(pad.proposeMark(c[0], c[1]));
            ((TextField) view.getMarkForm().lookup("#mark-size")).setText("two");
            ((TextField) view.getMarkForm().lookup("#mark-shape")).setText("round");
            ((Button) view.getMarkForm().lookup("#mark-save")).fire();
        });
        shoot(out.resolve("sketch-signed.png"), "room-grid", view -> view.getPad().lock());
        Platform.exit();
        System.exit(0);
    }

    interface Setup {
        void apply(SketchPadView view);
    }

    private static void shoot(Path file, String templateId, Setup setup) throws Exception {
        AtomicReference<Scene> scene = new AtomicReference<>();
        AtomicReference<SketchPadView> view = new AtomicReference<>();
        onFx(() -> {
            SketchPadView v = new SketchPadView(SketchSamples.sample(templateId));
            Scene s = new Scene(v, 1280, 800);
            s.getStylesheets().add(SketchScreenshots.class.getResource("/org/doorstep/app/doorstep.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            scene.set(s);
            view.set(v);
        });
        if (setup != null) {
            onFx(() -> setup.apply(view.get()));
        }
        Thread.sleep(300);
        onFx(() -> { });
        onFx(() -> {
            try {
                Files.write(file, SketchPng.encode(scene.get().snapshot(null)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ((Stage) scene.get().getWindow()).close();
        });
        System.out.println("wrote " + file);
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failed.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (failed.get() != null) {
            throw new IllegalStateException(failed.get());
        }
    }
}
