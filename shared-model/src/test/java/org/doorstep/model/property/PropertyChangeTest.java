package org.doorstep.model.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.visit.SampleNotes;
import org.doorstep.model.visit.VisitNote;
import org.doorstep.model.visit.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PropertyChangeTest {

    @Test
    @DisplayName("R5.4-child-property: a visit's changes are signed with the note and read back the same; none are left out of the JSON")
    void changesAreSigned() {
        SigningKey device = SigningKey.generate();
        VisitNote note = SampleNotes.complete().withPropertyChanges(List.of(PropertyChange.added("Blue bike", "In the shed"),
                PropertyChange.of(PropertyChange.Kind.LOST, 7L, null)));
        SignedNote signed = SignedNote.sign(note, "d1", device);
        assertTrue(signed.verifiesWith(device.verifyingKey()));
        assertEquals(note.propertyChanges(), signed.visitNote().propertyChanges());
        com.fasterxml.jackson.databind.node.ObjectNode altered = signed.note().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) altered.get("propertyChanges").get(1)).put("itemId", 8);
        assertFalse(new SignedNote("d1", altered, signed.signature()).verifiesWith(device.verifyingKey()));
        assertFalse(Json.write(SampleNotes.complete()).contains("propertyChanges"), "no changes: absent, so older notes keep their bytes");
    }

    @Test
    @DisplayName("R5.4-child-property: a new item needs what and where, a move needs where, a lost item needs only which; each message in words")
    void rules() {
        assertEquals(List.of(), PropertyRules.changes(List.of(PropertyChange.of(PropertyChange.Kind.LOST, 3L, null))));
        List<Violation> v = PropertyRules.changes(List.of(PropertyChange.added(" ", "Shed"),
                PropertyChange.of(PropertyChange.Kind.MOVED, 3L, ""),
                new PropertyChange(PropertyChange.Kind.RETURNED, null, null, "With her")));
        assertEquals(List.of("Enter what the item is, for example: blue bike, photo album of her nan",
                "Enter where the item is now, for example: with the child at the foster home",
                "Say which of the child's things this is."), v.stream().map(Violation::message).toList());
        assertTrue(v.stream().allMatch(x -> x.field().equals("propertyChanges")));
    }
}
