package org.doorstep.model.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.record.ProposalKind;
import org.doorstep.model.record.RecordRules;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.FactProposal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R5.6-genogram: the one set of rules the tablet and the server ask about a proposed relationship. */
class RelationshipRulesTest {

    private static final String ID = "01935f3e-8a4b-7c2d-9e1f-123456789abc";
    private static final Family FAMILY = FamilySamples.threeGenerations();

    private static FactProposal proposal(String from, String kind, String to, LocalDate since, LocalDate until) {
        return FactProposal.relationship(ID, from, kind, to, since, until, "Mia told me at the visit.");
    }

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("R5.6-genogram: two people on the record, a known kind and dates in order may be proposed")
    void aGoodProposal() {
        FactProposal p = proposal("mia", "sibling-of", "ava", LocalDate.of(2019, 1, 1), null);
        assertEquals(List.of(), RecordRules.proposal(p));
        assertEquals(List.of(), RelationshipRules.check(p, FAMILY));
        assertEquals(Relationship.siblings("mia", "ava").kind(), RelationshipRules.relationshipOf(p).kind());
        assertEquals(ProposalKind.RELATIONSHIP.wire(), p.kind());
    }

    @Test
    @DisplayName("R5.6-genogram: a person not on the case, the same person twice or an unknown kind is named beside its field")
    void peopleAndKind() {
        List<Violation> v = RelationshipRules.check(proposal("stranger", "cousin-of", null, null, null), FAMILY);
        assertEquals(List.of("relationFrom", "relationKind", "relationTo"), fields(v));
        FactProposal empty = FactProposal.relationship(ID, null, null, null, null, null, " ");
        assertEquals(List.of("reason", "relationFrom", "relationKind", "relationTo"), fields(RelationshipRules.proposal(empty, FAMILY)),
                "the whole proposal's problems at once");
        assertEquals("Choose someone on the child's record.", v.get(0).message());
        assertTrue(v.stream().allMatch(x -> x.requirement().equals("R5.6-genogram")));
        List<Violation> same = RelationshipRules.check(proposal("mia", "sibling-of", "mia", null, null), FAMILY);
        assertEquals(List.of("relationTo"), fields(same));
        assertEquals("Choose two different people.", same.get(0).message());
    }

    @Test
    @DisplayName("R5.6-genogram: an end before the start is refused beside the end date")
    void datesInOrder() {
        List<Violation> v = RelationshipRules.check(proposal("mia", "sibling-of", "ava", LocalDate.of(2020, 5, 1),
                LocalDate.of(2019, 5, 1)), FAMILY);
        assertEquals(List.of("until"), fields(v));
        assertEquals("The end date cannot be before the start date.", v.get(0).message());
    }

    @Test
    @DisplayName("R5.6-genogram: a relationship the record already holds between the two is not proposed twice")
    void noDuplicate() {
        List<Violation> v = RelationshipRules.check(proposal("mum", "married", "dad", null, null), FAMILY);
        assertEquals(List.of("relationTo"), fields(v));
        assertEquals("These two people already have a relationship on the record.", v.get(0).message());
    }

    @Test
    @DisplayName("R5.6-genogram: a household proposal carries no relationship parts, and a relationship no value")
    void partsOnlyForTheirKind() {
        FactProposal household = new FactProposal(ID, "communication-needs", "BSL", null, null, null, "Seen.", null,
                "mia", "sibling-of", "ava", null, null);
        assertEquals(List.of("relationKind"), fields(RecordRules.proposal(household)));
        FactProposal withValue = new FactProposal(ID, "relationship", "Mia and Ava", null, null, null, "Seen.", null,
                "mia", "sibling-of", "ava", null, null);
        assertEquals(List.of("value"), fields(RecordRules.proposal(withValue)));
    }
}
