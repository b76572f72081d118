package org.doorstep.server.notes;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doorstep.model.chain.ChainHead;
import org.doorstep.model.json.Json;
import org.doorstep.server.cluster.StartupJobs;
import org.doorstep.server.serverkey.ServerKey;
import org.jboss.logging.Logger;

/**
 * Keeps the server-signed end of each case's chain ({@link ChainHead}) in {@code case_chain_heads}:
 * moved on in the transaction that appends to the chain, once at its end ({@link MergeEnd}), read by every
 * page that shows the chain.
 */
@ApplicationScoped
public class ChainHeads {

    private static final Logger LOG = Logger.getLogger(ChainHeads.class);

    private final EntityManager em;
    private final ServerKey serverKey;
    private final Clock clock;
    private final StartupJobs jobs;

    ChainHeads(EntityManager em, ServerKey serverKey, Clock clock, StartupJobs jobs) {
        this.jobs = jobs;
        this.em = em;
        this.serverKey = serverKey;
        this.clock = clock;
    }

    /** Called under the case's lock, in the transaction that appends entry {@code sequence}. */
    void advance(String caseId, long sequence, String entryHash) {
        advance(Map.of(caseId, new CaseEntryRow.Head(sequence, entryHash)));
    }

    /**
     * Each case's head moved to the last entry its transaction appended, signed once per case and stored
     * in one statement (a batch appends several entries to a case; only its last is the chain's end when
     * the transaction commits). Called under those cases' locks, just before the commit.
     */
    void advance(Map<String, CaseEntryRow.Head> ends) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        MultiRowUpsert.write(em, "case_chain_heads", List.of("case_id", "sequence", "entry_hash", "head_json"),
                new TreeMap<>(ends).entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().sequence(),
                        e.getValue().entryHash(), Json.write(ChainHead.issue(e.getKey(), e.getValue().sequence(),
                                e.getValue().entryHash(), now, serverKey.signingKey())))).toList(),
                "sequence = values(sequence), entry_hash = values(entry_hash), head_json = values(head_json)");
    }

    /** The signed head of the case's chain, or null when there is none or it cannot be read. */
    public ChainHead of(String caseId) {
        List<?> rows = em.createNativeQuery("select head_json from case_chain_heads where case_id = ?1")
                .setParameter(1, caseId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return null;
        }
        try {
            return Json.read((String) rows.get(0), ChainHead.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Signs the heads the migration recorded for chains that existed before heads were kept; a no-op after. */
    void signPlaceholders(@Observes StartupEvent start) {
        jobs.runAlone("sign-chain-heads", this::signPlaceholders);
    }

    private void signPlaceholders() {
        @SuppressWarnings("unchecked")
        List<Object[]> placeholders = em.createNativeQuery(
                "select case_id, sequence, entry_hash from case_chain_heads where head_json is null").getResultList();
        for (Object[] p : placeholders) {
            String caseId = (String) p[0];
            long sequence = ((Number) p[1]).longValue();
            String hash = (String) p[2];
            String json = Json.write(ChainHead.issue(caseId, sequence, hash, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    serverKey.signingKey()));
            em.createNativeQuery("update case_chain_heads set head_json = ?1 where case_id = ?2 and head_json is null")
                    .setParameter(1, json).setParameter(2, caseId).executeUpdate();
        }
        if (!placeholders.isEmpty()) {
            LOG.infof("Signed where %d existing case chains end", placeholders.size());
        }
    }
}
