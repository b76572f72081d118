package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2017-03-14", " 14 3 2017 ", "14/3/2017", "14/03/2017", "14.3.2017", "14-3-2017"})
    @DisplayName("R5.1-basic: a date reads the same from a date field or typed day first")
    void readsEveryWayPeopleTypeIt(String typed) {
        assertEquals(LocalDate.of(2017, 3, 14), TypedDate.read(typed).orNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 2 2026", "2026-13-01", "tomorrow", "14 3 17", "3/14"})
    @DisplayName("R5.1-basic: a date that is not real gets the one message")
    void notADate(String typed) {
        assertEquals(TypedDate.NOT_A_DATE, TypedDate.read(typed).error());
        assertNull(TypedDate.read(typed).orNull());
    }

    @Test
    @DisplayName("R11-rectify: the three boxes of a GOV.UK date input: blank is blank, a missing part is named, a wrong one is not real")
    void threeBoxes() {
        assertInstanceOf(TypedDate.Blank.class, TypedDate.read(" ", "", null));
        assertNull(TypedDate.read("").error(), "blank is for the form's rules to ask for");
        assertEquals(LocalDate.of(2026, 9, 3), TypedDate.read("3", "9", "2026").orNull());
        assertEquals("The date must include a month", TypedDate.read("3", "", "2026").error());
        assertEquals("The date must include a day and a year", TypedDate.read("", "9", "").error());
        assertEquals(TypedDate.NOT_A_DATE, TypedDate.read("30", "2", "2026").error());
        assertEquals(TypedDate.NOT_A_DATE, TypedDate.read("3", "9", "26").error());
    }
}
