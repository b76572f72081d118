package org.doorstep.app.ui;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.doorstep.app.DoorstepApp;
import org.doorstep.app.caseload.CaseloadView;
import org.doorstep.app.enrolment.DeviceIdentity;
import org.doorstep.app.enrolment.Session;
import org.doorstep.app.outbox.TestNotes;
import org.doorstep.app.platform.AppHome;
import org.doorstep.app.store.EncryptedFileStore;
import org.doorstep.app.store.UnlockSecret;
import org.doorstep.app.sync.FakeServer;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/**
 * Tablet launch benchmark (not a test: it prints figures). {@code prepare DIR [cases] [notes]} makes
 * an app home as an enrolled tablet leaves it (the app's own EncryptedFileStore locked by the PIN
 * {@value #PIN}, its device identity, a cached caseload of 40 cases and 200 signed notes queued in
 * the Outbox; the server address is unreachable, so the launch is offline). {@code launch DIR [typingMs]},
 * run in a fresh JVM, starts the real app ({@link DoorstepApp}, as {@code Launcher} does), types the PIN
 * into the unlock screen as soon as it shows (or {@code typingMs} later, as a person would), and prints:
 * JVM start to unlock screen shown; PIN submitted to caseload shown (the screen with its first cards laid
 * out, as the user first sees it) and to all its cards; JVM start to both without the typing; the
 * process's CPU time by then (less hostage to a shared machine than the wall time); and the used heap
 * after a full GC once every card is in. Then it exits the app.
 */
public final class LaunchBench {

    static final String PIN = "246810";
    /** Written by {@code prepare}: how many cases the cached caseload holds, for {@code launch} to wait for. */
    private static final String CASES = "launch-bench-cases.txt";

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        if (args[0].equals("prepare")) {
            prepare(home, args.length > 2 ? Integer.parseInt(args[2]) : 40, args.length > 3 ? Integer.parseInt(args[3]) : 200);
        } else {
            launch(home, args.length > 2 ? Long.parseLong(args[2]) : 0);
        }
    }

    private static void prepare(Path home, int cases, int notes) throws Exception {
        if (Files.exists(home.resolve("store"))) {
            EncryptedFileStore.wipe(home.resolve("store"));
        }
        Files.createDirectories(home);
        SigningKey key = SigningKey.generate();
        DeviceIdentity id = new DeviceIdentity(URI.create("http://127.0.0.1:1/").toString(),
                key.verifyingKey().keyId(), "amara.okafor", "Amara Okafor",
                SigningKey.generate().verifyingKey().base64(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key.seed()));
        EncryptedFileStore store = EncryptedFileStore.create(home.resolve("store"), PIN.toCharArray(), UnlockSecret.Kind.PIN);
        store.putJson(DeviceIdentity.NAME, id);
        Session s = new Session(store, id, Clock.systemUTC());
        Caseload load = bigCaseload(cases);
        s.caseload().save(load, Instant.now().minusSeconds(3 * 3600));
        for (int i = 0; i < notes; i++) {
            CaseSummary c = load.cases().get(i % load.cases().size());
            SignedNote n = TestNotes.signed(c.caseId(), id.deviceId(), key);
            s.outbox().add(n, c.childName(), Instant.now().minusSeconds(4200));
        }
        Files.writeString(home.resolve(CASES), Integer.toString(load.cases().size()));
        System.out.printf(Locale.ROOT, "prepared %s: %d cached cases (%,d bytes of JSON), %d queued notes%n", home,
                load.cases().size(), Json.write(load).length(), s.outbox().pending().size());
    }

    /** {@code n} cases like FakeServer's first, each with as many recent chronology lines as a tablet keeps. */
    public static Caseload bigCaseload(int n) {
        ObjectNode template = (ObjectNode) Json.tree(FakeServer.caseload("amara.okafor").cases().get(0));
        List<CaseSummary> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ObjectNode c = template.deepCopy();
            c.put("caseId", String.format(Locale.ROOT, "case-%04d", i));
            c.put("childName", String.format(Locale.ROOT, "Child %02d Thompson", i));
            ArrayNode lines = (ArrayNode) c.get("recentChronology");
            if (lines != null && !lines.isEmpty()) {
                ObjectNode line = (ObjectNode) lines.get(0);
                lines.removeAll();
                for (int k = 0; k < CaseSummary.RECENT_CHRONOLOGY; k++) {
                    ObjectNode l = line.deepCopy();
                    l.put("date", java.time.LocalDate.of(2021, 12, 1).plusDays(k * 90L).toString());
                    lines.add(l);
                }
            }
            out.add(Json.convert(c, CaseSummary.class));
        }
        Caseload fake = FakeServer.caseload("amara.okafor");
        return new Caseload(fake.username(), out, fake.approvedFormVersions());
    }

    private static void launch(Path home, long typingMs) throws Exception {
        System.setProperty(AppHome.PROPERTY, home.toString());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int cases = Integer.parseInt(Files.readString(home.resolve(CASES)).strip());
        Thread watcher = new Thread(() -> watch(jvmStart, cases, typingMs), "launch-bench");
        watcher.setDaemon(true);
        watcher.start();
        Application.launch(DoorstepApp.class);
    }

    private static void watch(long jvmStart, int cases, long typingMs) {
        try {
            long unlockShown = poll(() -> lookup("#pin") instanceof PasswordField p && p.isVisible() ? 1L : null);
            long cpuAtUnlock = cpuMillis();
            // The person typing the PIN: the app's own work meanwhile (the Argon2id warm-up) is not waited for.
            Thread.sleep(typingMs);
            long submitted = System.currentTimeMillis();
            Platform.runLater(() -> {
                ((PasswordField) lookup("#pin")).setText(PIN);
                ((Button) lookup("#unlock")).fire();
            });
            // Shown: the caseload screen with its first cards, then one more pulse so they are laid out and drawn.
            poll(() -> cards() >= Math.min(cases, CaseloadView.FIRST_CARDS) ? 1L : null);
            long shown = poll(() -> 1L);
            long cpuShown = cpuMillis();
            poll(() -> cards() >= cases ? 1L : null);
            long all = poll(() -> 1L);
            long cpuAll = cpuMillis();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            long toUnlock = unlockShown - jvmStart;
            System.out.printf(Locale.ROOT, "JVM start to unlock screen %d ms (process CPU %d ms); typing %d ms; "
                            + "PIN submitted to caseload shown %d ms, to all %d cards %d ms; "
                            + "JVM start to caseload shown, typing excluded %d ms (process CPU by then %d ms, all threads), "
                            + "to all cards %d ms (CPU %d ms); used heap after GC %.1f MB (committed %.1f MB)%n",
                    toUnlock, cpuAtUnlock, typingMs, shown - submitted, cases, all - submitted,
                    toUnlock + (shown - submitted), cpuShown, toUnlock + (all - submitted), cpuAll,
                    heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    /** Cards on the caseload screen, once it is in the scene; -1 before. */
    private static int cards() {
        CaseloadView v = find(CaseloadView.class);
        return v != null && v.getScene() != null ? v.cases.getChildren().size() : -1;
    }

    /** CPU time of this process so far, all threads. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** Checks {@code probe} on the FX thread every 5 ms until it answers; the wall time it did, in ms. */
    private static long poll(java.util.function.Supplier<Long> probe) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            AtomicReference<Long> got = new AtomicReference<>();
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    got.set(probe.get());
                    done.countDown();
                });
                done.await();
            } catch (IllegalStateException toolkitNotYetUp) {
                // the toolkit is still starting
            }
            if (got.get() != null) {
                return System.currentTimeMillis();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("gave up after 60 s");
    }

    private static Node lookup(String selector) {
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            if (w.isShowing() && s != null && s.lookup(selector) != null) {
                return s.lookup(selector);
            }
        }
        return null;
    }

    private static <T> T find(Class<T> type) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                T t = find(w.getScene().getRoot(), type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static <T> T find(Node n, Class<T> type) {
        if (type.isInstance(n)) {
            return type.cast(n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                T t = find(c, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
