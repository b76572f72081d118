package org.doorstep.model.visit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.doorstep.model.json.Json;
import org.doorstep.model.record.Balance;
import org.doorstep.model.signing.CanonicalJson;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VisitBalanceTest {

    private static final VisitRules RULES =
            new VisitRules(java.time.Clock.fixed(java.time.Instant.parse("2026-11-24T12:00:00Z"), java.time.ZoneOffset.UTC));

    @Test
    @DisplayName("R5.4-balance, R1-signed: a note signed before strengths and concerns keeps its canonical bytes; empty ones are left out")
    void olderNotesKeepTheirBytes() throws Exception {
        SignedNote old;
        try (InputStream in = getClass().getResourceAsStream("/org/doorstep/model/signing/note-signed-before-attachments.json")) {
            old = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SignedNote.class);
        }
        VisitNote typed = old.visitNote();
        assertEquals(Balance.NOT_RECORDED, typed.balance());
        assertArrayEquals(old.canonicalBytes(), CanonicalJson.of(Json.tree(typed)));
        assertArrayEquals(old.canonicalBytes(), CanonicalJson.of(Json.tree(typed.withBalance("", " ".strip()))));
        String json = Json.write(typed);
        assertFalse(json.contains("strengths") || json.contains("concerns") || json.contains("balance"), json);
    }

    @Test
    @DisplayName("R5.4-balance: strengths and concerns are signed; changing either breaks the signature; one side alone is flagged, not refused")
    void strengthsAndConcernsAreSignedAndOneSideIsFlagged() {
        SigningKey device = SigningKey.generate();
        VisitNote concernsOnly = SampleNotes.complete().withBalance(null, "No food in the kitchen.");
        assertEquals(Balance.CONCERNS_ONLY, concernsOnly.balance());
        assertTrue(concernsOnly.balance().flag().orElseThrow().contains("no strengths"));
        assertEquals(java.util.List.of(), RULES.check(concernsOnly), "flagged, never refused");

        SignedNote signed = SignedNote.sign(concernsOnly.withBalance("Gran collects her from school.", "No food in the kitchen."),
                "d1", device);
        assertTrue(signed.verifiesWith(device.verifyingKey()));
        assertEquals(Balance.BALANCED, signed.visitNote().balance());
        com.fasterxml.jackson.databind.node.ObjectNode altered = signed.note().deepCopy();
        altered.put("strengths", "Everything is fine.");
        assertFalse(new SignedNote("d1", altered, signed.signature()).verifiesWith(device.verifyingKey()));

        VisitNote tooLong = SampleNotes.complete().withBalance("x".repeat(Balance.MAX_TEXT + 1), null);
        assertTrue(RULES.check(tooLong).stream().anyMatch(v -> v.field().equals("strengths")));
        assertTrue(tooLong.freeText().containsKey("Strengths"), "the plain-language check reads it too");
    }
}
