package org.doorstep.model.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Families for tests: a generated one of any size, and a fixed three-generation one. */
public final class FamilySamples {

    private FamilySamples() {
    }

    /**
     * {@code size} people grown from the child: each new person is a parent, child, partner or
     * sibling of someone already there, accepted only when {@link Family#problemWith} allows it.
     */
    public static Family generated(int size, long seed) {
        Random rnd = new Random(seed);
        Sex[] sexes = Sex.values();
        List<FamilyPerson> people = new ArrayList<>();
        people.add(new FamilyPerson("p0", "Child 0", sexes[rnd.nextInt(3)], LocalDate.of(2016, 5, 1), false, null, true, true));
        Family f = new Family(people, List.of());
        int guard = 0;
        while (f.people().size() < size && guard++ < 10_000) {
            FamilyPerson anchor = f.people().get(rnd.nextInt(f.people().size()));
            String id = "p" + f.people().size();
            FamilyPerson fresh = new FamilyPerson(id, "Person " + f.people().size(), sexes[rnd.nextInt(3)],
                    rnd.nextInt(5) == 0 ? null : LocalDate.of(1930 + rnd.nextInt(90), 1 + rnd.nextInt(12), 1), rnd.nextInt(8) == 0, null,
                    rnd.nextInt(3) == 0, false);
            List<FamilyPerson> more = new ArrayList<>(f.people());
            more.add(fresh);
            Family grown = new Family(more, f.relationships());
            Relationship r = switch (rnd.nextInt(4)) {
                case 0 -> Relationship.parentOf(id, anchor.id());
                case 1 -> Relationship.parentOf(anchor.id(), id);
                case 2 -> Relationship.partners(anchor.id(), id, Bond.values()[rnd.nextInt(4)]);
                default -> Relationship.siblings(anchor.id(), id);
            };
            if (grown.problemWith(r).isEmpty()) {
                f = grown.with(r);
                // a new child of one of a couple is often the couple's child
                if (r.kind() == Relationship.Kind.PARENT_OF && r.from().equals(anchor.id())) {
                    for (Relationship o : f.relationships()) {
                        if (o.kind() == Relationship.Kind.PARTNER_OF && o.involves(anchor.id()) && rnd.nextBoolean()) {
                            String other = o.from().equals(anchor.id()) ? o.to() : o.from();
                            Relationship second = Relationship.parentOf(other, id);
                            if (f.problemWith(second).isEmpty()) {
                                f = f.with(second);
                            }
                            break;
                        }
                    }
                }
            }
        }
        return f;
    }

    /** Grandparents, parents (divorced), the child and a half-sibling: three generations, eight people. */
    public static Family threeGenerations() {
        List<FamilyPerson> people = List.of(
                new FamilyPerson("gf", "George Reed", Sex.MALE, LocalDate.of(1948, 3, 2), true, LocalDate.of(2019, 6, 1), false, false),
                new FamilyPerson("gm", "Ada Reed", Sex.FEMALE, LocalDate.of(1951, 7, 9), false, null, false, false),
                new FamilyPerson("dad", "Sam Reed", Sex.MALE, LocalDate.of(1984, 1, 20), false, null, false, false),
                new FamilyPerson("mum", "Jo Reed", Sex.FEMALE, LocalDate.of(1987, 11, 3), false, null, true, false),
                new FamilyPerson("new", "Alex Kim", Sex.OTHER_UNKNOWN, null, false, null, true, false),
                new FamilyPerson("mia", "Mia Reed", Sex.FEMALE, LocalDate.of(2016, 4, 12), false, null, true, true),
                new FamilyPerson("leo", "Leo Reed", Sex.MALE, LocalDate.of(2013, 9, 30), false, null, true, false),
                new FamilyPerson("ava", "Ava Kim", Sex.FEMALE, LocalDate.of(2023, 2, 14), false, null, true, false));
        List<Relationship> rels = List.of(
                Relationship.partners("gf", "gm", Bond.MARRIED),
                Relationship.parentOf("gf", "dad"), Relationship.parentOf("gm", "dad"),
                new Relationship(Relationship.Kind.PARTNER_OF, "dad", "mum", Bond.DIVORCED, LocalDate.of(2010, 6, 5), LocalDate.of(2020, 2, 1)),
                Relationship.partners("mum", "new", Bond.PARTNERED),
                Relationship.parentOf("dad", "mia"), Relationship.parentOf("mum", "mia"),
                Relationship.parentOf("dad", "leo"), Relationship.parentOf("mum", "leo"),
                Relationship.parentOf("mum", "ava"), Relationship.parentOf("new", "ava"));
        return new Family(people, rels);
    }
}
