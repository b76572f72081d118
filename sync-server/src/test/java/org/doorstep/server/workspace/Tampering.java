package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import org.doorstep.model.signing.SigningKey;

/** What someone with write access to the database could do behind the application's back (issue 11). */
@ApplicationScoped
public class Tampering {

    private final EntityManager em;

    Tampering(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void rewriteReceipt(String noteId, String json) {
        em.createNativeQuery("update case_entries set receipt_json = ?1 where note_id = ?2")
                .setParameter(1, json).setParameter(2, noteId).executeUpdate();
    }

    /** Swaps the device's key for the attacker's and re-signs the stored note with it, content unchanged. */
    @Transactional
    public void swapKeyAndResign(String deviceId, String noteId, SigningKey attacker) {
        String canonical = (String) em.createNativeQuery("select note_json from case_entries where note_id = ?1")
                .setParameter(1, noteId).getSingleResult();
        em.createNativeQuery("update devices set public_key = ?1 where device_id = ?2")
                .setParameter(1, attacker.verifyingKey().base64()).setParameter(2, deviceId).executeUpdate();
        em.createNativeQuery("update case_entries set signature = ?1 where note_id = ?2")
                .setParameter(1, attacker.signBase64(canonical.getBytes(StandardCharsets.UTF_8)))
                .setParameter(2, noteId).executeUpdate();
    }

    /** Deletes the case's last entry and everything that points at it, as a clean cut off the end of the chain. */
    @Transactional
    public void cutLastEntry(String caseId) {
        String noteId = (String) em.createNativeQuery("select note_id from case_entries where case_id = ?1 order by sequence desc limit 1")
                .setParameter(1, caseId).getSingleResult();
        em.createNativeQuery("set foreign_key_checks = 0").executeUpdate();
        for (String table : new String[] {"visit_facts", "chronology_lines", "case_entries"}) {
            em.createNativeQuery("delete from " + table + " where note_id = ?1").setParameter(1, noteId).executeUpdate();
        }
        em.createNativeQuery("set foreign_key_checks = 1").executeUpdate();
    }

    /** Moves when a note arrived, to give a test tablet a sync history hours long. */
    @Transactional
    public void receivedAt(String noteId, java.time.Instant at) {
        em.createNativeQuery("update case_entries set received_at = ?1 where note_id = ?2")
                .setParameter(1, at).setParameter(2, noteId).executeUpdate();
    }

    /** Moves a refused note's first offer, as if the tablet had offered it then. */
    @Transactional
    public void firstOfferedAt(String noteId, java.time.Instant at) {
        em.createNativeQuery("update note_first_offers set offered_at = ?1 where note_id = ?2")
                .setParameter(1, at).setParameter(2, noteId).executeUpdate();
    }
}
