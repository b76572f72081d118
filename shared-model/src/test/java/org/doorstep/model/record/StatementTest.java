package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatementTest {

    @Test
    @DisplayName("R11-fact-opinion: fact and opinion, first-hand and third-party are labelled apart")
    void labels() {
        assertEquals("Fact, first-hand", Statement.observed("There was no food in the fridge.").label());
        assertEquals("Opinion, first-hand", Statement.opinion("Amelia seemed tired.").label());
        assertEquals("Opinion, reported by Mrs Khan (neighbour)",
                Statement.reported("Mum is not coping.", Statement.Kind.OPINION, " Mrs Khan (neighbour) ").label());
        assertEquals("Fact, reported by Mr Jones (head teacher)",
                Statement.reported("Amelia missed 4 days of school.", Statement.Kind.FACT, "Mr Jones (head teacher)").label());
    }

    @Test
    @DisplayName("R11-fact-opinion: third-party information must say who said it")
    void thirdPartyNeedsWho() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statement.reported("Dad was shouting.", Statement.Kind.FACT, " "));
        assertEquals("Say who told you this, and their role or relationship to the child.", e.getMessage());
        assertEquals("Say whether this is a fact or an opinion.",
                assertThrows(IllegalArgumentException.class,
                        () -> new Statement("x", null, Statement.Source.FIRST_HAND, null)).getMessage());
        assertEquals("You named who said this, so mark it as told to you by someone else, not as first-hand.",
                assertThrows(IllegalArgumentException.class,
                        () -> new Statement("x", Statement.Kind.FACT, Statement.Source.FIRST_HAND, "Mum")).getMessage());
        assertEquals("", Statement.observed(" x ").saidBy());
    }
}
