package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BalanceTest {

    @Test
    @DisplayName("R5.4-balance: concerns with no strengths, or strengths with no concerns, is flagged; both, or neither recorded apart, is not; only the length can be wrong")
    void oneSidedIsFlaggedNotRefused() {
        assertEquals(Balance.BALANCED, Balance.of("Goes to school every day", "New partner not yet checked"));
        assertEquals(Balance.CONCERNS_ONLY, Balance.of("  ", "New partner not yet checked"));
        assertEquals(Balance.STRENGTHS_ONLY, Balance.of("Goes to school every day", null));
        assertEquals(Balance.NOT_RECORDED, Balance.of(null, ""));
        assertTrue(Balance.CONCERNS_ONLY.flagged() && Balance.STRENGTHS_ONLY.flagged());
        assertFalse(Balance.BALANCED.flagged() || Balance.NOT_RECORDED.flagged());
        assertTrue(Balance.CONCERNS_ONLY.flag().orElseThrow().contains("no strengths"));
        assertTrue(Balance.lengths("", null).isEmpty(), "either may be empty");
        assertEquals("concerns", Balance.lengths("ok", "x".repeat(Balance.MAX_TEXT + 1)).get(0).field());
        assertTrue(Balance.lengths("ü".repeat(Balance.MAX_TEXT), null).isEmpty());
    }
}
