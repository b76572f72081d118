package org.doorstep.model.visit;

import static org.doorstep.model.visit.SampleNotes.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.doorstep.model.json.Json;
import org.doorstep.model.plain.Glossary;
import org.doorstep.model.plain.JargonLeft;
import org.doorstep.model.plain.PlainLanguageAdvisor;
import org.doorstep.model.signing.SignedNote;
import org.doorstep.model.signing.SigningKey;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.HouseholdPerson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules the field trial of issue 12 asked for, as the tablet and the server both run them. */
class FieldTrialRulesTest {

    private final VisitRules rules = new VisitRules(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    private List<Violation> about(VisitNote n, String field) {
        return rules.checkSigned(n).stream().filter(v -> v.field().equals(field)).toList();
    }

    @Test
    @DisplayName("R5.2-child-seen: a child seen but not alone needs the reason, as a child not seen does")
    void seenNotAloneNeedsReason() {
        VisitNote notAlone = with(SampleNotes.complete(), n -> n.put("childSeenAlone", false));
        List<Violation> v = about(notAlone, "reasonNotSeenAlone");
        assertEquals(1, v.size());
        assertEquals("Say why the child was not seen alone.", v.get(0).message());
        assertEquals("R5.2-child-seen", v.get(0).requirement());
        VisitNote withReason = with(notAlone, n -> n.put("reasonNotSeenAlone", "Her mother would not leave the room."));
        assertEquals(List.of(), rules.checkSigned(withReason));
        assertEquals(List.of(), about(SampleNotes.complete(), "reasonNotSeenAlone"), "seen alone: nothing to explain");
    }

    @Test
    @DisplayName("R5.2-child-seen R1-signed: a note signed before the form asked why not alone still reads and verifies: "
            + "the new field is absent from its signed bytes, not null")
    void olderNoteStillVerifies() {
        SigningKey key = SigningKey.generate();
        SignedNote signed = SignedNote.sign(SampleNotes.complete(), "device-1", key);
        ((com.fasterxml.jackson.databind.node.ObjectNode) signed.note()).remove("reasonNotSeenAlone");
        SignedNote older = new SignedNote("device-1", signed.note(), key.signBase64(signed.canonicalBytes()));
        assertNull(older.visitNote().reasonNotSeenAlone());
        assertEquals(true, older.verifiesWith(key.verifyingKey()));
    }

    @Test
    @DisplayName("R5.2-failed: a failed visit may be one moment (start = end); a completed visit may not")
    void failedVisitOneMoment() {
        String at = "2026-11-24T10:00:00Z";
        VisitNote knock = with(SampleNotes.noResponse(), n -> n.put("visitStart", at).put("visitEnd", at));
        assertEquals(List.of(), rules.checkSigned(knock));
        VisitNote completed = with(SampleNotes.complete(), n -> n.put("visitStart", at).put("visitEnd", at));
        assertEquals("The visit must end after it started.", about(completed, "visitEnd").get(0).message());
    }

    @Test
    @DisplayName("R5.2-present: a household member becomes a person present with name and role, from data or from one line")
    void householdMemberAsPresent() {
        assertEquals(new PresentPerson("Jo Thompson", "mother"),
                new HouseholdPerson(1L, "Jo Thompson", "mother", true, null).asPresent());
        assertEquals(new PresentPerson("Jade Smith", "mother"),
                new HouseholdPerson(2L, "Jade Smith, mother", null, true, null).asPresent());
        assertEquals(new PresentPerson("Jade Smith", "mother"),
                new HouseholdPerson(3L, "Jade Smith, mother, parental responsibility", null, true, null).asPresent());
        assertEquals(new PresentPerson("Liam Thompson", "brother, 4"),
                new HouseholdPerson(4L, "Liam Thompson (brother, 4)", null, false, null).asPresent());
        assertEquals(new PresentPerson("Mrs Khan", ""), new HouseholdPerson(5L, "Mrs Khan", null, false, null).asPresent());
    }

    @Test
    @DisplayName("R10-plain: the jargon left in a note is listed once per term, with the field it is in, across every "
            + "free-text field and in any case")
    void jargonLeftInNote() {
        VisitNote n = with(SampleNotes.complete(), x -> x.put("purpose", "s47 follow-up, CP plan")
                .put("carerViews", "Ms Smith asked what the S47 means."));
        List<String> lines = JargonLeft.in(n, new PlainLanguageAdvisor(Glossary.defaults())).stream()
                .map(JargonLeft::line).toList();
        assertEquals(List.of("'s47' in Purpose: try child protection enquiry (section 47)",
                "'CP' in Purpose: try child protection"), lines);
    }

    @Test
    @DisplayName("R5.2-failed: the caseload says when the last visit did not go ahead, and that the child was not seen")
    void lastVisitLine() {
        ZoneId london = ZoneId.of("Europe/London");
        Instant at = Instant.parse("2026-12-03T09:15:00Z");
        CaseSummary failed = summary(at, VisitOutcome.NO_RESPONSE);
        assertEquals("Last visit: no answer, 3 Dec 2026 (child not seen)", failed.lastVisitLine(london));
        assertEquals("Last visit 3 Dec 2026, 09:15", summary(at, VisitOutcome.COMPLETED).lastVisitLine(london));
        assertEquals("Last visit 3 Dec 2026, 09:15", summary(at, null).lastVisitLine(london), "older server: as before");
        assertEquals("No visit recorded yet", summary(null, null).lastVisitLine(london));
        CaseSummary read = Json.read(Json.write(failed), CaseSummary.class);
        assertEquals(VisitOutcome.NO_RESPONSE, read.lastVisitOutcome());
    }

    private static CaseSummary summary(Instant lastVisit, VisitOutcome outcome) {
        return new CaseSummary("C-1", "Amelia Smith", null, null, null, List.of(), List.of(), lastVisit, null, null, null,
                null, List.of(), List.of(), List.of(), outcome, null, null);
    }
}
