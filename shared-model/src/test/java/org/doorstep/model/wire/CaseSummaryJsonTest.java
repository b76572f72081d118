package org.doorstep.model.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseSummaryJsonTest {

    @Test
    @DisplayName("R5.1-basic: the household travels as data at the end of the summary; a cache written before it still reads, with no members")
    void householdAsData() {
        HouseholdPerson mother = new HouseholdPerson(7L, "Jo Smith", "mother", true, LocalDate.of(2025, 9, 15));
        CaseSummary now = new CaseSummary("C-1", "Amelia Smith", LocalDate.of(2017, 3, 14), "12 Elm Road", "Child in need",
                List.of("Jo Smith, mother (parental responsibility)"), List.of(), null, null, null, null, null, List.of(),
                List.of(mother));
        String json = Json.write(now);
        assertFalse(json.contains("described"), "only the record's components go on the wire");
        assertEquals(now, Json.read(json, CaseSummary.class));
        assertEquals("Jo Smith, mother", mother.described());

        String older = json.substring(0, json.indexOf(",\"householdMembers\"")) + "}";
        CaseSummary read = Json.read(older, CaseSummary.class);
        assertNull(read.householdMembers());
        assertEquals(List.of("Jo Smith, mother (parental responsibility)"), read.household());
    }
}
