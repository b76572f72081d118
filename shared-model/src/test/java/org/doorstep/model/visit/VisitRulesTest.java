package org.doorstep.model.visit;

import static org.doorstep.model.visit.SampleNotes.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.doorstep.model.json.Json;
import org.doorstep.model.record.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

    private final VisitRules rules = new VisitRules(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    private static VisitNote empty() {
        return Json.read("{}", VisitNote.class);
    }

    @Test
    @DisplayName("R5.2: a complete note breaks no rule")
    void completeNoteIsValid() {
        assertEquals(List.of(), rules.checkSigned(SampleNotes.complete()));
    }

    @Test
    @DisplayName("R5.2-venue R5.2-purpose R5.2-narrative R5.2-failed: an empty note names every missing field")
    void emptyNoteNamesEveryField() {
        List<String> f = fields(rules.check(empty()));
        assertTrue(f.containsAll(List.of("caseId", "formVersion", "outcome", "visitStart", "visitEnd", "venue", "present",
                "purpose", "childSeen", "interpreterUsed", "informationExchanged", "carerViews", "narrative",
                "householdChanged", "relationshipQuality", "analysis", "privacyNotice", "author")), f.toString());
    }

    @Test
    @DisplayName("R5.2-failed: a visit that did not go ahead needs only when, where, who, what happened and the actions taken")
    void failedVisitShortPath() {
        assertEquals(List.of(), rules.checkSigned(SampleNotes.noResponse()));
        for (VisitOutcome o : VisitOutcome.values()) {
            if (o.failed()) {
                assertEquals(List.of(), rules.check(with(SampleNotes.noResponse(), n -> n.put("outcome", o.name()))), o.name());
            }
        }
        List<Violation> v = rules.check(with(SampleNotes.noResponse(), n -> {
            n.put("actionsAfterFailedVisit", " ");
            n.put("narrative", "");
        }));
        assertEquals(List.of("narrative", "actionsAfterFailedVisit"), fields(v));
        assertEquals("R5.2-failed", v.get(1).requirement());
        assertEquals("Say what you did next, e.g. left a card, phoned the family, told your manager.", v.get(1).message());
        assertEquals(List.of("venue", "present"), fields(rules.check(with(SampleNotes.noResponse(), n -> {
            n.put("venue", "");
            n.putArray("present");
        }))));
        assertEquals(List.of("childSeen"), fields(rules.check(with(SampleNotes.noResponse(), n -> n.put("childSeen", true)))));
    }

    @Test
    @DisplayName("R5.2-failed: a completed visit does not ask for actions after a failed visit; outcome is required")
    void outcomeRequired() {
        assertEquals(List.of("outcome"), fields(rules.check(with(SampleNotes.complete(), n -> n.putNull("outcome")))));
        assertEquals("Say whether the visit went ahead, and if not, what happened.",
                rules.check(with(SampleNotes.complete(), n -> n.putNull("outcome"))).get(0).message());
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
    @DisplayName("R5.2-child-views: a seen child's views, and how they were gathered, are required")
    void seenChildNeedsViews() {
        assertEquals(List.of("childViews"), fields(rules.check(with(SampleNotes.complete(), n -> n.put("childViews", "")))));
        List<Violation> v = rules.check(with(SampleNotes.complete(), n -> n.putNull("childViewsSupport")));
        assertEquals(List.of("childViewsSupport"), fields(v));
        assertEquals("R5.2-child-views", v.get(0).requirement());
    }

    @Test
    @DisplayName("R5.2-information: information exchanged is required for a completed visit")
    void informationRequired() {
        List<Violation> v = rules.check(with(SampleNotes.complete(), n -> n.put("informationExchanged", " ")));
        assertEquals(List.of("informationExchanged"), fields(v));
        assertEquals("R5.2-information", v.get(0).requirement());
    }

    @Test
    @DisplayName("R5.2-change: whether the household changed is answered, and a change is described")
    void householdChange() {
        assertEquals(List.of("householdChanged"), fields(rules.check(with(SampleNotes.complete(), n -> n.putNull("householdChanged")))));
        List<Violation> v = rules.check(with(SampleNotes.complete(), n -> n.put("householdChanged", true)));
        assertEquals(List.of("significantChange"), fields(v));
        assertEquals("Say who has moved in or out, and when.", v.get(0).message());
        assertEquals(List.of(), rules.check(with(SampleNotes.complete(), n -> {
            n.put("householdChanged", true);
            n.put("significantChange", "Ms Smith's partner, Dean, moved in two weeks ago.");
        })));
        assertTrue(with(SampleNotes.complete(), n -> {
            n.put("householdChanged", true);
            n.put("significantChange", "Dean moved in.");
        }).chronologySummary().contains("change in who lives in the household"));
    }

    @Test
    @DisplayName("R5.2-relationship: the quality of the relationship with the child is recorded")
    void relationship() {
        List<Violation> v = rules.check(with(SampleNotes.complete(), n -> n.put("relationshipQuality", "")));
        assertEquals(List.of("relationshipQuality"), fields(v));
        assertEquals("R5.2-relationship", v.get(0).requirement());
    }

    @Test
    @DisplayName("R5.2-analysis: a completed visit has at least one analysis row, each linked to a plan recommendation")
    void analysis() {
        List<Violation> none = rules.check(with(SampleNotes.complete(), n -> n.putArray("analysis")));
        assertEquals(List.of("analysis"), fields(none));
        assertEquals("Add your analysis of the visit against at least one recommendation of the child's plan.",
                none.get(0).message());
        assertEquals(List.of("Analysis 2 needs the plan recommendation it is about.",
                        "Analysis 3 needs your analysis written in."),
                rules.check(with(SampleNotes.complete(), n -> {
                    n.withArray("analysis").addObject().put("text", "Going well.");
                    n.withArray("analysis").addObject().put("recommendationId", "rec-2").put("text", " ");
                })).stream().map(Violation::message).toList());
        assertEquals(List.of(), rules.checkPlanLinks(SampleNotes.complete(), Set.of("rec-1", "rec-2")));
        List<Violation> unknown = rules.checkPlanLinks(SampleNotes.complete(), Set.of("rec-2"));
        assertEquals("Analysis 1 is linked to a recommendation (rec-1) that is not in this child's plan.",
                unknown.get(0).message());
        assertEquals("R5.2-analysis", unknown.get(0).requirement());
        assertEquals(List.of(), rules.check(with(SampleNotes.noResponse(), n -> n.putArray("analysis"))),
                "a failed visit needs no analysis");
    }

    @Test
    @DisplayName("R5.2-analysis: every action says what, by whom and by when")
    void actions() {
        List<Violation> v = rules.check(with(SampleNotes.complete(), n ->
                n.withArray("actions").addObject().put("what", "Refer to the school nurse").put("byWhom", "Sam")));
        assertEquals(List.of("Action 2 needs what is to be done, by whom and by when."),
                v.stream().map(Violation::message).toList());
        assertEquals(List.of(), rules.check(with(SampleNotes.complete(), n -> n.putArray("actions"))), "actions may be none");
    }

    @Test
    @DisplayName("R3-privacy-notice: whether the privacy notice was given is recorded, with its language or format")
    void privacyNotice() {
        assertEquals(List.of("privacyNotice"), fields(rules.check(with(SampleNotes.complete(), n -> n.putNull("privacyNotice")))));
        List<Violation> v = rules.check(with(SampleNotes.complete(), n ->
                n.putObject("privacyNotice").put("given", true).put("languageOrFormat", "")));
        assertEquals("Say in which language or format the privacy notice was given.", v.get(0).message());
        assertEquals("R3-privacy-notice", v.get(0).requirement());
        assertEquals(List.of(), rules.check(with(SampleNotes.complete(), n ->
                n.putObject("privacyNotice").put("given", false))));
    }

    @Test
    @DisplayName("R4-author: a note entered by someone who was not there names who supplied the information")
    void suppliedBy() {
        assertEquals(List.of("suppliedBy"), fields(rules.check(with(SampleNotes.complete(), n -> n.put("suppliedBy", " ")))));
        assertEquals(List.of(), rules.check(with(SampleNotes.complete(), n ->
                n.put("suppliedBy", "Jo Bloggs, family support worker, who made the visit"))));
    }

    @Test
    @DisplayName("R11-fact-opinion: what others said is kept apart from first-hand facts and says who said it")
    void reportedByOthers() {
        VisitNote n = SampleNotes.complete();
        assertEquals("Fact, reported by Mr Jones (head teacher, by phone)", n.reportedByOthers().get(0).label());
        List<Violation> v = rules.check(with(n, t -> t.withArray("reportedByOthers").addObject()
                .put("text", "I saw a bruise.").put("kind", "FACT").put("source", "FIRST_HAND")));
        assertEquals(List.of("reportedByOthers"), fields(v));
        assertEquals(Statement.REQUIREMENT, v.get(0).requirement());
    }

    @Test
    @DisplayName("R5.2-interpreter: an interpreter used needs a language")
    void interpreterNeedsLanguage() {
        VisitNote n = with(SampleNotes.complete(), t -> {
            t.put("interpreterUsed", true);
            t.put("interpreterLanguage", " ");
        });
        assertEquals(List.of("interpreterLanguage"), fields(rules.check(n)));
    }

    @Test
    @DisplayName("R5.2-present: each person present needs a name and a role")
    void presentNeedsNameAndRole() {
        VisitNote n = with(SampleNotes.complete(), t -> {
            t.putArray("present").addObject().put("name", "Jade Smith").put("role", "");
        });
        List<Violation> v = rules.check(n);
        assertEquals(List.of("present"), fields(v));
        assertEquals("Person 1 needs both a name and a role or relationship.", v.get(0).message());
    }

    @Test
    @DisplayName("R1-contemporaneous: the visit ends after it starts and not in the future")
    void visitTimes() {
        VisitNote c = SampleNotes.complete();
        VisitNote backwards = with(c, t -> {
            t.put("visitStart", c.visitEnd().toString());
            t.put("visitEnd", c.visitStart().toString());
        });
        assertEquals(List.of("visitEnd"), fields(rules.check(backwards)));
        VisitNote future = with(c, t -> t.put("visitEnd", "2026-11-24T13:00:00Z"));
        assertTrue(fields(rules.check(future)).contains("visitEnd"));
    }

    @Test
    @DisplayName("R1-signed: a signing time beyond the clock skew is refused")
    void signedInFuture() {
        VisitNote c = SampleNotes.complete();
        assertEquals(List.of("signedAt"), fields(rules.checkSigned(with(c, t -> t.put("signedAt", "2026-11-24T12:06:00Z")))));
        assertEquals(List.of(), rules.checkSigned(with(c, t -> t.put("signedAt", "2026-11-24T12:04:00Z"))));
    }

    @Test
    @DisplayName("R1-sketch: a note carries its sketches and reads back the same from JSON")
    void roundTrip() {
        VisitNote c = SampleNotes.complete();
        assertEquals(c, Json.read(Json.write(c), VisitNote.class));
        assertEquals(SampleNotes.noResponse(), Json.read(Json.write(SampleNotes.noResponse()), VisitNote.class));
        assertEquals(List.of(), c.sketches());
    }

    @Test
    @DisplayName("R11-rectify: a correction names the note it corrects and says why; a first record needs neither")
    void correctionNamesItsNoteAndReason() {
        VisitNote original = SampleNotes.complete();
        assertEquals(List.of(), rules.checkSigned(original));
        VisitNote correction = SampleNotes.correctionOf(original, "01935f3e-9000-7000-8000-000000000001",
                "The visit was on Tuesday, not Monday.");
        assertTrue(correction.correction());
        assertEquals(List.of(), rules.checkSigned(correction));

        List<Violation> noReason = rules.check(with(correction, n -> n.putObject("amendment")
                .put("amends", original.noteId()).put("reason", "  ")));
        assertEquals(List.of("amendmentReason"), fields(noReason));
        assertEquals("R11-rectify", noReason.get(0).requirement());

        assertEquals(List.of("amends"), fields(rules.check(with(correction, n -> n.putObject("amendment")
                .put("amends", "not-a-note-id").put("reason", "Wrong date.")))));
        List<Violation> itself = rules.check(with(correction, n -> n.putObject("amendment")
                .put("amends", correction.noteId()).put("reason", "Wrong date.")));
        assertEquals("A note cannot correct itself.", itself.get(0).message());
        assertEquals(List.of("amendmentReason"), fields(rules.check(with(correction, n -> n.putObject("amendment")
                .put("amends", original.noteId()).put("reason", "x".repeat(Amendment.MAX_REASON + 1))))));
    }

    @Test
    @DisplayName("R11-rectify: a note signed before corrections existed still reads, as a first record")
    void noteWithoutAmendmentFieldReads() {
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.tree(SampleNotes.complete());
        tree.remove("amendment");
        VisitNote old = Json.convert(tree, VisitNote.class);
        assertEquals(null, old.amendment());
        assertEquals(List.of(), rules.checkSigned(old));
    }
}
