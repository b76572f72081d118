package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.ContactRecord;
import org.doorstep.model.wire.FactProposal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String ID = "01935f3e-8a4b-7c2d-9e1f-123456789abc";

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("R5.5-chronology: a dated fact with a source is accepted, also from before the case opened")
    void chronologyFact() {
        assertEquals(List.of(), RecordRules.chronology(new ChronologyLine(LocalDate.of(2014, 3, 2),
                "Referral from the school nurse about missed appointments.", "School nurse letter, 2 March 2014"), TODAY));
    }

    @Test
    @DisplayName("R5.5-chronology: opinion, a missing source and a future date are refused with plain messages")
    void chronologyRefusals() {
        List<Violation> v = RecordRules.chronology(new ChronologyLine(TODAY.plusDays(1),
                "Mother is probably drinking again.", " "), TODAY);
        assertEquals(List.of("date", "fact", "source"), fields(v));
        assertTrue(v.get(1).message().contains("'probably' reads as an opinion"), v.get(1).message());
        assertTrue(v.stream().allMatch(x -> x.requirement().equals("R5.5-chronology")));
    }

    @Test
    @DisplayName("R5.3-contacts: decisions need who made them and the reasons; the method is one of four")
    void contactDecisionsNeedReasons() {
        ContactRecord call = new ContactRecord(TODAY, "call", "Mr Patel, class teacher", "Attendance this week 100%.",
                null, null, null);
        assertEquals(List.of(), RecordRules.contact(call, TODAY));
        ContactRecord decided = new ContactRecord(TODAY, "fax", "Mr Patel, class teacher", "Attendance this week 100%.",
                "Move the review forward.", " ", null);
        assertEquals(List.of("method", "decidedBy", "reasons"), fields(RecordRules.contact(decided, TODAY)));
    }

    @Test
    @DisplayName("R5.1-basic: a household proposal needs an id, a value, parental responsibility and a reason")
    void proposalRules() {
        FactProposal joins = new FactProposal(ID, "household-joins", "Dan Reid, mother's partner", false, null,
                null, "Ms Smith told me Dan moved in last week.", null);
        assertEquals(List.of(), RecordRules.proposal(joins));
        FactProposal bad = new FactProposal("not-a-uuid", "household-joins", " ", null, null, null, "", "x");
        assertEquals(List.of("proposalId", "value", "parentalResponsibility", "reason", "noteId"),
                fields(RecordRules.proposal(bad)));
        FactProposal unknownKind = new FactProposal(ID, "pets", "a dog", null, null, null, "seen", null);
        assertEquals(List.of("kind"), fields(RecordRules.proposal(unknownKind)));
    }

    @Test
    @DisplayName("R5.1-basic R5.1-gender: a proposed value must fit the fact it becomes when confirmed; the value seen is bounded too")
    void proposalValueFitsItsFact() {
        String name = "N".repeat(RecordRules.MAX_NAME + 1);
        assertEquals(List.of("value"), fields(RecordRules.proposal(
                new FactProposal(ID, "declared-name", name, null, null, null, "She told me.", null))));
        assertEquals(List.of(), fields(RecordRules.proposal(
                new FactProposal(ID, "communication-needs", name, null, null, null, "Seen at the visit.", null))));
        assertEquals(List.of("value"), fields(RecordRules.proposal(
                new FactProposal(ID, "declared-gender", "G".repeat(RecordRules.MAX_GENDER + 1), null, null, null, "Told me.", null))));
        assertEquals(List.of("value"), fields(RecordRules.proposal(new FactProposal(ID, "household-joins",
                "M".repeat(RecordRules.MAX_MEMBER + 1), true, null, null, "Moved in.", null))));
        assertEquals(List.of("seenValue"), fields(RecordRules.proposal(new FactProposal(ID, "communication-needs", "Signs",
                null, null, "S".repeat(RecordRules.MAX_VALUE + 1), "Seen at the visit.", null))));
        String longReason = "R".repeat(RecordRules.MAX_LEFT_REASON + 1);
        assertEquals(List.of("reason"), fields(RecordRules.proposal(
                new FactProposal(ID, "household-leaves", null, null, 7L, null, longReason, null))));
        assertEquals(List.of(), fields(RecordRules.proposal(
                new FactProposal(ID, "household-leaves", "To his brother's", null, 7L, null, longReason, null))));
    }

    @Test
    @DisplayName("R5.1-basic: a change to a fact on the record needs the value, a date that has passed and a reason; an NHS number must pass its check digit")
    void factChangeRules() {
        assertEquals(List.of(), RecordRules.factChange(FactKind.PLACEMENT, "Foster care with Linda Hart", TODAY,
                "Emergency placement agreed by the duty manager.", TODAY));
        assertEquals(List.of("value", "from", "reason"),
                fields(RecordRules.factChange(FactKind.LEGAL_STATUS, " ", TODAY.plusDays(1), "", TODAY)));
        assertEquals(List.of(), RecordRules.factChange(FactKind.NHS_NUMBER, "943 476 5919", TODAY, "GP letter.", TODAY));
        List<Violation> wrong = RecordRules.factChange(FactKind.NHS_NUMBER, "943 476 5918", TODAY, "GP letter.", TODAY);
        assertEquals(List.of("value"), fields(wrong));
        assertTrue(wrong.get(0).message().startsWith("This is not a valid NHS number"), wrong.get(0).message());
    }

    @Test
    @DisplayName("R5.1-gender: the declared name or gender changes with a date and a reason, no document; something must change")
    void identityChangeRules() {
        assertEquals(List.of(), RecordRules.identityChange("Eden Smith", "", "Ethan Smith", "Boy", TODAY,
                "Eden asked to be called Eden at the visit.", TODAY));
        assertEquals(List.of("name", "reason"), fields(RecordRules.identityChange("Ethan Smith", " ", "Ethan Smith", "Boy",
                TODAY, " ", TODAY)));
    }

    @Test
    @DisplayName("R5.1-basic R5.4-current-historical: joining needs name, relationship, parental responsibility and a date; leaving cannot be before joining")
    void householdRules() {
        assertEquals(List.of(), RecordRules.memberJoins("Kyle Brown", "mother's partner", false, TODAY, "Ms Smith told me.", TODAY));
        assertEquals(List.of("name", "relationship", "parentalResponsibility", "joinedOn", "reason"),
                fields(RecordRules.memberJoins("", "", null, null, "", TODAY)));
        assertEquals(List.of(), RecordRules.memberLeaves(TODAY, TODAY.minusYears(1), "Moved to his brother's.", TODAY));
        assertEquals(List.of("leftOn", "reason"), fields(RecordRules.memberLeaves(TODAY.minusYears(2), TODAY.minusYears(1), "", TODAY)));
    }
}
