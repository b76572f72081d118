package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RectificationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String NOTE = "0195a1b2-0000-7000-8000-000000000001";

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("R11-rectify: a request with when, who, their relationship, what is wrong and what they ask for is accepted, with or without a visit note")
    void goodRequest() {
        assertEquals(List.of(), RectificationRules.request(new RectificationRequest(TODAY, "Jade Smith", "Mother",
                "The note says she was drunk; she says she was not.", "Remove the word 'drunk'.", NOTE), TODAY));
        assertEquals(List.of(), RectificationRules.request(new RectificationRequest(TODAY.minusDays(40), "Jade Smith", "Mother",
                "Wrong date of birth.", "Correct it.", null), TODAY));
    }

    @Test
    @DisplayName("R11-rectify: a request missing what the log needs, dated in the future or naming no real note is refused field by field")
    void badRequest() {
        List<Violation> v = RectificationRules.request(new RectificationRequest(TODAY.plusDays(1), " ", null, "",
                "x".repeat(RectificationRules.MAX_TEXT + 1), "not-a-note"), TODAY);
        assertEquals(List.of("receivedOn", "requesterName", "relationship", "whatIsWrong", "askedFor", "concernsNoteId"), fields(v));
        assertTrue(v.get(0).message().contains("today or in the past"));
        assertTrue(v.stream().allMatch(x -> x.requirement().equals("R11-rectify")));
        assertEquals(List.of("receivedOn"), fields(RectificationRules.request(
                new RectificationRequest(null, "A", "B", "C", "D", null), TODAY)));
    }

    @Test
    @DisplayName("R11-rectify: an answer needs an outcome and reasons; a correcting note only where something was corrected")
    void answers() {
        assertEquals(List.of(), RectificationRules.answer(new RectificationAnswer("corrected", "Agreed; see the new note.", NOTE)));
        assertEquals(List.of(), RectificationRules.answer(new RectificationAnswer("refused", "The note records what was seen.", null)));
        assertEquals(List.of("outcome", "reasons"), fields(RectificationRules.answer(new RectificationAnswer("maybe", " ", null))));
        assertEquals(List.of("correctionNoteId"), fields(RectificationRules.answer(new RectificationAnswer("refused", "No.", NOTE))));
        assertEquals(List.of("correctionNoteId"), fields(RectificationRules.answer(
                new RectificationAnswer("partly-corrected", "Part.", "note 7"))));
    }
}
