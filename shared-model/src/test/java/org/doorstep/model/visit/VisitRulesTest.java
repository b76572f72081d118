package org.doorstep.model.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

    private final VisitRules rules = new VisitRules(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("R5.2: a complete note breaks no rule")
    void completeNoteIsValid() {
        assertEquals(List.of(), rules.checkSigned(SampleNotes.complete()));
    }

    @Test
    @DisplayName("R5.2-venue R5.2-purpose R5.2-narrative: an empty note names every missing field")
    void emptyNoteNamesEveryField() {
        VisitNote empty = new VisitNote(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        List<String> f = fields(rules.check(empty));
        assertTrue(f.containsAll(List.of("caseId", "formVersion", "visitStart", "visitEnd", "venue", "present",
                "purpose", "childSeen", "interpreterUsed", "carerViews", "narrative", "author")), f.toString());
    }

    @Test
    @DisplayName("R5.2-child-seen: not seen requires a reason")
    void notSeenNeedsReason() {
        List<Violation> v = rules.check(SampleNotes.notSeen("  "));
        assertEquals(List.of("reasonNotSeen"), fields(v));
        assertEquals("R5.2-child-seen", v.get(0).requirement());
        assertEquals("Say why the child was not seen.", v.get(0).message());
        assertEquals(List.of(), rules.check(SampleNotes.notSeen("Amelia was at her grandmother's.")));
    }

    @Test
    @DisplayName("R5.2-child-views: a seen child's views are required")
    void seenChildNeedsViews() {
        VisitNote c = SampleNotes.complete();
        VisitNote noViews = new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitStart(), c.visitEnd(),
                c.venue(), c.present(), c.purpose(), true, false, null, false, null, null, "", c.carerViews(),
                c.narrative(), c.author(), c.signedAt());
        assertEquals(List.of("childViews"), fields(rules.check(noViews)));
    }

    @Test
    @DisplayName("R5.2-interpreter: an interpreter used needs a language")
    void interpreterNeedsLanguage() {
        VisitNote c = SampleNotes.complete();
        VisitNote n = new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitStart(), c.visitEnd(),
                c.venue(), c.present(), c.purpose(), true, true, null, true, " ", null, c.childViews(),
                c.carerViews(), c.narrative(), c.author(), c.signedAt());
        assertEquals(List.of("interpreterLanguage"), fields(rules.check(n)));
    }

    @Test
    @DisplayName("R5.2-present: each person present needs a name and a role")
    void presentNeedsNameAndRole() {
        VisitNote c = SampleNotes.complete();
        VisitNote n = new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitStart(), c.visitEnd(),
                c.venue(), List.of(new PresentPerson("Jade Smith", "")), c.purpose(), true, true, null, false,
                null, null, c.childViews(), c.carerViews(), c.narrative(), c.author(), c.signedAt());
        List<Violation> v = rules.check(n);
        assertEquals(List.of("present"), fields(v));
        assertEquals("Person 1 needs both a name and a role or relationship.", v.get(0).message());
    }

    @Test
    @DisplayName("R1-contemporaneous: the visit ends after it starts and not in the future")
    void visitTimes() {
        VisitNote c = SampleNotes.complete();
        VisitNote backwards = new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitEnd(), c.visitStart(),
                c.venue(), c.present(), c.purpose(), true, true, null, false, null, null, c.childViews(),
                c.carerViews(), c.narrative(), c.author(), c.signedAt());
        assertEquals(List.of("visitEnd"), fields(rules.check(backwards)));
        VisitNote future = new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitStart(),
                Instant.parse("2026-11-24T13:00:00Z"), c.venue(), c.present(), c.purpose(), true, true, null, false,
                null, null, c.childViews(), c.carerViews(), c.narrative(), c.author(), c.signedAt());
        assertTrue(fields(rules.check(future)).contains("visitEnd"));
    }

    @Test
    @DisplayName("R1-signed: a signing time beyond the clock skew is refused")
    void signedInFuture() {
        VisitNote c = SampleNotes.complete();
        VisitNote n = new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitStart(), c.visitEnd(),
                c.venue(), c.present(), c.purpose(), true, true, null, false, null, null, c.childViews(),
                c.carerViews(), c.narrative(), c.author(), Instant.parse("2026-11-24T12:06:00Z"));
        assertEquals(List.of("signedAt"), fields(rules.checkSigned(n)));
        VisitNote withinSkew = new VisitNote(c.noteId(), c.caseId(), c.formVersion(), c.visitStart(), c.visitEnd(),
                c.venue(), c.present(), c.purpose(), true, true, null, false, null, null, c.childViews(),
                c.carerViews(), c.narrative(), c.author(), Instant.parse("2026-11-24T12:04:00Z"));
        assertEquals(List.of(), rules.checkSigned(withinSkew));
    }
}
