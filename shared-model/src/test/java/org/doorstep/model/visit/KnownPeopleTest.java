package org.doorstep.model.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KnownPeopleTest {

    private static PresentPerson p(String name, String role) {
        return new PresentPerson(name, role);
    }

    @Test
    @DisplayName("R5.2-present: people met at earlier visits, each once with their latest role, household left out")
    void peopleFromEarlierVisits() {
        List<List<PresentPerson>> visits = List.of(
                List.of(p("Amara Okafor", "social worker"), p("Jade Smith", "mother"), p("Susan Evans", "grandmother, visiting")),
                List.of(p("amara  okafor", "student social worker"), p("Mr Jones", "head teacher"), p("Susan Evans", "gran")),
                List.of(p(" ", "nobody"), p("Jade Smith", "mother")));
        assertEquals(List.of(p("Amara Okafor", "social worker"), p("Susan Evans", "grandmother, visiting"),
                p("Mr Jones", "head teacher")), KnownPeople.from(visits,
                List.of(new org.doorstep.model.wire.HouseholdPerson(1L, "Jade Smith , mother", null, true, null))));
    }

    @Test
    @DisplayName("R5.2-present: a name is the same person whatever its case and spacing, so the tablet offers them once")
    void sameName() {
        assertTrue(KnownPeople.sameName(" amara  OKAFOR", "Amara Okafor"));
        assertFalse(KnownPeople.sameName("Amara Okafor", "Amara Okafor-Jones"));
        assertFalse(KnownPeople.sameName("", "Amara Okafor"));
    }

    @Test
    @DisplayName("R5.2-present: at most a dozen are offered, the most recently met first")
    void capped() {
        List<PresentPerson> many = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            many.add(p("Person " + i, "neighbour"));
        }
        List<PresentPerson> known = KnownPeople.from(List.of(many), List.of());
        assertEquals(KnownPeople.MOST, known.size());
        assertEquals("Person 1", known.get(0).name());
    }
}
