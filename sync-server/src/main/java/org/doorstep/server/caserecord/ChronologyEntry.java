package org.doorstep.server.caserecord;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.doorstep.model.wire.ChronologyLine;

/** One dated fact of a case's chronology with its source (R5.5-chronology). */
@Entity
@Table(name = "chronology_lines")
public class ChronologyEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    @Column(name = "line_date")
    public LocalDate date;

    public String fact;

    public String source;

    @Column(name = "note_id")
    public String noteId;

    /** Who added the line by hand (R5.5-chronology); null for lines a visit note brought. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public java.time.Instant recordedAt;

    /** What a line added by hand is about ({@link org.doorstep.model.record.ChronologyCategory}); null otherwise. */
    public String category;

    /** The other contact (R5.3-contacts) this line records, if any. */
    @Column(name = "contact_id")
    public Long contactId;

    public static ChronologyEntry of(String caseId, ChronologyLine line, String noteId) {
        ChronologyEntry e = new ChronologyEntry();
        e.caseId = caseId;
        e.date = line.date();
        e.fact = line.fact();
        e.source = line.source();
        e.noteId = noteId;
        e.category = line.category();
        return e;
    }

    public ChronologyLine line() {
        return new ChronologyLine(date, fact, source, category);
    }
}
