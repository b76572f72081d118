package org.doorstep.model.visit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doorstep.model.wire.HouseholdPerson;

/**
 * The people a child's earlier visits recorded as present, offered again on the tablet as one-tap
 * "who was present" choices (R5.2-present): the household is offered from the record already, so
 * this is everyone else the visits met (a grandmother, a teacher, the practitioner). Each person
 * once, by name, with the role the latest visit gave them.
 */
public final class KnownPeople {

    /** Enough to cover the regulars of a case without a page of buttons. */
    public static final int MOST = 12;

    private KnownPeople() {
    }

    /**
     * @param presentNewestFirst each earlier visit's "present" list, the latest visit first
     * @param household          the household already offered from the record, left out here; a member kept
     *                           as one line ("Jo Smith, mother") is matched by its name part too
     */
    public static List<PresentPerson> from(List<List<PresentPerson>> presentNewestFirst, List<HouseholdPerson> household) {
        List<String> names = new ArrayList<>();
        for (HouseholdPerson m : household) {
            names.add(m.name());
            names.add(m.name().split(",")[0]);
        }
        return fromNames(presentNewestFirst, names);
    }

    static List<PresentPerson> fromNames(List<List<PresentPerson>> presentNewestFirst, Collection<String> householdNames) {
        Set<String> seen = new HashSet<>();
        householdNames.forEach(n -> seen.add(key(n)));
        List<PresentPerson> out = new ArrayList<>();
        for (List<PresentPerson> visit : presentNewestFirst) {
            for (PresentPerson p : visit) {
                if (p == null || p.name() == null || p.name().isBlank() || !seen.add(key(p.name()))) {
                    continue;
                }
                out.add(new PresentPerson(p.name().strip(), p.role() == null ? "" : p.role().strip()));
                if (out.size() == MOST) {
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * Whether two names are the same person for "who was present": case, surrounding and repeated
     * spaces aside. The tablet uses it to offer each person once; {@link #from} to list them once.
     */
    public static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
