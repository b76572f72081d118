package org.doorstep.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.PlanTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final PlanTask WALK = new PlanTask("Walk Amelia to school", "Jade Smith, mother", LocalDate.of(2026, 12, 18));

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("R5.2-analysis: a recommendation with complete tasks may be recorded; an empty form row is no task")
    void complete() {
        assertEquals(List.of(), PlanRules.recommendation("Amelia attends school every day", Arrays.asList(WALK, null, null)));
        assertEquals(List.of(), PlanRules.recommendation("Amelia attends school every day", List.of()), "tasks are optional");
        assertTrue(PlanRules.emptyRow("", " ", null));
    }

    @Test
    @DisplayName("R5.2-analysis: each missing part is named at its own field, numbered as the form's row")
    void missingParts() {
        List<Violation> v = PlanRules.recommendation(" ", Arrays.asList(null, new PlanTask("Report attendance", "", null)));
        assertEquals(List.of("text", "task-2-owner", "task-2-due"), fields(v));
        assertEquals("Say who owns task 2, for example: Jade Smith, mother.", v.get(1).message());
        assertEquals("R5.2-analysis", v.get(1).requirement());
    }

    @Test
    @DisplayName("R5.2-analysis R5.4: a change and a retirement say why; limits hold")
    void reasonsAndLimits() {
        assertEquals(List.of("reason"), fields(PlanRules.change("Attends every day", List.of(WALK), "")));
        assertEquals(List.of("reason"), fields(PlanRules.retirement(null)));
        assertEquals(List.of(), PlanRules.retirement("Achieved"));
        assertEquals(List.of("text"), fields(PlanRules.recommendation("x".repeat(PlanRules.MAX_TEXT + 1), List.of())));
        assertEquals(List.of("task-1-what"), fields(PlanRules.recommendation("Attends",
                List.of(WALK, WALK, WALK, WALK, WALK, WALK))), "more tasks than the form offers");
    }
}
