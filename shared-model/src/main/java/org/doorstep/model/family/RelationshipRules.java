package org.doorstep.model.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.visit.Violation;
import org.doorstep.model.wire.FactProposal;

/**
 * Whether a proposed relationship (R5.6-genogram) may go to a supervisor: both people known on the
 * case, two different people, a kind the genogram knows, an end not before the start, and nothing
 * the family already holds between them ({@link Family#problem}). The tablet asks before it queues
 * the proposal, the server again before it stores it; each message names the proposal's field
 * ({@code relationFrom}, {@code relationKind}, {@code relationTo}, {@code until}).
 */
public final class RelationshipRules {

    public static final String REQUIREMENT = "R5.6-genogram";

    private RelationshipRules() {
    }

    /**
     * Everything wrong with a relationship proposal, as a whole ({@link org.doorstep.model.record.RecordRules#proposal}:
     * its id, its reason) and as a relationship of {@code family} ({@link #check}); empty when it may be sent.
     */
    public static List<Violation> proposal(FactProposal p, Family family) {
        List<Violation> v = new ArrayList<>(org.doorstep.model.record.RecordRules.proposal(p));
        v.addAll(check(p, family));
        return v;
    }

    /** What is wrong with the relationship {@code p} proposes for {@code family}; empty when it may be proposed. */
    public static List<Violation> check(FactProposal p, Family family) {
        List<Violation> v = new ArrayList<>();
        if (blank(p.relationFrom())) {
            v.add(new Violation("relationFrom", REQUIREMENT, "Choose the first person."));
        } else if (family.person(p.relationFrom()).isEmpty()) {
            v.add(new Violation("relationFrom", REQUIREMENT, "Choose someone on the child's record."));
        }
        if (blank(p.relationKind())) {
            v.add(new Violation("relationKind", REQUIREMENT, "Choose how the two people are related."));
        } else if (!Relationship.FORM_KINDS.contains(p.relationKind())) {
            v.add(new Violation("relationKind", REQUIREMENT, "Choose one of: " + String.join(", ", Relationship.FORM_KINDS) + "."));
        }
        if (blank(p.relationTo())) {
            v.add(new Violation("relationTo", REQUIREMENT, "Choose the second person."));
        } else if (family.person(p.relationTo()).isEmpty()) {
            v.add(new Violation("relationTo", REQUIREMENT, "Choose someone on the child's record."));
        }
        if (!v.isEmpty()) {
            return v;
        }
        Optional<Relationship> r = Relationship.ofForm(p.relationFrom(), p.relationKind(), p.relationTo(), p.since(), p.until());
        family.problem(r.orElseThrow()).ifPresent(problem -> v.add(new Violation(field(problem.part()), REQUIREMENT, problem.message())));
        return v;
    }

    /** The relationship a valid proposal names. */
    public static Relationship relationshipOf(FactProposal p) {
        return Relationship.ofForm(p.relationFrom(), p.relationKind(), p.relationTo(), p.since(), p.until()).orElseThrow();
    }

    private static String field(String part) {
        return switch (part) {
            case "from" -> "relationFrom";
            case "until" -> "until";
            default -> "relationTo";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
