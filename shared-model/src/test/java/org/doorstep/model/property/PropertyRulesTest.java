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

    @Test
    @DisplayName("R5.4-child-property: a correction changes the list by what it adds to the version it corrects; the earlier "
            + "version's changes, copied into it as signed (or with spaces around), are not applied twice, and a change signed twice counts twice")
    void correctionAddsOnlyItsOwnChanges() {
        PropertyChange bikeMoved = PropertyChange.of(PropertyChange.Kind.MOVED, 7, "At the foster home");
        PropertyChange album = PropertyChange.added("Photo album", "In his bedroom");
        PropertyChange bikeToNan = PropertyChange.of(PropertyChange.Kind.MOVED, 7, "At his nan's");
        PropertyChange albumSpaced = PropertyChange.added(" Photo album ", "In his bedroom ");
        assertEquals(java.util.List.of(bikeToNan),
                PropertyRules.newInCorrection(java.util.List.of(bikeMoved, album), java.util.List.of(bikeMoved, albumSpaced, bikeToNan)));
        assertEquals(java.util.List.of(), PropertyRules.newInCorrection(java.util.List.of(bikeMoved, album), java.util.List.of(album)),
                "a change left out is not undone");
        assertEquals(java.util.List.of(album), PropertyRules.newInCorrection(java.util.List.of(album), java.util.List.of(album, album)));
        assertEquals(java.util.List.of(album), PropertyRules.newInCorrection(java.util.List.of(), java.util.List.of(album)));
    }
}
