package org.doorstep.model.family;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people on a genogram and the relationships between them. The one place that says whether a
 * relationship may be added ({@link #problemWith}): the server asks it before a proposal is
 * recorded and again before a decision applies it.
 */
public record Family(List<FamilyPerson> people, List<Relationship> relationships) {

    public Family {
        people = List.copyOf(people);
        relationships = List.copyOf(relationships);
    }

    public Optional<FamilyPerson> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Why {@code r} cannot join this family, in words for the person proposing it; empty when it can. */
    public Optional<String> problemWith(Relationship r) {
        return problem(r).map(Problem::message);
    }

    /**
     * One thing wrong with a relationship, tied to the part of it the person chose ({@code from},
     * {@code to}, {@code until}) so a form shows it beside that field.
     */
    public record Problem(String part, String message) {
    }

    /** {@link #problemWith}, with the part of the relationship it concerns. */
    public Optional<Problem> problem(Relationship r) {
        if (person(r.from()).isEmpty()) {
            return Optional.of(new Problem("from", "Both people must be on the record."));
        }
        if (person(r.to()).isEmpty()) {
            return Optional.of(new Problem("to", "Both people must be on the record."));
        }
        if (r.from().equals(r.to())) {
            return Optional.of(new Problem("to", "Choose two different people."));
        }
        if (r.since() != null && r.until() != null && r.until().isBefore(r.since())) {
            return Optional.of(new Problem("until", "The end date cannot be before the start date."));
        }
        for (Relationship o : relationships) {
            if (o.involves(r.from()) && o.involves(r.to())) {
                return Optional.of(new Problem("to", "These two people already have a relationship on the record."));
            }
        }
        if (r.kind() == Relationship.Kind.PARENT_OF) {
            long parents = relationships.stream().filter(o -> o.kind() == Relationship.Kind.PARENT_OF && o.to().equals(r.to())).count();
            if (parents >= 2) {
                return Optional.of(new Problem("to", "This person already has two parents on the record."));
            }
            if (isAncestor(r.to(), r.from())) {
                return Optional.of(new Problem("to", "A person cannot be the parent of their own parent or grandparent."));
            }
        }
        try {
            new Family(people, append(r)).generations();
        } catch (IllegalStateException e) {
            return Optional.of(new Problem("to",
                    "This would put people in impossible generations (for example a partner who is also a grandchild)."));
        }
        return Optional.empty();
    }

    /** Only the people {@code keep} accepts, and the relationships between two of them. */
    public Family amongst(java.util.function.Predicate<FamilyPerson> keep) {
        List<FamilyPerson> kept = people.stream().filter(keep).toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        kept.forEach(p -> ids.add(p.id()));
        return new Family(kept, relationships.stream().filter(r -> ids.contains(r.from()) && ids.contains(r.to())).toList());
    }

    public Family with(Relationship r) {
        return new Family(people, append(r));
    }

    private List<Relationship> append(Relationship r) {
        List<Relationship> all = new java.util.ArrayList<>(relationships);
        all.add(r);
        return all;
    }

    private boolean isAncestor(String ancestor, String of) {
        for (Relationship o : relationships) {
            if (o.kind() == Relationship.Kind.PARENT_OF && o.to().equals(of)) {
                if (o.from().equals(ancestor) || isAncestor(ancestor, o.from())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A couple with no parents on the record sits right above its nearest child, not in the top
     * row, so a line need not cross generations. Moves are only downward and never past a child.
     */
    private void pullDownTowardsChildren(Map<String, Integer> gen) {
        boolean changed = true;
        for (int round = 0; changed && round < people.size() + 2; round++) {
            changed = false;
            for (FamilyPerson p : people) {
                java.util.Set<String> row = sameRow(p.id());
                boolean hasParents = relationships.stream().anyMatch(r -> r.kind() == Relationship.Kind.PARENT_OF && row.contains(r.to()));
                if (hasParents) {
                    continue;
                }
                int target = relationships.stream().filter(r -> r.kind() == Relationship.Kind.PARENT_OF && row.contains(r.from()))
                        .mapToInt(r -> gen.get(r.to()) - 1).min().orElse(-1);
                int now = gen.get(p.id());
                if (target > now) {
                    row.forEach(id -> gen.put(id, target));
                    changed = true;
                }
            }
        }
    }

    /** Everyone joined to {@code id} by partner or sibling lines, who must share its row. */
    private java.util.Set<String> sameRow(String id) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(List.of(id));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Relationship r : relationships) {
                if (r.kind() != Relationship.Kind.PARENT_OF && (out.contains(r.from()) != out.contains(r.to()))) {
                    out.add(r.from());
                    out.add(r.to());
                    grew = true;
                }
            }
        }
        return out;
    }

    /**
     * Each person's generation, 0 for the eldest row: a child is at least one below each parent,
     * partners and siblings share a row. Throws when the relationships allow no such rows.
     */
    public Map<String, Integer> generations() {
        Map<String, Integer> gen = new LinkedHashMap<>();
        people.forEach(p -> gen.put(p.id(), 0));
        int limit = people.size() * people.size() + 2;
        boolean changed = true;
        for (int round = 0; changed; round++) {
            if (round > limit) {
                throw new IllegalStateException("relationships allow no generation rows");
            }
            changed = false;
            for (Relationship r : relationships) {
                Integer a = gen.get(r.from());
                Integer b = gen.get(r.to());
                if (a == null || b == null) {
                    continue;
                }
                if (r.kind() == Relationship.Kind.PARENT_OF) {
                    if (b < a + 1) {
                        gen.put(r.to(), a + 1);
                        changed = true;
                    }
                } else if (!a.equals(b)) {
                    gen.put(a < b ? r.from() : r.to(), Math.max(a, b));
                    changed = true;
                }
            }
        }
        pullDownTowardsChildren(gen);
        int min = gen.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        Map<String, Integer> out = new HashMap<>();
        gen.forEach((k, v) -> out.put(k, v - min));
        return out;
    }
}
