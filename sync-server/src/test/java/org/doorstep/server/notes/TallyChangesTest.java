package org.doorstep.server.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What one transaction's notes add up to in the tally rows it writes at its end (issue 14). */
class TallyChangesTest {

    private static final Instant MORNING = Instant.parse("2026-12-04T09:00:00Z");
    private static final Instant EVENING = Instant.parse("2026-12-04T19:00:00Z");

    @Test
    @DisplayName("R12-oversight, R11-rectify: a batch's visits are summed per practitioner, case and day, in key order; "
            + "a visit taken away and one added that await alike cancel out (no row written), and a case that only lost "
            + "a visit keeps its newest receipt (none given)")
    void summedInKeyOrder() {
        TallyChanges changes = new TallyChanges();
        changes.added(fact("n1", "zoe", "C-2", EVENING, false, null));
        changes.added(fact("n2", "amy", "C-1", MORNING, true, null));
        changes.added(fact("n3", "amy", "C-1", EVENING, false, null));
        changes.removed(fact("n0", "zoe", "C-3", MORNING, false, MORNING));
        changes.added(fact("n4", "zoe", "C-3", EVENING, false, null));
        changes.removed(fact("n5", "bob", "C-4", MORNING, false, null));
        changes.added(fact("n6", "bob", "C-5", MORNING, false, null));

        assertEquals(List.of(new TallyChanges.AuthorRow("amy", 2, 2), new TallyChanges.AuthorRow("zoe", 1, 2)),
                changes.authors(), "bob's removal and addition cancel; zoe's correction of a signed-off visit awaits");
        assertEquals(List.of(new TallyChanges.CaseRow("C-1", 2, EVENING), new TallyChanges.CaseRow("C-2", 1, EVENING),
                new TallyChanges.CaseRow("C-3", 1, EVENING), new TallyChanges.CaseRow("C-4", -1, null),
                new TallyChanges.CaseRow("C-5", 1, MORNING)), changes.cases());
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertEquals(List.of(new TallyChanges.AuthorDayRow("amy", day, 2, 1), new TallyChanges.AuthorDayRow("zoe", day, 1, 0)),
                changes.authorDays());
    }

    private static VisitFact fact(String noteId, String author, String caseId, Instant received, boolean late,
                                  Instant signedOff) {
        VisitFact f = new VisitFact();
        f.noteId = noteId;
        f.author = author;
        f.caseId = caseId;
        f.receivedAt = received;
        f.lateEntry = late;
        f.signedOffAt = signedOff;
        return f;
    }
}
