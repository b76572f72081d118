package org.doorstep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.doorstep.model.chain.ChainCheck;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.wire.CaseEntry;
import org.doorstep.model.wire.CaseRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Faults injected on loopback while tablets record and sync, as in the field: the server process
 * SIGKILLed and started again on the same data directory (twice), its embedded mariadbd SIGKILLed
 * (once), and a proxy that throws away answers after the server committed. Nothing signed may be
 * lost or stored twice, and every outbox must drain by itself.
 *
 * <p>Size: {@code -Dfault.tablets} (3), {@code -Dfault.notes} per tablet (40), {@code -Dfault.drop} (0.1).
 */
class FaultInjectionTest {

    private static final int TABLETS = Integer.getInteger("fault.tablets", 3);
    private static final int NOTES = Integer.getInteger("fault.notes", 40);
    private static final double DROP = Double.parseDouble(System.getProperty("fault.drop", "0.1"));
    private static final String[] PRACTITIONERS = {"amara.okafor", "tom.price"};

    @Test
    @DisplayName("R1-contemporaneous: with the server SIGKILLed twice, its database killed once and answers dropped, "
            + "every note is stored once, every chain is intact, every receipt verifies and every outbox drains")
    void faultsHealAndNothingIsLost() throws Exception {
        long t0 = System.nanoTime();
        ServerProcess server = ServerProcess.shared();
        Path homes = Files.createTempDirectory(server.dataDir().getParent(), "tablets-");
        Map<String, Duration> faults = new LinkedHashMap<>();
        try (DroppingProxy proxy = new DroppingProxy(server.port())) {
            List<FieldTablet> tablets = new ArrayList<>();
            for (int i = 0; i < TABLETS; i++) {
                tablets.add(FieldTablet.enrol(homes.resolve("tablet-" + i), proxy.uri(), PRACTITIONERS[i % PRACTITIONERS.length],
                        "Fault tablet " + i));
            }
            proxy.dropRate = DROP;
            Map<String, SignedNote> signed = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(tablets.size());
            List<Future<?>> recording = new ArrayList<>();
            for (FieldTablet t : tablets) {
                recording.add(pool.submit(() -> {
                    for (int i = 0; i < NOTES; i++) {
                        SignedNote n = t.recordVisit(i);
                        signed.put(n.noteId(), n);
                        t.syncAndWait();
                        Thread.sleep(400);
                    }
                    return null;
                }));
            }

            Thread.sleep(4000);
            ProcessHandle firstDb = server.mariadbd().orElseThrow();
            server.kill();
            assertTrue(firstDb.isAlive(), "after SIGKILL of the server its mariadbd is left running (what used to block a restart)");
            faults.put("server SIGKILL 1, restarted in", server.start());
            assertNotEquals(firstDb.pid(), server.mariadbd().orElseThrow().pid(), "the leftover was stopped and a new one started");
            assertTrue(!firstDb.isAlive());

            Thread.sleep(3000);
            long k = System.nanoTime();
            ProcessHandle db = server.mariadbd().orElseThrow();
            db.destroyForcibly();
            db.onExit().get();
            boolean sawDown = false;
            while (!sawDown && System.nanoTime() - k < Duration.ofSeconds(3).toNanos()) {
                sawDown = server.readiness() == 503;
            }
            assertTrue(sawDown, "readiness is DOWN while the database is being restarted");
            server.awaitReady(Duration.ofSeconds(60));
            faults.put("mariadbd SIGKILL, healed by the server in", Duration.ofNanos(System.nanoTime() - k));

            Thread.sleep(3000);
            server.kill();
            faults.put("server SIGKILL 2, restarted in", server.start());
            long lastFault = System.nanoTime();

            for (Future<?> f : recording) {
                f.get();
            }
            // Every tablet keeps syncing by itself (backoff) until its outbox is empty.
            FieldTablet.drain(tablets, pool, Duration.ofSeconds(300));
            Duration drain = Duration.ofNanos(System.nanoTime() - lastFault);
            pool.shutdown();
            proxy.dropRate = 0; // the checks below read through the tablets' own address

            for (FieldTablet t : tablets) {
                t.assertDrainedWithVerifiedReceipts();
            }
            assertEquals(TABLETS * NOTES, signed.size());

            Map<String, Integer> stored = new HashMap<>();
            Set<String> readCases = ConcurrentHashMap.newKeySet();
            for (FieldTablet t : tablets) {
                for (var c : t.cases) {
                    if (!readCases.add(c.caseId())) {
                        continue;
                    }
                    CaseRecord record = CaseRecords.read(server.uri(), t, c.caseId());
                    ChainCheck chain = CaseRecords.chain(record);
                    assertTrue(chain.intact(), c.caseId() + ": " + chain.reason());
                    assertTrue(record.chainIntact(), c.caseId() + " as the server checks it");
                    for (CaseEntry e : record.entries()) {
                        stored.merge(e.noteId(), 1, Integer::sum);
                    }
                }
            }
            for (String id : signed.keySet()) {
                assertEquals(1, stored.getOrDefault(id, 0), "note " + id + " stored exactly once");
            }
            // An outage is never told to a tablet as "unknown device" or "not allowed": no such answer
            // passes the proxy, and no sync ends asking the practitioner to sign in or enrol again. A 401
            // the app answers by itself with a fresh token is counted and shown, not failed.
            assertEquals(0, proxy.statuses().count(403) + proxy.statuses().count(404),
                    "answers seen by tablets: " + proxy.statuses());
            for (FieldTablet t : tablets) {
                assertEquals(List.of(), t.refusalsSeen(), t.name + " was told it is not allowed");
            }

            System.out.printf("FAULT-TEST tablets=%d notes=%d dropped-answers=%d statuses=%s faults=%s drain-after-last-fault=%s total=%s%n",
                    TABLETS, signed.size(), proxy.dropped(), proxy.statuses(), faults, drain,
                    Duration.ofNanos(System.nanoTime() - t0));
        }
    }
}
