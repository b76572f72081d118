package org.doorstep.server.family;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.model.family.Family;
import org.doorstep.model.family.FamilyPerson;
import org.doorstep.model.family.Genogram;
import org.doorstep.model.family.Relationship;
import org.doorstep.model.family.Sex;
import org.doorstep.model.record.TextLimits;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.model.record.TypedDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The child's family as the genogram draws it (R5.6-genogram): the child, the household as recorded
 * (current members inside the household outline), and the relatives and relationships added on the
 * genogram page. Every addition is checked by the shared model's {@link Family} and recorded as a
 * management decision with its reason in the same transaction, as changes to the household are.
 */
@ApplicationScoped
@Named("familyRecord")
public class FamilyRecord {

    public static final String CHILD = "child";

    /** A person as a form's choice: key and name. */
    @TemplateData
    public record Choice(String key, String name) {
    }

    /** What the case record and the genogram page show. */
    @TemplateData
    public record Section(String caseId, String svg, List<String> relationships, List<Choice> people, List<Choice> undescribedMembers) {
    }

    private final Clock clock;
    private final ZoneId zone;
    private final EntityManager em;
    private final Decisions decisions;

    FamilyRecord(Clock clock, @ConfigProperty(name = "doorstep.zone", defaultValue = "Europe/London") ZoneId zone, EntityManager em,
                 Decisions decisions) {
        this.clock = clock;
        this.zone = zone;
        this.em = em;
        this.decisions = decisions;
    }

    public Family of(ChildCase c) {
        return assemble(c, DeclaredIdentity.current(c.caseId), Relative.list("caseId = ?1 order by id", c.caseId),
                HouseholdMember.of(c.caseId), Kinship.<Kinship>list("caseId = ?1 order by id", c.caseId));
    }

    private static Family assemble(ChildCase c, DeclaredIdentity identity, List<Relative> relatives, List<HouseholdMember> members,
                                   List<Kinship> kin) {
        List<FamilyPerson> people = new ArrayList<>();
        people.add(new FamilyPerson(CHILD, DeclaredIdentity.nameOf(c), Sex.ofDeclared(identity == null ? null : identity.gender),
                c.dateOfBirth, false, null, true, true));
        Map<Long, Relative> described = new HashMap<>();
        relatives.stream().filter(r -> r.householdMemberId != null).forEach(r -> described.put(r.householdMemberId, r));
        for (HouseholdMember m : members) {
            Relative r = described.get(m.id);
            String name = nameOf(m);
            people.add(r == null ? new FamilyPerson("m" + m.id, name, Sex.OTHER_UNKNOWN, null, false, null, m.current(), false)
                    : new FamilyPerson("m" + m.id, name, Sex.valueOf(r.sex), r.bornOn, r.deceased, r.diedOn, m.current(), false));
        }
        relatives.stream().filter(r -> r.householdMemberId == null).forEach(r -> people.add(
                new FamilyPerson(r.key(), r.name, Sex.valueOf(r.sex), r.bornOn, r.deceased, r.diedOn, false, false)));
        List<Relationship> rels = kin.stream().map(Kinship::relationship).toList();
        return new Family(people, rels);
    }

    /**
     * The genogram the tablet keeps (R5.6-genogram): only the child and the current household, the
     * people the caseload already names, so the tablet learns nothing new about anyone else.
     */
    public Family forTablet(ChildCase c) {
        return of(c).amongst(FamilyRecord::keptOnTablet);
    }

    /**
     * {@link #forTablet} for a whole caseload in four queries, not four per case (issue 14: a caseload
     * of 40 cases made 160 round trips for its genograms). Same rows, same order per case.
     */
    public Map<String, Family> forTablets(List<ChildCase> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        List<String> ids = cases.stream().map(c -> c.caseId).toList();
        Map<String, DeclaredIdentity> identity = new HashMap<>();
        DeclaredIdentity.<DeclaredIdentity>list("caseId in ?1 order by id desc", ids).forEach(d -> identity.putIfAbsent(d.caseId, d));
        Map<String, List<Relative>> relatives = byCase(Relative.<Relative>list("caseId in ?1 order by id", ids), r -> r.caseId);
        Map<String, List<HouseholdMember>> members = byCase(HouseholdMember.<HouseholdMember>list("caseId in ?1 order by "
                + "case when leftOn is null then 0 else 1 end, leftOn desc, position", ids), m -> m.caseId);
        Map<String, List<Kinship>> kin = byCase(Kinship.<Kinship>list("caseId in ?1 order by id", ids), k -> k.caseId);
        Map<String, Family> out = new HashMap<>();
        for (ChildCase c : cases) {
            out.put(c.caseId, assemble(c, identity.get(c.caseId), relatives.getOrDefault(c.caseId, List.of()),
                    members.getOrDefault(c.caseId, List.of()), kin.getOrDefault(c.caseId, List.of())).amongst(FamilyRecord::keptOnTablet));
        }
        return out;
    }

    private static boolean keptOnTablet(FamilyPerson p) {
        return p.child() || p.inHousehold();
    }

    private static <T> Map<String, List<T>> byCase(List<T> rows, java.util.function.Function<T, String> caseOf) {
        Map<String, List<T>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(caseOf.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }

    public String svg(ChildCase c) {
        return Genogram.svg(of(c), today(), DeclaredIdentity.nameOf(c));
    }

    public Section section(ChildCase c) {
        Family f = of(c);
        List<Choice> people = f.people().stream().map(p -> new Choice(p.id(), p.name())).toList();
        List<Long> describedIds = Relative.<Relative>list("caseId = ?1 and householdMemberId is not null", c.caseId).stream()
                .map(r -> r.householdMemberId).toList();
        List<Choice> undescribed = HouseholdMember.of(c.caseId).stream().filter(m -> !describedIds.contains(m.id))
                .map(m -> new Choice("m" + m.id, nameOf(m))).toList();
        return new Section(c.caseId, Genogram.svg(f, today(), DeclaredIdentity.nameOf(c)), Genogram.relationshipLines(f), people,
                undescribed);
    }

    /** For the case record's section, by case id. */
    public Section section(String caseId) {
        return section(ChildCase.<ChildCase>findById(caseId));
    }

    /**
     * Adds a relative, or gives a household member ({@code member} "m&lt;id&gt;") a sex and dates. Errors
     * name the fields {@code person-FIELD}.
     */
    @Transactional
    public List<FieldError> addPerson(ChildCase c, Staff by, String member, String name, String sexValue, String born, String died,
                                      boolean deceased, String reason) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        List<FieldError> errors = new ArrayList<>();
        LocalDate bornOn = date("person-born", born, errors);
        LocalDate diedOn = date("person-died", died, errors);
        HouseholdMember m = null;
        if (member != null && !member.isBlank()) {
            m = member.matches("m[0-9]{1,18}") ? HouseholdMember.findById(Long.parseLong(member.substring(1))) : null;
            if (m == null || !m.caseId.equals(c.caseId) || Relative.count("householdMemberId", m.id) > 0) {
                errors.add(new FieldError("person-member", "Choose a household member who has no details yet, or someone new"));
            } else if (name == null || name.isBlank()) {
                name = nameOf(m);
            }
        }
        Sex sex = Sex.ofForm(sexValue);
        if (sex == null) {
            errors.add(new FieldError("person-sex", "Choose male, female, or other or not known"));
        }
        FamilyPerson.problems(name, bornOn, diedOn, today()).forEach(v -> addOnce(errors, "person-" + v.field(), v.message()));
        reason(errors, "person-reason", reason);
        if (!errors.isEmpty()) {
            return errors;
        }
        Relative r = new Relative();
        r.caseId = c.caseId;
        r.householdMemberId = m == null ? null : m.id;
        r.name = name.strip();
        r.sex = sex.name();
        r.bornOn = bornOn;
        r.diedOn = diedOn;
        r.deceased = deceased || diedOn != null;
        r.recordedBy = by.username;
        r.recordedAt = clock.instant();
        r.persist();
        decisions.onRecord(c.caseId, by, ManagementDecision.RECORD_CHANGED, "Genogram: " + r.name + " added to the family",
                "Reason: " + reason.strip(), null);
        return List.of();
    }

    /**
     * Adds a relationship between two people of the genogram; {@code kind} is {@code parent-of},
     * {@code sibling-of} or a partnership ({@code married}, {@code partnered}, {@code separated},
     * {@code divorced}). The shared model refuses what cannot be, with its reason.
     */
    @Transactional
    public List<FieldError> addRelationship(ChildCase c, Staff by, String from, String kind, String to, String since, String until,
                                            String reason) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        List<FieldError> errors = new ArrayList<>();
        LocalDate sinceOn = date("relationship-since", since, errors);
        LocalDate untilOn = date("relationship-until", until, errors);
        Optional<Relationship> r = Relationship.ofForm(from, kind, to, sinceOn, untilOn);
        if (r.isEmpty()) {
            errors.add(new FieldError("relationship-kind", "Choose how the two people are related"));
        }
        reason(errors, "relationship-reason", reason);
        Family family = of(c);
        if (r.isPresent()) {
            family.problem(r.get()).ifPresent(p -> errors.add(new FieldError(
                    p.part().equals("until") ? "relationship-until" : "relationship-from", p.message())));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String line = store(c, family, r.get(), by.username);
        decisions.onRecord(c.caseId, by, ManagementDecision.RECORD_CHANGED, "Genogram: " + line, "Reason: " + reason.strip(), null);
        return List.of();
    }

    /**
     * Adds a relationship a supervisor confirmed from a proposal (R5.6-genogram), in the caller's
     * transaction, which records the decision: the family is asked again, as it may have changed
     * since the proposal was made. The relationship in words once added, or why it cannot be.
     */
    public org.doorstep.server.caseload.RecordChanges.Change addRelationship(ChildCase c, Relationship r, String proposedBy) {
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        Family family = of(c);
        Optional<Family.Problem> problem = family.problem(r);
        if (problem.isPresent()) {
            return new org.doorstep.server.caseload.RecordChanges.Change(null, problem.get().message());
        }
        return new org.doorstep.server.caseload.RecordChanges.Change("Genogram: " + store(c, family, r, proposedBy), null);
    }

    /** A proposed relationship in words with the names the record holds now ("Jo Reed is partner of Sam Reed, since 2021-03-01"). */
    public String inWords(ChildCase c, Relationship r) {
        Family f = of(c);
        return Genogram.relationshipLines(new Family(f.people(), List.of(r))).get(0);
    }

    private String store(ChildCase c, Family family, Relationship r, String recordedBy) {
        Kinship k = new Kinship();
        k.caseId = c.caseId;
        k.kind = r.kind().name();
        k.fromKey = r.from();
        k.toKey = r.to();
        k.bond = r.bond() == null ? null : r.bond().name();
        k.sinceOn = r.since();
        k.untilOn = r.until();
        k.recordedBy = recordedBy;
        k.recordedAt = clock.instant();
        k.persist();
        return Genogram.relationshipLines(new Family(family.people(), List.of(r))).get(0);
    }

    private static void reason(List<FieldError> errors, String field, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(new FieldError(field, "Enter the reason for the change"));
        } else {
            TextLimits.tooLong("The reason", why, TextLimits.REASONS).ifPresent(m -> errors.add(new FieldError(field, m)));
        }
    }

    /** The name alone: older members hold one line, "Jade Smith, mother", and the drawing has room for the name. */
    private static String nameOf(HouseholdMember m) {
        return m.name != null ? m.name : m.description.split(",")[0].strip();
    }

    /** A date typed by hand ("31 3 1980") or by a date field; an unreadable one gets its message beside the field. */
    private static LocalDate date(String field, String typed, List<FieldError> errors) {
        TypedDate d = TypedDate.read(typed);
        if (d.error() != null) {
            errors.add(new FieldError(field, d.error()));
        }
        return d.orNull();
    }

    private static void addOnce(List<FieldError> errors, String field, String message) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
