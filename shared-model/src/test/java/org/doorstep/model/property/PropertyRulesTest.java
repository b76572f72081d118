package org.doorstep.model.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PropertyRulesTest {

    @Test
    @DisplayName("R5.4-child-property: an item needs what it is and where it is, each up to 300 characters; a child looked after is told from the legal status")
    void rules() {
        assertTrue(PropertyRules.item("Blue bike", "At the foster home").isEmpty());
        assertEquals("description", PropertyRules.item(" ", "At the foster home").get(0).field());
        assertEquals("location", PropertyRules.item("Blue bike", "x".repeat(301)).get(0).field());
        assertTrue(PropertyRules.location("ü".repeat(300)).isEmpty());
        assertTrue(PropertyRules.lookedAfter("Looked after child (section 20)"));
        assertTrue(PropertyRules.lookedAfter("Care order (section 31)"));
        assertFalse(PropertyRules.lookedAfter("Child in need"));
        assertFalse(PropertyRules.lookedAfter(null));
    }
}
