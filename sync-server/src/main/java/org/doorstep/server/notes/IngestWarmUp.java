package org.doorstep.server.notes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.doorstep.model.chain.ChainHead;
import org.doorstep.model.json.Json;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.ContentHash;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.WorkingCalendar;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitRules;
import org.doorstep.server.caseload.ChildCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the note path's own code a few thousand times just after start-up, on a throwaway key and a
 * made-up note, and its reads against the database, so the first tablets to sync after a restart do
 * not wait for the JIT (issue 14: a cold first run ingested at half the warm rate). Nothing is
 * written: the database sees only reads of rows that do not exist.
 */
@ApplicationScoped
public class IngestWarmUp {

    private static final Logger LOG = Logger.getLogger(IngestWarmUp.class);
    private static final String NOTE = """
            {"noteId":"%s","caseId":"WARM-UP","formVersion":"visit-2","outcome":"COMPLETED",
             "visitStart":"%s","visitEnd":"%s","venue":"Family home",
             "present":[{"name":"Parent","role":"mother"},{"name":"Child","role":"child"}],
             "purpose":"Statutory visit","childSeen":true,"childSeenAlone":true,"interpreterUsed":false,
             "informationExchanged":"Gave the mother the date of the next review.",
             "childViews":"The child said school is going well and she likes her teacher.",
             "childViewsSupport":"Talked alone in her room; no help needed.",
             "carerViews":"Mother said things are calmer since the new routine started.",
             "narrative":"Visited at home; the child showed me her room. Discussed the plan and next review date.",
             "reportedByOthers":[],"householdChanged":false,"relationshipQuality":"The child talked to me easily.",
             "analysis":[{"recommendationId":"none","text":"Things are calmer at home; this part of the plan is working."}],
             "actions":[{"what":"Check attendance with the school","byWhom":"warm.up","byWhen":"2026-12-08"}],
             "privacyNotice":{"given":true,"languageOrFormat":"English, printed leaflet"},"sketches":[],
             "author":"warm.up","signedAt":"%s"}""";

    private final Clock clock;
    private final EntityManager em;
    private final boolean enabled;
    private final int rounds;
    private volatile int warmed;
    private volatile boolean finished;
    private volatile Instant startedAt = Instant.now();

    IngestWarmUp(Clock clock, EntityManager em,
                 @ConfigProperty(name = "doorstep.ingest.warm-up", defaultValue = "true") boolean enabled,
                 @ConfigProperty(name = "doorstep.ingest.warm-up-rounds", defaultValue = "4000") int rounds) {
        this.clock = clock;
        this.em = em;
        this.enabled = enabled;
        this.rounds = rounds;
    }

    void onStart(@Observes StartupEvent started) {
        startedAt = Instant.now();
        if (!enabled) {
            finished = true;
        } else {
            Thread warming = new Thread(this::warm, "ingest-warm-up");
            warming.setDaemon(true);
            warming.start();
        }
    }

    void warm() {
        long t0 = System.nanoTime();
        try {
            SigningKey device = SigningKey.generate();
            SigningKey server = SigningKey.generate();
            VisitRules rules = new VisitRules(clock);
            LateEntryPolicy lateness = new LateEntryPolicy(WorkingCalendar.englandAndWales(), clock);
            NoteIds ids = new NoteIds(clock);
            for (int i = 0; i < rounds; i++) {
                Instant now = clock.instant();
                String text = NOTE.formatted(ids.next(), now.minusSeconds(7200), now.minusSeconds(3600), now);
                SignedNote unsigned = new SignedNote("warm-up", Json.mapper().readTree(text), null);
                SignedNote signed = new SignedNote("warm-up", unsigned.note(), device.signBase64(unsigned.canonicalBytes()));
                SignedNote received = Json.read(Json.write(signed), SignedNote.class);
                byte[] canonical = received.canonicalBytes();
                device.verifyingKey().verifiesBase64(canonical, received.signature());
                String hash = ContentHash.of(canonical);
                VisitNote visit = received.visitNote();
                rules.checkSigned(visit);
                lateness.assess(visit.visitEnd(), visit.signedAt());
                visit.chronologySummary();
                Json.write(Receipt.issue(visit.noteId(), visit.caseId(), hash, i, hash, now, device.verifyingKey().keyId(), server));
                Json.write(ChainHead.issue(visit.caseId(), i, hash, now, server));
                if (i % 8 == 0) {
                    reads(visit.noteId());
                }
                warmed = i + 1;
            }
            LOG.infof("Ingest path warmed in %d ms (%d made-up notes, nothing stored)", (System.nanoTime() - t0) / 1_000_000,
                    rounds);
        } catch (Exception e) {
            // Only speed is at stake: a server that could not warm up still serves, just slower at first.
            LOG.warn("Ingest warm-up stopped early: " + e);
        } finally {
            finished = true;
        }
    }

    /** True once the warm-up has run (or stopped, or is switched off). */
    public boolean finished() {
        return finished;
    }

    /** When the server finished starting and the warm-up began. */
    public Instant startedAt() {
        return startedAt;
    }

    /** How far it has got, for the readiness check's data. */
    public String progress() {
        return warmed + " of " + rounds + " rounds";
    }

    /** The lookups every note makes, of rows that do not exist: read only, so nothing is written. */
    private void reads(String noteId) {
        QuarkusTransaction.requiringNew().run(() -> {
            NoteIdSeen.of(em, noteId, "warm-up");
            CaseEntryRow.head("WARM-UP");
            ChildCase.findById("WARM-UP-" + UUID.randomUUID());
        });
    }
}
