package org.doorstep.model.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlainWritingTest {

    @Test
    @DisplayName("R10-plain: judgemental or offensive wording is pointed out with what to write instead, beside the glossary's jargon and acronyms, in text order; advice only")
    void judgementalWordingBesideJargon() {
        String text = "Mum was Aggressive at the door. The LAC review is next week. The home was filthy and chaotic.";
        List<Advice> advice = PlainWriting.defaults().advise(text);
        assertEquals(List.of("Aggressive", "LAC", "filthy", "chaotic"), advice.stream().map(Advice::term).toList());
        assertEquals(Advice.Kind.JUDGEMENTAL, advice.get(0).kind());
        assertEquals(Advice.Kind.ACRONYM, advice.get(1).kind());
        assertTrue(advice.get(0).message().contains("may read as a judgement of the person"), advice.get(0).message());
        assertTrue(advice.get(2).message().contains("what you saw"));
        assertEquals("Aggressive", text.substring(advice.get(0).start(), advice.get(0).end()));
    }

    @Test
    @DisplayName("R10-plain: plain factual words are not pointed out; a word in both lists is pointed out once; the list loads and has no acronym-only entries")
    void noNoise() {
        assertTrue(PlainWriting.defaults().advise("Amelia showed me her room. She was lying on the sofa and talked about "
                + "her mental health nurse, who she likes.").isEmpty());
        assertEquals(1, PlainWriting.defaults().advise("He was manipulative.").size());
        assertTrue(PlainWriting.judgementalWords().terms().size() >= 20);
        assertTrue(PlainWriting.defaults().advise(null).isEmpty());
    }
}
