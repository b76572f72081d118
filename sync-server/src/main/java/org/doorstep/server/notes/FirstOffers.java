package org.doorstep.server.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * When a tablet first offered a note that the server refused although its signature held (R9-timely):
 * a note refused for a form version awaiting approval and sent again after it is approved was not
 * held back, and must not look as if it were signed later than it says. Only a note whose signature
 * verified is remembered, so nobody but its device can move a note's first offer earlier. Read back at merge
 * with the note id's other lookup ({@link NoteIdSeen}).
 */
@ApplicationScoped
public class FirstOffers {

    private final EntityManager em;
    private final Clock clock;

    FirstOffers(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** In its own transaction: the refusal rolls back the request's. The first offer is kept, later ones not. */
    @Transactional(TxType.REQUIRES_NEW)
    public void refused(String noteId, String deviceId, String type) {
        if (em.find(FirstOffer.class, noteId) != null) {
            return;
        }
        FirstOffer o = new FirstOffer();
        o.noteId = noteId;
        o.deviceId = deviceId;
        o.offeredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        o.refusedAs = type == null ? "unknown" : type.length() > 64 ? type.substring(0, 64) : type;
        em.persist(o);
    }
}
