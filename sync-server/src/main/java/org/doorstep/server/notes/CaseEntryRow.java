package org.doorstep.server.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.doorstep.model.chain.ChainLink;
import org.doorstep.model.json.Json;
import org.doorstep.model.receipt.Receipt;
import org.doorstep.model.signing.ContentHash;
import org.doorstep.model.signing.SignedNote;

/**
 * One append-only entry of a case record: the note exactly as signed, its signature, its place in
 * the case's hash chain and the receipt issued for it. Written once by {@link NoteIngest}, or for a
 * move of the case itself (opened, transferred, closed...) by the server with its own key and no
 * device; never updated or deleted.
 */
@Entity
@Table(name = "case_entries")
public class CaseEntryRow extends PanacheEntityBase {

    public static final String VISIT = "visit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(updatable = false)
    public long sequence;

    @Column(name = "note_id", updatable = false)
    public String noteId;

    @Column(updatable = false)
    public String kind;

    @Column(name = "content_hash", updatable = false)
    public String contentHash;

    @Column(name = "previous_hash", updatable = false)
    public String previousHash;

    @Column(name = "entry_hash", updatable = false)
    public String entryHash;

    @Column(name = "note_json", updatable = false)
    public String noteJson;

    @Column(updatable = false)
    public String signature;

    @Column(name = "device_id", updatable = false)
    public String deviceId;

    @Column(updatable = false)
    public String author;

    @Column(name = "visit_start", updatable = false)
    public Instant visitStart;

    @Column(name = "signed_at", updatable = false)
    public Instant signedAt;

    /** R9-timely: entered more than 48 working hours after the visit ended. */
    @Column(name = "late_entry", updatable = false)
    public boolean lateEntry;

    /** When the note was entered: the moment it was signed on the tablet. */
    @Column(name = "entered_at", updatable = false)
    public Instant enteredAt;

    @Column(name = "received_at", updatable = false)
    public Instant receivedAt;

    /**
     * Issue 11: a sync of this entry's tablet after the note's signing time that did not carry it; null
     * when nothing contradicts the signing time ({@link org.doorstep.model.timely.SigningTime}).
     */
    @Column(name = "synced_since_signing", updatable = false)
    public Instant syncedSinceSigning;

    @Column(name = "receipt_json", updatable = false)
    public String receiptJson;

    /** R11-rectify: the note this entry corrects; null for a first record. */
    @Column(updatable = false)
    public String amends;

    /** The first record of the visit this entry is a version of (its own id for a first record). */
    @Column(name = "original_note", updatable = false)
    public String originalNote;

    /** The last link of a case's chain: the next entry follows it. */
    public record Head(long sequence, String entryHash) {
        public long next() {
            return sequence + 1;
        }
    }

    /**
     * The head of the case's chain (sequence 0 and the genesis hash for an empty record): two columns
     * through the (case_id, sequence) key, not the whole stored note. The caller holds the case row's lock.
     */
    public static Head head(String caseId) {
        List<Object[]> head = getEntityManager().createQuery("select e.sequence, e.entryHash from CaseEntryRow e "
                        + "where e.caseId = ?1 order by e.sequence desc", Object[].class)
                .setParameter(1, caseId).setMaxResults(1).getResultList();
        return head.isEmpty() ? new Head(0, org.doorstep.model.chain.CaseChain.GENESIS)
                : new Head((Long) head.get(0)[0], (String) head.get(0)[1]);
    }

    /**
     * On which basis the note was recorded ({@link org.doorstep.model.visit.RecordedAs#wire()}), set by the
     * server at merge from its allocation and cover records (R14-cover); null for notes merged before,
     * all by the allocated worker.
     */
    @Column(name = "recorded_as", updatable = false)
    public String recordedAs;

    /** The basis in words: "Allocated worker", "Covering", "Duty visit". */
    public org.doorstep.model.visit.RecordedAs basis() {
        return org.doorstep.model.visit.RecordedAs.of(recordedAs).orElse(org.doorstep.model.visit.RecordedAs.ALLOCATED);
    }

    public static CaseEntryRow byNoteId(String noteId) {
        return find("noteId", noteId).firstResult();
    }

    /** The visit's first record: the entry every correction of it goes back to. */
    public String visitId() {
        return originalNote == null ? noteId : originalNote;
    }

    /** Every version of this entry's visit, first record first, in the order they reached the record (R11-rectify). */
    public List<CaseEntryRow> versions() {
        return list("originalNote = ?1 order by sequence", visitId());
    }

    public Receipt receipt() {
        return Json.read(receiptJson, Receipt.class);
    }

    /** The note as stored, with the device and signature it came with. */
    public SignedNote signedNote() {
        return new SignedNote(deviceId, Json.read(noteJson, com.fasterxml.jackson.databind.JsonNode.class), signature);
    }

    /**
     * The chain link as the stored note now reads: the content hash is recomputed from the stored
     * JSON, so a note changed behind the application's back breaks the chain as well.
     */
    public ChainLink chainLink() {
        String hash;
        try {
            hash = signedNote().contentHash();
        } catch (RuntimeException e) {
            hash = ContentHash.of(noteJson.getBytes(StandardCharsets.UTF_8));
        }
        return new ChainLink(sequence, noteId, hash, previousHash, entryHash);
    }
}
