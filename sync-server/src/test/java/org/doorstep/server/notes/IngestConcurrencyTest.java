package org.doorstep.server.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.wire.BatchOutcome;
import org.doorstep.model.wire.NoteBatch;
import org.doorstep.model.wire.NoteOutcome;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 14's correctness check under load: speed never costs a note stored twice or a receipt that changes. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class IngestConcurrencyTest {

    private static final int NOTES = 200;
    private static final int CLIENTS = 16;

    @Inject
    TestWorld world;

    private record Sent(Tablet tablet, SignedNote note) {
    }

    @Test
    @DisplayName("R1-contemporaneous: the same 200 notes posted by 16 clients at once, twice over, one by one and in batches of 50, "
            + "are each stored once, every answer carries the same receipt for a note, and every chain is intact")
    void sameNotesFromManyClients() throws Exception {
        List<Tablet> tablets = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        List<Sent> sent = new ArrayList<>();
        String team = TestWorld.unique("Load team");
        for (int t = 0; t < 4; t++) {
            String practitioner = world.staff(Staff.PRACTITIONER, team);
            Tablet tablet = Tablet.enrolled(practitioner);
            tablets.add(tablet);
            List<String> own = List.of(world.childCase(practitioner), world.childCase(practitioner));
            cases.addAll(own);
            for (int i = 0; i < NOTES / 4; i++) {
                sent.add(new Sent(tablet, tablet.sign(tablet.visit(own.get(i % 2)))));
            }
        }
        Map<String, Set<String>> receipts = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            boolean batches = c % 2 == 1;
            long seed = c;
            clients.add(() -> {
                for (int round = 0; round < 2; round++) {
                    List<Sent> order = new ArrayList<>(sent);
                    Collections.shuffle(order, new Random(seed * 31 + round));
                    if (batches) {
                        for (Tablet tablet : tablets) {
                            List<SignedNote> own = order.stream().filter(s -> s.tablet() == tablet).map(Sent::note).toList();
                            for (int from = 0; from < own.size(); from += 50) {
                                var r = tablet.postBatch(new NoteBatch(own.subList(from, Math.min(own.size(), from + 50))));
                                if (r.statusCode() != 200) {
                                    unexpected.add("batch answered " + r.statusCode());
                                    continue;
                                }
                                for (NoteOutcome o : Json.read(r.asString(), BatchOutcome.class).outcomes()) {
                                    if (o.receipt() == null) {
                                        unexpected.add(o.noteId() + " refused: " + o.problem());
                                    } else {
                                        receipts.computeIfAbsent(o.noteId(), k -> ConcurrentHashMap.newKeySet()).add(Json.write(o.receipt()));
                                    }
                                }
                            }
                        }
                    } else {
                        for (Sent s : order) {
                            var r = s.tablet().post(s.note());
                            if (r.statusCode() != 200 && r.statusCode() != 201) {
                                unexpected.add(s.note().noteId() + " answered " + r.statusCode());
                            } else {
                                receipts.computeIfAbsent(s.note().noteId(), k -> ConcurrentHashMap.newKeySet())
                                        .add(Json.write(Json.read(r.asString(), Receipt.class)));
                            }
                        }
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (Future<Void> f : pool.invokeAll(clients)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(), unexpected);
        assertEquals(NOTES, receipts.size());
        for (Sent s : sent) {
            assertEquals(1, receipts.get(s.note().noteId()).size(), "one receipt, byte for byte, for " + s.note().noteId());
            assertEquals(1, world.notesWithId(s.note().noteId()), "stored once: " + s.note().noteId());
        }
        for (String caseId : cases) {
            assertEquals(NOTES / 8, world.entries(caseId));
            assertTrue(tablets.get(cases.indexOf(caseId) / 2).record(caseId).jsonPath().getBoolean("chainIntact"), caseId);
        }
    }
}
