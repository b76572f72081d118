package org.doorstep.server.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.doorstep.model.chain.ChainHead;
import org.doorstep.model.json.Json;
import org.doorstep.server.Tablet;
import org.doorstep.server.TestDatabase;
import org.doorstep.server.TestWorld;
import org.doorstep.server.people.Staff;
import org.doorstep.server.serverkey.ServerKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: two server instances starting on one database at the same moment run the start-up jobs
 * (the workspace's visit index, the tallies' recount, the signing of chain ends kept before heads
 * were signed) against the same unfinished work. Each piece of work is done once and neither fails:
 * without the jobs' lease both would index the same visits and one would stop on a duplicate key.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class StartupJobsTogetherTest {

    @Inject
    TestWorld world;
    @Inject
    EntityManager em;
    @Inject
    VisitFactBackfill backfill;
    @Inject
    VisitTallies tallies;
    @Inject
    ChainHeads heads;
    @Inject
    ServerKey serverKey;

    @Test
    @DisplayName("R12-oversight (issue 16): two instances run the start-up jobs at once on visits left unindexed; each visit "
            + "is indexed once, the case's tally counts each once, its chain end is signed, and neither instance fails")
    void twoInstancesStartTogether() throws Exception {
        String practitioner = world.staff(Staff.PRACTITIONER);
        String caseId = world.childCase(practitioner);
        Tablet tablet = Tablet.enrolled(practitioner);
        for (int i = 0; i < 3; i++) {
            tablet.post(tablet.sign(tablet.visit(caseId))).then().statusCode(201);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            // As a database from before the index, the tallies and the signed heads would be.
            em.createNativeQuery("delete from visit_facts where case_id = ?1").setParameter(1, caseId).executeUpdate();
            em.createNativeQuery("delete from visit_tallies_by_case where case_id = ?1").setParameter(1, caseId).executeUpdate();
            em.createNativeQuery("update case_chain_heads set head_json = null where case_id = ?1").setParameter(1, caseId)
                    .executeUpdate();
        });

        CountDownLatch together = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                started.add(pool.submit(() -> {
                    together.await();
                    // In the order Quarkus runs the observers at start-up.
                    heads.signPlaceholders(null);
                    backfill.backfill(null);
                    tallies.backfill(null);
                    return null;
                }));
            }
            together.countDown();
            for (Future<?> f : started) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(3L, count("select count(*) from visit_facts where case_id = ?1", caseId), "each visit indexed once");
        assertEquals(3L, count("select awaiting from visit_tallies_by_case where case_id = ?1", caseId),
                "the case's three visits await sign-off, counted once each");
        String head = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select head_json from case_chain_heads where case_id = ?1").setParameter(1, caseId).getSingleResult());
        assertNotNull(head, "the chain's end is signed again");
        ChainHead signed = Json.read(head, ChainHead.class);
        assertEquals(caseId, signed.caseId());
        assertEquals(true, signed.verifiesWith(serverKey.verifyingKey()), "signed with the service's key");
    }

    private long count(String sql, String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, caseId)
                .getSingleResult()).longValue());
    }
}
