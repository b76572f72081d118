package org.doorstep.app.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.VisitNote;

/** Signed sample notes for tests. */
public final class TestNotes {

    private TestNotes() {
    }

    public static SignedNote signed(String caseId, String deviceId, SigningKey key) {
        Instant end = Instant.now().minusSeconds(600);
        VisitNote n = new VisitNote(new NoteIds(java.time.Clock.systemUTC()).next().toString(), caseId, "visit-1",
                end.minusSeconds(3600), end, "Family home", List.of(new PresentPerson("Jo Thompson", "mother")),
                "Statutory visit", true, true, null, false, null, null, "Likes school " + UUID.randomUUID(),
                "Mother is coping", "Calm visit.", "amara.okafor", Instant.now());
        return SignedNote.sign(n, deviceId, key);
    }
}
