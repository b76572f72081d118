package org.doorstep.server.notes;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * What the server already holds under a note id as the note is merged, read in one round trip (issue 14):
 * the entry stored with it (then the note is a repost), and when this device first offered it if the server
 * refused it then (R9-timely, {@link FirstOffers}). Every new note asks both, so one statement instead of two.
 */
record NoteIdSeen(Long entryId, Instant firstOffer) {

    static NoteIdSeen of(EntityManager em, String noteId, String deviceId) {
        Object[] row = (Object[]) em.createNativeQuery("select e.id entry_id, o.device_id offered_by, o.offered_at offered_at "
                        + "from (select 1 one) x left join case_entries e on e.note_id = ?1 "
                        + "left join note_first_offers o on o.note_id = ?1")
                .setParameter(1, noteId)
                .unwrap(NativeQuery.class)
                .addScalar("entry_id", StandardBasicTypes.LONG)
                .addScalar("offered_by", StandardBasicTypes.STRING)
                .addScalar("offered_at", StandardBasicTypes.INSTANT)
                .getSingleResult();
        // Compared here, not in SQL: a device id is matched exactly, whatever the column's collation.
        boolean sameDevice = row[1] != null && row[1].equals(deviceId);
        return new NoteIdSeen((Long) row[0], sameDevice ? (Instant) row[2] : null);
    }

    /** The entry stored under the note id, or null when the note is new to the record. */
    CaseEntryRow stored() {
        return entryId == null ? null : CaseEntryRow.findById(entryId);
    }

    /** When this device first offered the note, if it was refused before. */
    Optional<Instant> offered() {
        return Optional.ofNullable(firstOffer);
    }
}
