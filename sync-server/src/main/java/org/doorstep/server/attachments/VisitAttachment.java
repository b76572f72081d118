package org.doorstep.server.attachments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.doorstep.model.media.Attachment;
import org.doorstep.model.visit.VisitNote;

/**
 * A file a signed visit note names (R1-media), copied out of the note when it merges so an upload
 * can be checked against its device's notes at once. The signed note stays the evidence.
 */
@Entity
@Table(name = "visit_attachments")
public class VisitAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "note_id", updatable = false)
    public String noteId;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(name = "device_id", updatable = false)
    public String deviceId;

    @Column(updatable = false)
    public int position;

    @Column(updatable = false)
    public String name;

    @Column(name = "media_type", updatable = false)
    public String mediaType;

    @Column(updatable = false)
    public long size;

    @Column(updatable = false)
    public String sha256;

    /** Called as the note merges, in its transaction: one row per file the note signs. */
    public static void recordAll(VisitNote note, String deviceId) {
        List<Attachment> files = note.attachments();
        for (int i = 0; i < files.size(); i++) {
            Attachment a = files.get(i);
            VisitAttachment row = new VisitAttachment();
            row.noteId = note.noteId();
            row.caseId = note.caseId();
            row.deviceId = deviceId;
            row.position = i;
            row.name = a.name();
            row.mediaType = a.mediaType();
            row.size = a.size();
            row.sha256 = a.sha256();
            row.persist();
        }
    }

    /** The files signed notes of this device name with this hash. */
    public static List<VisitAttachment> signedBy(String deviceId, String sha256) {
        return list("deviceId = ?1 and sha256 = ?2", deviceId, sha256);
    }

    public static List<VisitAttachment> ofNote(String noteId) {
        return list("noteId = ?1 order by position", noteId);
    }

    public static List<VisitAttachment> ofCase(String caseId) {
        return list("caseId = ?1 order by id desc", caseId);
    }
}
