package org.doorstep.model.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    @Test
    @DisplayName("R10-plain: the shipped glossary holds about 40 children's social care terms and a plain list")
    void defaults() {
        Glossary g = Glossary.defaults();
        assertTrue(g.terms().size() >= 40, "terms: " + g.terms().size());
        assertEquals(Optional.of("child in care (looked-after child)"), g.suggestion("LAC"));
        assertEquals(Optional.of("child protection"), g.suggestion("CP"));
        assertEquals(Optional.of("child in need"), g.suggestion("CIN"));
        assertEquals(Optional.of("child protection enquiry (section 47)"), g.suggestion("S47"));
        assertEquals(Optional.of("family time"), g.suggestion("Contact"));
        assertEquals(Optional.of("home"), g.suggestion("placement"));
        for (String t : new String[] {"PLO", "IRO", "LADO", "ICPC", "RCPC", "presenting as", "non-compliant"}) {
            assertTrue(g.suggestion(t).isPresent(), t);
        }
        for (String a : new String[] {"GP", "NHS", "TV", "OK"}) {
            assertTrue(g.isPlain(a), a);
        }
        assertFalse(g.isPlain("LAC"));
    }

    @Test
    @DisplayName("R10-plain: an organisation's glossary extends the default and wins on the same term")
    void mergeLaterWins() {
        Glossary local = Glossary.parse("""
                # our words
                placement = where the child lives
                TAF = team around the family
                plain: DWP, HMRC
                """);
        Glossary merged = Glossary.defaults().merge(local);
        assertEquals(Optional.of("where the child lives"), merged.suggestion("Placement"));
        assertEquals(Optional.of("team around the family"), merged.suggestion("TAF"));
        assertEquals(Optional.of("family time"), merged.suggestion("contact"));
        assertTrue(merged.isPlain("DWP") && merged.isPlain("GP"));
        assertEquals(Optional.of("home"), Glossary.defaults().suggestion("placement"), "the default is unchanged");
    }

    @Test
    @DisplayName("R10-plain: acronyms are kept in capitals, other terms in any case, later lines win")
    void keys() {
        Glossary g = Glossary.parse("Presenting   As = seemed\nCP = child protection\ncp = lower\npresenting as = looked");
        assertEquals(Optional.of("looked"), g.suggestion("presenting as"));
        assertEquals(Optional.of("child protection"), g.suggestion("CP"));
        assertEquals(Optional.of("lower"), g.suggestion("cp"));
    }

    @Test
    @DisplayName("R10-plain: a broken glossary line is refused with its number")
    void brokenLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Glossary.parse("LAC = child in care\nplacement home"));
        assertEquals("Glossary line 2 needs the form 'term = plain words': placement home", e.getMessage());
        assertEquals("Glossary line 1 needs both a term and plain words to suggest.",
                assertThrows(IllegalArgumentException.class, () -> Glossary.parse("CP =")).getMessage());
    }
}
