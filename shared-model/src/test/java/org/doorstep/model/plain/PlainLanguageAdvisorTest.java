package org.doorstep.model.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlainLanguageAdvisorTest {

    private final PlainLanguageAdvisor advisor = new PlainLanguageAdvisor(Glossary.defaults());

    private List<String> terms(String text) {
        return advisor.advise(text).stream().map(Advice::term).toList();
    }

    @Test
    @DisplayName("R10-plain: plain text gets no advice")
    void plainText() {
        assertEquals(List.of(), advisor.advise("Amelia showed me her room and the drawing she made at school."));
        assertEquals(List.of(), advisor.advise(""));
        assertEquals(List.of(), advisor.advise(null));
    }

    @Test
    @DisplayName("R10-plain: a glossary acronym gets its span and plain suggestion")
    void glossaryAcronym() {
        String text = "Amelia has been LAC since March.";
        Advice a = advisor.advise(text).get(0);
        assertEquals("LAC", text.substring(a.start(), a.end()));
        assertEquals("LAC", a.term());
        assertEquals("child in care (looked-after child)", a.suggestion());
        assertEquals(Advice.Kind.ACRONYM, a.kind());
        assertEquals("'LAC' is not explained, and the child or family may not know it. "
                + "Try: child in care (looked-after child).", a.message());
    }

    @Test
    @DisplayName("R10-plain: an unknown acronym is pointed out with how to explain it")
    void unknownAcronym() {
        List<Advice> advice = advisor.advise("Mum has a meeting with the HAT next week.");
        assertEquals(1, advice.size());
        assertEquals("HAT", advice.get(0).term());
        assertEquals("'HAT' is not explained, and the child or family may not know it. "
                + "Try: plain words, or the words in full followed by (HAT) the first time.", advice.get(0).message());
    }

    @Test
    @DisplayName("R10-plain: 'Long Form (ABC)' explains later uses but not earlier ones")
    void longFormThenAcronym() {
        String text = "The HAT will call. Housing Action Team (HAT) staff came; the HAT said yes.";
        List<Advice> advice = advisor.advise(text);
        assertEquals(1, advice.size());
        assertEquals(text.indexOf("HAT"), advice.get(0).start());
    }

    @Test
    @DisplayName("R10-plain: 'ABC (long form)' explains the acronym, also a glossary acronym")
    void acronymThenLongForm() {
        assertEquals(List.of(), terms("The HAT (housing action team) came. The HAT said yes."));
        assertEquals(List.of(), terms("We held a CP (child protection) meeting. The CP plan stays."));
        assertEquals(List.of(), terms("This is a child protection enquiry (S47). The S47 ends Friday."));
    }

    @Test
    @DisplayName("R10-plain: GP, NHS, TV and OK are plain already")
    void allowList() {
        assertEquals(List.of(), terms("The GP said it was OK. The NHS letter was by the TV."));
    }

    @Test
    @DisplayName("R10-plain: jargon words and phrases, any case, whole words, plurals")
    void jargon() {
        String text = "Contact with dad went well. She was presenting as   tired; Placements were discussed.";
        List<Advice> advice = advisor.advise(text);
        assertEquals(List.of("Contact", "presenting as", "Placements"),
                advice.stream().map(a -> a.term().replaceAll("\\s+", " ")).toList());
        assertEquals("Contact", advice.get(0).term());
        assertEquals("family time", advice.get(0).suggestion());
        assertEquals(Advice.Kind.JARGON, advice.get(0).kind());
        assertEquals(text.indexOf("presenting"), advice.get(1).start());
        assertEquals("Placements", advice.get(2).term());
        assertEquals("home", advice.get(2).suggestion());
        assertEquals("'Contact' is professional language. Try: family time.", advice.get(0).message());
        assertEquals(List.of(), terms("I contacted the school about the displacement."));
    }

    @Test
    @DisplayName("R10-plain: hyphenated jargon matches with a hyphen, a space or neither")
    void hyphens() {
        assertEquals(List.of("non-compliant", "non compliant", "noncompliant"),
                terms("Dad was non-compliant, then non compliant, then noncompliant."));
    }

    @Test
    @DisplayName("R10-plain: glossary acronyms and S47-style section numbers match in any case, but an everyday word "
            + "in lower case is not an acronym")
    void acronymsInAnyCase() {
        assertEquals(List.of("S47", "CIN"), terms("A S47 was opened; she is CIN."));
        assertEquals(List.of("cin", "s47", "Cp"), terms("The cin and s47 are lower case. Cp plan."));
        assertEquals(List.of(), terms("I will send the letter; mash for tea."));
        assertEquals(List.of("SEND"), terms("She has SEND."));
        assertEquals("child protection enquiry (section 47)", advisor.advise("the s47 visit").get(0).suggestion());
    }

    @Test
    @DisplayName("R10-plain: overlapping matches keep the longer one")
    void longestWins() {
        Glossary g = Glossary.of(Map.of("family time", "time with family", "time", "when"), Set.of());
        List<Advice> advice = new PlainLanguageAdvisor(g).advise("We arranged family time.");
        assertEquals(1, advice.size());
        assertEquals("family time", advice.get(0).term());
    }

    @Test
    @DisplayName("R10-plain: advice comes in text order with spans that point at the text")
    void spansInOrder() {
        String text = "The IRO and LADO met about the PLO and the ICPC and RCPC.";
        List<Advice> advice = advisor.advise(text);
        assertEquals(List.of("IRO", "LADO", "PLO", "ICPC", "RCPC"), advice.stream().map(Advice::term).toList());
        for (Advice a : advice) {
            assertEquals(a.term(), text.substring(a.start(), a.end()));
        }
    }

    @Test
    @DisplayName("R10-plain: the organisation's glossary is used by the advisor")
    void organisationGlossary() {
        Glossary local = Glossary.parse("contact = time with family\nHAT = housing team\nplain: DWP");
        PlainLanguageAdvisor a = new PlainLanguageAdvisor(Glossary.defaults().merge(local));
        List<Advice> advice = a.advise("Contact is on Monday. The HAT and the DWP wrote.");
        assertEquals(List.of("Contact", "HAT"), advice.stream().map(Advice::term).toList());
        assertEquals("time with family", advice.get(0).suggestion());
        assertEquals("housing team", advice.get(1).suggestion());
        assertTrue(advice.stream().allMatch(x -> x.message().contains("Try:")));
    }
}
