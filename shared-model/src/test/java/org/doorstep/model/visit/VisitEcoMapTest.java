package org.doorstep.model.visit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doorstep.model.family.EcoMap;
import org.doorstep.model.json.Json;
import org.doorstep.model.signing.CanonicalJson;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The eco-map as a signed part of the visit note (R5.6-genogram), checked by the one rules place both sides call. */
class VisitEcoMapTest {

    private static final VisitRules RULES =
            new VisitRules(java.time.Clock.fixed(java.time.Instant.parse("2026-11-24T12:00:00Z"), java.time.ZoneOffset.UTC));

    static final EcoMap MAP = new EcoMap("Mia Reed", List.of(
            new EcoMap.Tie("Elm Road Primary", EcoMap.Kind.SCHOOL, EcoMap.Strength.STRONG),
            new EcoMap.Tie("Dr Shah", EcoMap.Kind.GP, EcoMap.Strength.WEAK),
            new EcoMap.Tie("Dad's new partner", EcoMap.Kind.FAMILY, EcoMap.Strength.STRESSFUL)));

    @Test
    @DisplayName("R5.6-genogram, R1-signed: a note signed before eco-maps keeps its canonical bytes and signature; no eco-map is not in the JSON")
    void olderNotesKeepTheirBytes() throws Exception {
        SignedNote old;
        try (InputStream in = getClass().getResourceAsStream("/org/doorstep/model/signing/note-signed-before-attachments.json")) {
            old = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SignedNote.class);
        }
        VisitNote typed = old.visitNote();
        assertNull(typed.ecoMap());
        assertArrayEquals(old.canonicalBytes(), CanonicalJson.of(Json.tree(typed)));
        assertArrayEquals(old.canonicalBytes(), CanonicalJson.of(Json.tree(typed.withEcoMap(null))));
        assertFalse(Json.write(typed).contains("ecoMap"), Json.write(typed));
    }

    @Test
    @DisplayName("R5.6-genogram: the eco-map is signed with the note: it reads back the same, and changing a tie's strength breaks the signature")
    void ecoMapIsSigned() {
        SigningKey device = SigningKey.generate();
        SignedNote signed = SignedNote.sign(SampleNotes.complete().withEcoMap(MAP), "d1", device);
        assertTrue(signed.verifiesWith(device.verifyingKey()));
        assertEquals(MAP, signed.visitNote().ecoMap());
        assertEquals(List.of(), RULES.check(signed.visitNote()));
        // the other with* keep it
        assertEquals(MAP, signed.visitNote().withBalance("a", "b").withAttachments(List.of()).onDuty(null).ecoMap());

        com.fasterxml.jackson.databind.node.ObjectNode altered = signed.note().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) altered.get("ecoMap").get("ties").get(2)).put("strength", "STRONG");
        assertFalse(new SignedNote("d1", altered, signed.signature()).verifiesWith(device.verifyingKey()));
    }

    @Test
    @DisplayName("R5.6-genogram: the visit rules refuse a malformed eco-map, each problem naming its tie's field")
    void malformedEcoMapIsRefused() {
        EcoMap bad = new EcoMap("Mia Reed", List.of(new EcoMap.Tie(" ", EcoMap.Kind.CLUB, EcoMap.Strength.WEAK),
                new EcoMap.Tie("Scouts", null, null), new EcoMap.Tie("x".repeat(EcoMap.NAME_LIMIT + 1), EcoMap.Kind.OTHER, EcoMap.Strength.WEAK)));
        List<Violation> v = RULES.check(SampleNotes.complete().withEcoMap(bad));
        assertEquals(List.of("ecoMap-0-name", "ecoMap-1-kind", "ecoMap-1-strength", "ecoMap-2-name"),
                v.stream().map(Violation::field).toList());
        assertTrue(v.stream().allMatch(x -> x.requirement().equals("R5.6-genogram")));
        assertEquals("Choose how the child's tie to it feels: strong, weak or stressful", v.get(2).message());

        List<EcoMap.Tie> many = new java.util.ArrayList<>();
        for (int i = 0; i <= EcoMap.MAX_TIES; i++) {
            many.add(new EcoMap.Tie("Tie " + i, EcoMap.Kind.OTHER, EcoMap.Strength.WEAK));
        }
        assertEquals(List.of("ecoMap"), RULES.check(SampleNotes.complete().withEcoMap(new EcoMap("Mia", many))).stream()
                .map(Violation::field).toList());
    }
}
