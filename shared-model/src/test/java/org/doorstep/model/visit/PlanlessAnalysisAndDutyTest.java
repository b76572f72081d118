package org.doorstep.model.visit;

import static org.doorstep.model.visit.SampleNotes.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A visit to a child with no plan yet (R5.2-analysis), and on which basis a note is recorded (R14-cover). */
class PlanlessAnalysisAndDutyTest {

    private final VisitRules rules = new VisitRules(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    private static VisitNote analysed(PlanAnalysis... rows) {
        return with(SampleNotes.complete(), n -> n.set("analysis", Json.tree(List.of(rows))));
    }

    private static List<String> messages(List<Violation> v) {
        return v.stream().map(Violation::message).toList();
    }

    @Test
    @DisplayName("R5.2-analysis: a completed visit to a child with no plan yet is signed with one analysis against the referral")
    void noPlanYet() {
        VisitNote note = analysed(PlanAnalysis.withoutPlan("She was at school all week, which was the referral's concern."));
        assertEquals(List.of(), rules.checkSigned(note));
        assertEquals(List.of(), rules.checkAgainstPlan(note, List.of()), "the tablet holds no plan for the child");
        assertEquals(List.of(), rules.checkPlanLinks(note, List.of("rec-1")),
                "the server accepts it even when a plan was recorded after it was signed");
    }

    @Test
    @DisplayName("R5.2-analysis: without a plan the analysis still needs writing, stands alone, and is refused on the tablet once a plan has arrived")
    void noPlanRules() {
        assertEquals(List.of("This child has no plan yet: write what the visit showed against the concerns that led to the referral."),
                messages(rules.check(analysed(PlanAnalysis.withoutPlan(" ")))));
        assertEquals(List.of("An analysis without a plan cannot sit beside analysis against the plan's recommendations."),
                messages(rules.check(analysed(PlanAnalysis.withoutPlan("Fine."), new PlanAnalysis("rec-1", "Good.")))));
        assertEquals(List.of("This child has a plan now: write your analysis against its recommendations."),
                messages(rules.checkAgainstPlan(analysed(PlanAnalysis.withoutPlan("Fine.")), List.of("rec-1"))));
    }

    @Test
    @DisplayName("R14-cover: a duty reason, when the note is a duty visit, must be written and not run on")
    void dutyReason() {
        assertEquals(List.of(), rules.checkSigned(SampleNotes.complete().onDuty("The school rang; no worker yet.")));
        List<Violation> blank = rules.check(SampleNotes.complete().onDuty("  "));
        assertEquals(List.of("dutyReason"), blank.stream().map(Violation::field).toList());
        assertEquals("R14-cover", blank.get(0).requirement());
        assertEquals(List.of("dutyReason"), rules.check(SampleNotes.complete().onDuty("x".repeat(RecordedAs.MAX_DUTY_REASON + 1)))
                .stream().map(Violation::field).toList());
    }

    @Test
    @DisplayName("R14-cover: the basis is the strongest that holds: allocated, then covering, then duty with a reason; else none")
    void basis() {
        assertEquals(Optional.of(RecordedAs.ALLOCATED), RecordedAs.decide(true, true, false, "why"));
        assertEquals(Optional.of(RecordedAs.COVERING), RecordedAs.decide(false, true, true, null));
        assertEquals(Optional.of(RecordedAs.DUTY), RecordedAs.decide(false, false, true, "The school rang."));
        assertEquals(Optional.empty(), RecordedAs.decide(false, false, true, " "), "duty needs a reason");
        assertEquals(Optional.empty(), RecordedAs.decide(false, false, false, "I was passing."), "not the team's unallocated case");
    }
}
