package org.doorstep.app.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.doorstep.model.record.Statement;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.visit.NoteIds;
import org.doorstep.model.visit.PlanAnalysis;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.PrivacyNotice;
import org.doorstep.model.visit.VisitAction;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.VisitOutcome;

/** Signed sample notes for tests. */
public final class TestNotes {

    private TestNotes() {
    }

    public static SignedNote signed(String caseId, String deviceId, SigningKey key) {
        Instant end = Instant.now().minusSeconds(600);
        VisitNote n = new VisitNote(new NoteIds(java.time.Clock.systemUTC()).next().toString(), caseId, "visit-2",
                VisitOutcome.COMPLETED, end.minusSeconds(3600), end, "Family home",
                List.of(new PresentPerson("Jo Thompson", "mother")), "Statutory visit", true, true, null, false, null, null,
                "Gave Jo the review date.", "Likes school " + UUID.randomUUID(), "Talked alone; no help needed.",
                "Mother is coping", "Calm visit.",
                List.of(Statement.reported("Maya is on time every day.", Statement.Kind.FACT, "Mr Patel (teacher)")),
                false, null, "Maya talks to me easily.", List.of(new PlanAnalysis("rec-1", "Attendance is good.")),
                List.of(new VisitAction("Check attendance", "Amara Okafor", LocalDate.now().plusDays(14))), null,
                new PrivacyNotice(true, "English, leaflet"), List.of(), null, "amara.okafor", Instant.now());
        return SignedNote.sign(n, deviceId, key);
    }
}
