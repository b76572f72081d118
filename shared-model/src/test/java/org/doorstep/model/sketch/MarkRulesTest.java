package org.doorstep.model.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkRulesTest {

    private static Mark sized(Double cm) {
        return new Mark(1, 10, 10, null, "left forearm", cm, null, List.of(), null, null, List.of(), null, null,
                MarkBasis.SEEN, null);
    }

    @Test
    @DisplayName("R1-sketch: the form's size rule and the signed Mark agree at every edge: 0 and 1000 taken by both, below 0 and above 1000 refused by both; typed forms read alike")
    void formAndMarkAgree() {
        for (String typed : new String[] {"0", "0.0", "0.04", "1000", "2,5", "2.5 cm", "-0.1", "1000.1", "NaN", "Infinity"}) {
            MarkRules.TypedSize s = MarkRules.size(typed);
            boolean markTakes;
            try {
                double raw = Double.parseDouble(typed.replace(',', '.').replace("cm", "").strip());
                sized(raw);
                markTakes = true;
            } catch (IllegalArgumentException e) {
                markTakes = false;
            }
            assertEquals(markTakes, s.ok(), "form and Mark agree on '" + typed + "'");
            if (s.ok()) {
                assertEquals(s.cm(), sized(s.cm()).sizeCm(), "the form's value is the stored value");
            }
        }
        assertEquals(0.0, MarkRules.size("0").cm());
        assertEquals(2.5, MarkRules.size(" 2,5 cm ").cm());
        assertNull(MarkRules.size("  ").cm());
        assertTrue(MarkRules.size("").ok(), "not measured is allowed");
        assertEquals(MarkRules.SIZE_NOT_A_NUMBER, MarkRules.size("two").problem());
        assertEquals(MarkRules.SIZE_RANGE, MarkRules.size("-1").problem());
        assertThrows(IllegalArgumentException.class, () -> sized(-0.5));
        assertFalse(MarkRules.textProblem("x".repeat(Mark.MAX_TEXT)).isPresent());
        assertTrue(MarkRules.textProblem("x".repeat(Mark.MAX_TEXT + 1)).isPresent());
    }
}
