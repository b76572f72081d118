package org.doorstep.model.visit;

import java.time.Instant;
import java.util.List;

/** A complete, valid visit note that each test changes in the one way it is about. */
public final class SampleNotes {

    public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    public static final Instant END = Instant.parse("2026-11-24T11:00:00Z");
    public static final Instant SIGNED = Instant.parse("2026-11-24T11:30:00Z");

    private SampleNotes() {
    }

    public static VisitNote complete() {
        return new VisitNote("01935f3e-8a4b-7c2d-9e1f-123456789abc", "case-1001", "visit-1",
                START, END, "Family home, 12 Elm Road", List.of(new PresentPerson("Jade Smith", "mother"),
                new PresentPerson("Amelia Smith", "child")), "Statutory visit under the child protection plan",
                true, true, null, false, null, null,
                "Amelia said she likes her new school and \"feels safe\" at home.",
                "Ms Smith said the new routine is working.",
                "Visited at home. Amelia showed me her bedroom. The house was warm and clean.",
                "sam.practitioner", SIGNED);
    }

    public static VisitNote notSeen(String reason) {
        VisitNote c = complete();
        return new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitStart(), c.visitEnd(), c.venue(),
                c.present(), c.purpose(), false, false, reason, false, null, null, null, c.carerViews(),
                c.narrative(), c.author(), c.signedAt());
    }
}
