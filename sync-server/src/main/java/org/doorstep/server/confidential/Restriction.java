package org.doorstep.server.confidential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.model.confidential.RestrictedAccess;
import org.doorstep.model.confidential.RestrictionReason;

/**
 * An item of a case withheld (R7-restricted): a whole visit, or one statement of what others told
 * the practitioner in it. In force from the moment it is marked until a manager lifts it; the row
 * keeps who marked, confirmed and lifted it.
 */
@Entity
@Table(name = "restrictions")
public class Restriction extends PanacheEntityBase {

    public static final String ENTRY = "entry";
    public static final String STATEMENT = "statement";
    /** A value of the basic record (placement, legal status, ...), one {@code case_facts} row. */
    public static final String FACT = "fact";
    /** A chronology line typed by hand (a visit's own line follows its visit). */
    public static final String LINE = "line";
    /** A file of the case: a document added in the workspace or a visit's attachment, by its SHA-256. */
    public static final String FILE = "file";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "item_kind", updatable = false)
    public String itemKind;

    @Column(name = "note_id", updatable = false)
    public String noteId;

    /** Which statement of the note's {@code reportedByOthers}, from 0; null for a whole visit. */
    @Column(name = "statement_index", updatable = false)
    public Integer statementIndex;

    @Column(name = "fact_id", updatable = false)
    public Long factId;

    @Column(name = "line_id", updatable = false)
    public Long lineId;

    @Column(name = "file_sha256", updatable = false)
    public String fileSha256;

    @Column(updatable = false)
    public String reason;

    @Column(updatable = false)
    public String explanation;

    /** The usernames named as allowed to see it, comma-separated. */
    @Column(updatable = false)
    public String readers;

    @Column(name = "marked_by", updatable = false)
    public String markedBy;

    @Column(name = "marked_at", updatable = false)
    public Instant markedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lift_reason")
    public String liftReason;

    public RestrictedAccess access() {
        Set<String> named = Arrays.stream(readers.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return new RestrictedAccess(markedBy, named);
    }

    public String reasonLabel() {
        return RestrictionReason.fromWire(reason).map(RestrictionReason::label).orElse(reason);
    }

    /**
     * How the item is named in the access log and on pages: never its content. {@code visit} says which
     * visit in people's words ("the visit of 24 November 2026 by Priya Shah"), as a note id tells a reader nothing.
     */
    public String itemName(String visit) {
        return STATEMENT.equals(itemKind)
                ? "Statement " + (statementIndex + 1) + " of what others said, " + visit
                : "Visit note of " + visit.replaceFirst("^the visit of ", "");
    }

    public boolean covers(String noteId, Integer statementIndex) {
        return this.noteId != null && this.noteId.equals(noteId)
                && (ENTRY.equals(itemKind) || java.util.Objects.equals(this.statementIndex, statementIndex));
    }
}
