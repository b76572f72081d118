package org.doorstep.server.notes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.model.chain.CaseChain;
import org.doorstep.model.json.Json;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.ContentHash;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.VerifyingKey;
import org.doorstep.model.timely.LateEntryPolicy;
import org.doorstep.model.timely.SigningTime;
import org.doorstep.model.timely.Timeliness;
import org.doorstep.model.timely.WorkingCalendar;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitRules;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.caserecord.ChronologyEntry;
import org.doorstep.server.cover.RecordingBasis;
import org.doorstep.server.enrolment.Device;
import org.doorstep.server.forms.FormVersions;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.cluster.ConflictRetry;
import org.doorstep.server.problem.ProblemException;
import org.doorstep.server.serverkey.ServerKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one way a signed note enters a case record. Every check runs before anything is written; the
 * merge then happens in one transaction holding the case row's lock: dedupe by note id, append the
 * entry to the case's hash chain, add the chronology line, keep the receipt. Reposting the same
 * note returns the receipt first issued; the same id with other content is a conflict.
 */
@ApplicationScoped
public class NoteIngest {

    private static final Logger LOG = Logger.getLogger(NoteIngest.class);
    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Clock clock;
    private final VisitRules rules;
    private final LateEntryPolicy lateness;
    private final ServerKey serverKey;
    private final EntityManager em;
    private final ZoneId zone;
    private final FormVersions forms;
    private final RecordingBasis bases;
    private final ChainHeads heads;
    private final FirstOffers firstOffers;
    private final ConflictRetry conflicts;
    private final VisitTallies tallies;

    NoteIngest(Clock clock, ServerKey serverKey, EntityManager em, FormVersions forms, RecordingBasis bases, ChainHeads heads,
               FirstOffers firstOffers, ConflictRetry conflicts, VisitTallies tallies,
               @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone) {
        this.heads = heads;
        this.firstOffers = firstOffers;
        this.conflicts = conflicts;
        this.tallies = tallies;
        this.clock = clock;
        this.rules = new VisitRules(clock);
        this.lateness = new LateEntryPolicy(WorkingCalendar.englandAndWales(), clock);
        this.serverKey = serverKey;
        this.em = em;
        this.zone = zone;
        this.forms = forms;
        this.bases = bases;
    }

    public Ingested accept(SignedNote signed, Practitioner practitioner) {
        // One transaction: the checks (device not revoked, case allocated...) and the merge see the same state.
        String[] noteId = {null};
        try {
            return conflicts.call(() -> QuarkusTransaction.requiringNew().call(() -> {
                Checked checked = check(signed, practitioner, true);
                noteId[0] = checked.noteId();
                MergeEnd end = new MergeEnd();
                Ingested ingested = merge(checked, practitioner, end);
                end.write(heads, tallies);
                return ingested;
            }));
        } catch (RuntimeException e) {
            if (noteId[0] == null || !ConflictRetry.isDuplicate(e)) {
                throw e;
            }
            // Another request merged the same note id at the same moment: answer as a repost would.
            LOG.debugf("Concurrent insert of note %s; reading the stored one", noteId[0]);
            return conflicts.call(() -> QuarkusTransaction.requiringNew().call(() -> {
                Checked checked = check(signed, practitioner, false);
                CaseEntryRow existing = CaseEntryRow.byNoteId(checked.noteId());
                if (existing == null) {
                    throw e;
                }
                return repost(existing, checked);
            }));
        }
    }

    /** What became of one note of a batch: merged (or a repost), or refused with a problem. */
    public record Outcome(Ingested ingested, ProblemException problem) {
    }

    /**
     * A batch in one transaction, so one commit (one log flush) covers all its notes. Each note is
     * checked and merged exactly as {@link #accept} does; a refused note writes nothing and the others
     * go on. Cases are locked in case id order (and each case's notes keep their batch order), so two
     * batches never wait on each other in a cycle. Each case's chain head is signed and stored once, at its
     * last entry of the batch, and the tallies once, summed, at the end ({@link MergeEnd}). Should the batch's transaction fail for any other
     * reason (a note id merged by another request at the same moment), every note is ingested again
     * on its own, which answers a note already stored as a repost.
     */
    public List<Outcome> acceptAll(List<SignedNote> notes, Practitioner practitioner) {
        try {
            return conflicts.call(() -> QuarkusTransaction.requiringNew().call(() -> {
                Outcome[] out = new Outcome[notes.size()];
                List<Integer> passed = new ArrayList<>();
                Checked[] checked = new Checked[notes.size()];
                for (int i = 0; i < notes.size(); i++) {
                    try {
                        checked[i] = check(notes.get(i), practitioner, false);
                        passed.add(i);
                    } catch (ProblemException p) {
                        out[i] = new Outcome(null, p);
                    }
                }
                passed.sort(java.util.Comparator.comparing(i -> checked[i].visit().caseId()));
                MergeEnd end = new MergeEnd();
                for (int i : passed) {
                    try {
                        out[i] = new Outcome(merge(checked[i], practitioner, end), null);
                    } catch (ProblemException p) {
                        out[i] = new Outcome(null, p);
                    }
                }
                end.write(heads, tallies);
                return List.of(out);
            }));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debugf("A batch of %d notes failed as one transaction (%s); ingesting them one by one", notes.size(),
                    e.toString());
            List<Outcome> out = new ArrayList<>(notes.size());
            for (SignedNote note : notes) {
                try {
                    out.add(new Outcome(accept(note, practitioner), null));
                } catch (ProblemException p) {
                    out.add(new Outcome(null, p));
                } catch (RuntimeException failed) {
                    LOG.error("Note " + (note == null ? null : note.noteId()) + " of a batch failed", failed);
                    out.add(new Outcome(null, ProblemException.of("internal-error", "Internal error", 500,
                            "The server could not store this note; send it again later.")));
                }
            }
            return out;
        }
    }

    /** The note as it passed every check, with what the merge needs. */
    record Checked(SignedNote signed, VisitNote visit, String noteId, String contentHash, String canonicalJson,
                   RecordedAs basis, String deviceKeyId) {
    }

    /**
     * {@code lockCase}: a note on its own takes its case's lock as it reads the case, one round trip
     * instead of two; a batch takes its cases' locks later, in case order, so batches never deadlock.
     */
    private Checked check(SignedNote signed, Practitioner practitioner, boolean lockCase) {
        if (signed == null || signed.note() == null || !signed.note().isObject()) {
            throw ProblemException.of("invalid-note", "Invalid note", 422,
                    "The request must hold a signed note: deviceId, note (an object) and signature.");
        }
        if (!practitioner.deviceId().equals(signed.deviceId())) {
            throw ProblemException.of("device-mismatch", "Device mismatch", 403,
                    "The note names device " + signed.deviceId() + " but the API token was issued to device "
                            + practitioner.deviceId() + "; a device sends only the notes it signed.");
        }
        // A shared lock, which the insert's foreign key takes anyway: a revocation (R15-lost-device)
        // waits for this note, or this note waits for it and is refused; none slips in after it.
        Device device = em.find(Device.class, signed.deviceId(), LockModeType.PESSIMISTIC_READ);
        if (device == null || device.isRevoked()) {
            throw ProblemException.of("device-revoked", "Device revoked", 403,
                    "This tablet was revoked; notes it signed are no longer accepted. Contact your administrator.");
        }
        // Canonicalize once: verification, the content hash and the stored text all use these bytes.
        byte[] canonical;
        boolean verified;
        VerifyingKey key = null;
        try {
            canonical = signed.canonicalBytes();
            key = device.verifyingKey();
            verified = key.verifiesBase64(canonical, signed.signature());
        } catch (RuntimeException e) {
            canonical = null;
            verified = false;
        }
        if (!verified) {
            throw ProblemException.of("invalid-signature", "Invalid signature", 422,
                    "The note's signature does not verify against device " + device.deviceId
                            + "'s key: the note was changed after it was signed, or signed with another key.");
        }
        try {
            return checkSigned(signed, practitioner, device, key, canonical, lockCase);
        } catch (ProblemException refused) {
            rememberOffer(signed, refused);
            throw refused;
        }
    }

    /** R9-timely: a refused note's first offer counts as when the tablet let go of it (see {@link FirstOffers}). */
    private void rememberOffer(SignedNote signed, ProblemException refused) {
        if (!NoteIds.isV7(signed.noteId())) {
            return;
        }
        try {
            firstOffers.refused(signed.noteId(), signed.deviceId(), refused.problem().slug());
        } catch (RuntimeException e) {
            // Two offers of one note at once: one of them is remembered, which is all that is needed.
            LOG.debugf("First offer of %s not recorded: %s", signed.noteId(), e.toString());
        }
    }

    /** The checks of a note whose signature verified. */
    private Checked checkSigned(SignedNote signed, Practitioner practitioner, Device device, VerifyingKey key,
                                byte[] canonical, boolean lockCase) {
        VisitNote visit;
        try {
            visit = signed.visitNote();
        } catch (Json.MalformedJsonException e) {
            throw ProblemException.of("invalid-note", "Invalid note", 422,
                    "A field of the note has the wrong type: " + e.getMessage());
        }
        List<Violation> violations = new ArrayList<>(rules.checkSigned(visit));
        violations.addAll(VisitRules.checkSize(canonical.length));
        if (!NoteIds.isV7(signed.noteId())) {
            violations.add(new Violation("noteId", "R1-signed",
                    "The note id must be a lower-case UUID version 7 made on the device."));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.withViolations("invalid-note", "Invalid note", 422,
                    "The note breaks " + violations.size() + " rule(s) of the visit form; see violations.", violations);
        }
        if (!practitioner.username().equals(visit.author())) {
            throw ProblemException.of("author-mismatch", "Author mismatch", 403,
                    "The note names " + visit.author() + " as author but device " + device.deviceId
                            + " is enrolled to " + practitioner.username() + ".");
        }
        ChildCase childCase = lockCase ? em.find(ChildCase.class, visit.caseId(), LockModeType.PESSIMISTIC_WRITE)
                : ChildCase.findById(visit.caseId());
        if (childCase == null) {
            throw ProblemException.of("unknown-case", "Unknown case", 404, "There is no case " + visit.caseId() + ".");
        }
        // R14-cover: allocated, covering on the day of the visit, or on duty with a reason; else refused.
        RecordedAs basis = bases.of(childCase, practitioner, visit.visitStart(), visit.signedAt(), visit.dutyReason());
        // Most notes link no recommendation: then the plan need not be read.
        List<Violation> links = VisitRules.linkedRecommendations(visit).isEmpty() ? List.of()
                : rules.checkPlanLinks(visit, PlanItem.everId(visit.caseId()));
        if (!links.isEmpty()) {
            throw ProblemException.withViolations("invalid-note", "Invalid note", 422,
                    "The note breaks " + links.size() + " rule(s) of the visit form; see violations.", links);
        }
        try {
            forms.requireUsable(visit.formVersion());
        } catch (ProblemException refused) {
            // A note already in the record was accepted while its version was approved: a resend
            // (its receipt lost on the way) gets that receipt, not a refusal the tablet cannot act on.
            if (CaseEntryRow.byNoteId(signed.noteId()) == null) {
                throw refused;
            }
        }
        return new Checked(signed, visit, signed.noteId(), ContentHash.of(canonical),
                new String(canonical, StandardCharsets.UTF_8), basis, key.keyId());
    }

    /** {@code end} collects what the transaction writes once at its end: chain heads and tallies. */
    private Ingested merge(Checked note, Practitioner practitioner, MergeEnd end) {
        String caseId = note.visit().caseId();
        ChildCase childCase = em.find(ChildCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        NoteIdSeen seen = NoteIdSeen.of(em, note.noteId(), note.signed().deviceId());
        if (seen.entryId() != null) {
            return repost(seen.stored(), note);
        }
        // R11-rectify: checked here, under the case lock, not in check(): a batch may carry the note
        // and its correction together, and the note merges first.
        CaseEntryRow corrected = corrected(note.visit());
        // R5.4-child-property: a correction changes the list only by what it adds to the version it corrects.
        List<org.doorstep.model.property.PropertyChange> propertyChanges = org.doorstep.server.property.PropertyAtVisit
                .toApply(note.visit(), corrected == null ? null : corrected.noteJson);
        org.doorstep.server.property.PropertyAtVisit.check(note.visit(), propertyChanges);
        CaseEntryRow.Head head = end.head(caseId);
        if (head == null) {
            head = CaseEntryRow.head(caseId);
        }
        long sequence = head.next();
        String previousHash = head.entryHash();
        String entryHash = CaseChain.link(previousHash, sequence, note.noteId(), note.contentHash());
        // The receipt binds the key the signature verified with: a key swapped in the database later shows (issue 11).
        Receipt receipt = Receipt.issue(note.noteId(), caseId, note.contentHash(), sequence, entryHash,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), note.deviceKeyId(), serverKey.signingKey());

        CaseEntryRow entry = new CaseEntryRow();
        entry.caseId = caseId;
        entry.sequence = sequence;
        entry.noteId = note.noteId();
        entry.kind = CaseEntryRow.VISIT;
        entry.contentHash = note.contentHash();
        entry.previousHash = previousHash;
        entry.entryHash = entryHash;
        entry.noteJson = note.canonicalJson();
        entry.signature = note.signed().signature();
        entry.deviceId = note.signed().deviceId();
        entry.author = note.visit().author();
        entry.visitStart = note.visit().visitStart();
        entry.signedAt = note.visit().signedAt();
        entry.amends = corrected == null ? null : corrected.noteId;
        entry.originalNote = corrected == null ? note.noteId() : corrected.visitId();
        // R9-timely: the same policy and calendar the tablet warned with, from the note's own times.
        // A correction is not a late first entry: the visit was entered when its first record was signed.
        CaseEntryRow first = corrected == null ? null : CaseEntryRow.byNoteId(corrected.visitId());
        Timeliness timeliness = lateness.assess(note.visit().visitEnd(),
                first == null ? note.visit().signedAt() : first.signedAt);
        entry.lateEntry = timeliness.late();
        entry.enteredAt = note.visit().signedAt();
        entry.receivedAt = receipt.receivedAt();
        entry.receiptJson = Json.write(receipt);
        entry.recordedAs = note.basis().wire();
        // Judged from when the tablet first offered the note: refused then, it was not held back.
        Instant offered = seen.offered().filter(o -> o.isBefore(entry.receivedAt))
                .orElse(entry.receivedAt);
        entry.syncedSinceSigning = SigningTime.syncedSinceSigning(entry.signedAt, offered,
                lastSyncBefore(entry.deviceId, offered.minus(SigningTime.SAME_SYNC))).orElse(null);
        entry.persist();
        // R1-media: what files the note signs, so their bytes can be checked as they arrive.
        org.doorstep.server.attachments.VisitAttachment.recordAll(note.visit(), entry.deviceId);
        org.doorstep.server.property.PropertyAtVisit.apply(note.visit(), propertyChanges, entry.noteId, entry.receivedAt);
        end.appended(caseId, sequence, entryHash);
        if (corrected != null) {
            // The workspace's index holds each visit's current version only: the earlier one leaves the
            // queue and the dashboard (its sign-off, if any, stays recorded), the correction awaits review.
            List<VisitFact> replaced = em.createQuery("select f from VisitFact f where f.noteId in "
                    + "(select e.noteId from CaseEntryRow e where e.originalNote = ?1 and e.noteId <> ?2)", VisitFact.class)
                    .setParameter(1, entry.originalNote).setParameter(2, entry.noteId).getResultList();
            tallies.removed(replaced, end.tallies());
            replaced.forEach(VisitFact::delete);
        }
        VisitFact fact = VisitFact.of(entry, note.visit(), timeliness);
        fact.persist();
        tallies.added(fact, end.tallies());
        childCase.visited(note.visit().visitStart());

        ChronologyLine line = new ChronologyLine(note.visit().visitStart().atZone(zone).toLocalDate(),
                note.visit().chronologySummary(), "Visit note " + note.noteId() + " by " + practitioner.displayName()
                        + (note.basis() == RecordedAs.ALLOCATED ? "" : " (" + note.basis().label().toLowerCase(Locale.ENGLISH) + ")")
                        + (corrected == null ? "" : ", correcting note " + corrected.noteId)
                        + (timeliness.late() ? "; Late Entry, entered " + ENTERED.format(timeliness.enteredAt().atZone(zone)) : ""));
        // The chronology holds the visit's current facts once: a correction's line takes the place of
        // the earlier version's (whose note stays in the record, readable, with its own line in it).
        int replaced = corrected == null ? 0 : em.createQuery("update ChronologyEntry c set c.date = ?1, c.fact = ?2, "
                        + "c.source = ?3, c.noteId = ?4 where c.caseId = ?5 and c.noteId in "
                        + "(select e.noteId from CaseEntryRow e where e.originalNote = ?6 and e.noteId <> ?4)")
                .setParameter(1, line.date()).setParameter(2, line.fact()).setParameter(3, line.source())
                .setParameter(4, note.noteId()).setParameter(5, caseId).setParameter(6, entry.originalNote).executeUpdate();
        if (replaced == 0) {
            ChronologyEntry.of(caseId, line, note.noteId()).persist();
        }
        em.flush();
        return new Ingested(receipt, false);
    }

    /** The latest arrival of another note from this tablet before {@code before}: its last earlier sync. */
    private Instant lastSyncBefore(String deviceId, Instant before) {
        return em.createQuery("select max(e.receivedAt) from CaseEntryRow e where e.deviceId = ?1 and e.receivedAt < ?2",
                Instant.class).setParameter(1, deviceId).setParameter(2, before).getSingleResult();
    }

    /**
     * The entry a correction names, which must already be in this child's record; null for a first
     * record. Any version may be corrected: two tablets correcting the same version offline both
     * reach the record, the later received becoming current, and neither is lost.
     */
    private static CaseEntryRow corrected(VisitNote visit) {
        if (!visit.correction()) {
            return null;
        }
        String amends = visit.amendment().amends();
        CaseEntryRow corrected = CaseEntryRow.byNoteId(amends);
        if (corrected == null) {
            throw ProblemException.withViolations("unknown-corrected-note", "Corrected note not in the record", 422,
                    "This note corrects note " + amends + ", which is not in the case record. Sync the note it "
                            + "corrects first.", List.of(new Violation("amends", "R11-rectify",
                            "The note this one corrects is not in the case record.")));
        }
        if (!corrected.caseId.equals(visit.caseId()) || !CaseEntryRow.VISIT.equals(corrected.kind)) {
            throw ProblemException.withViolations("correction-other-case", "Correction of another case's note", 422,
                    "This note is about case " + visit.caseId() + " but corrects note " + amends
                            + ", which is not a visit of that case.", List.of(new Violation("amends", "R11-rectify",
                            "A correction must be about the same child as the note it corrects.")));
        }
        return corrected;
    }

    private static Ingested repost(CaseEntryRow existing, Checked note) {
        if (!existing.contentHash.equals(note.contentHash())) {
            throw ProblemException.of("note-conflict", "Note conflict", 409,
                    "Note " + note.noteId() + " is already in the record with different content. A signed note "
                            + "is never overwritten: send a correction as a new note that names this one.");
        }
        return new Ingested(existing.receipt(), true);
    }
}
