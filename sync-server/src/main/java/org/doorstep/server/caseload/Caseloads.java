package org.doorstep.server.caseload;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.model.json.Json;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.visit.KnownPeople;
import org.doorstep.model.visit.PresentPerson;
import org.doorstep.model.visit.VisitOutcome;
import org.doorstep.model.wire.CaseSummary;
import org.doorstep.model.wire.Caseload;
import org.doorstep.model.wire.HouseholdPerson;
import org.doorstep.model.wire.ChronologyLine;
import org.doorstep.model.wire.PlanRecommendation;
import org.doorstep.model.visit.RecordedAs;
import org.doorstep.model.wire.PlanTask;
import org.doorstep.server.cover.Covers;
import org.doorstep.server.forms.FormVersions;
import org.doorstep.server.people.Staff;
import org.doorstep.server.plans.PlanTaskRow;
import org.doorstep.server.people.Practitioner;
import org.doorstep.server.summaries.SummaryRow;

/**
 * The cases allocated to a practitioner, with what a tablet needs to visit and read the record offline:
 * basic record (R5.1-basic, current values only, R5.4-current-historical), household with parental
 * responsibility (as data, and as lines for older tablets), plan recommendations and the newest chronology lines (R5.5-chronology).
 * One query per kind of fact for the whole caseload, never one per case.
 */
@ApplicationScoped
public class Caseloads {

    /** How many of a case's latest visits are read for the people they met. */
    static final int VISITS_READ = 10;

    private final EntityManager em;
    private final FormVersions forms;
    private final Covers covers;
    private final org.doorstep.server.family.FamilyRecord familyRecord;
    private final org.doorstep.server.attachments.Attachments attachments;
    private final java.time.ZoneId zone;

    Caseloads(EntityManager em, FormVersions forms, Covers covers, org.doorstep.server.family.FamilyRecord familyRecord,
              org.doorstep.server.attachments.Attachments attachments, org.doorstep.server.workspace.Words words) {
        this.familyRecord = familyRecord;
        this.attachments = attachments;
        this.zone = words.zone();
        this.em = em;
        this.forms = forms;
        this.covers = covers;
    }

    /**
     * The practitioner's cases: those allocated to them and those they cover today (R14-cover), and
     * apart, the duty list: the unallocated cases of their team, which they may visit on duty with a
     * reason. A duty list rather than duty cases among their own, so a tablet (and an older one) never
     * shows a case nobody holds as the practitioner's own.
     */
    @Transactional
    public Caseload of(Practitioner practitioner) {
        Map<String, LocalDate> covered = covers.coveredBy(practitioner.username());
        List<ChildCase> cases = new ArrayList<>(ChildCase.<ChildCase>list("allocatedTo = ?1 order by caseId", practitioner.username()));
        if (!covered.isEmpty()) {
            ChildCase.<ChildCase>list("caseId in ?1 order by caseId", covered.keySet()).stream()
                    .filter(c -> !c.isAllocatedTo(practitioner.username())).forEach(cases::add);
        }
        Staff me = Staff.named(practitioner.username());
        List<ChildCase> duty = me == null || me.team == null ? List.of()
                : ChildCase.<ChildCase>list("allocatedTo is null and team = ?1 order by caseId", me.team);
        java.util.Set<String> mine = new java.util.HashSet<>();
        cases.stream().filter(c -> c.isAllocatedTo(practitioner.username())).forEach(c -> mine.add(c.caseId));
        List<CaseSummary> held = summaries(cases).stream().map(s -> mine.contains(s.caseId())
                ? s.heldAs(RecordedAs.ALLOCATED, null) : s.heldAs(RecordedAs.COVERING, covered.get(s.caseId()))).toList();
        List<CaseSummary> onDuty = summaries(duty).stream().map(s -> s.heldAs(RecordedAs.DUTY, null)).toList();
        // R2-form-approval: the tablet warns before signing when its form version is not among these.
        return new Caseload(practitioner.username(), held, forms.approved(), onDuty);
    }

    private List<CaseSummary> summaries(List<ChildCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<String> ids = cases.stream().map(c -> c.caseId).toList();
        Map<String, DeclaredIdentity> identity = new HashMap<>();
        DeclaredIdentity.<DeclaredIdentity>list("caseId in ?1 order by id desc", ids)
                .forEach(d -> identity.putIfAbsent(d.caseId, d));
        Map<String, Map<String, String>> facts = new HashMap<>();
        // R7-restricted: a restricted value is never sent, nor an older one in its place (the tablet would
        // show it as current); the case row's own legal status is not sent for a withheld one either.
        org.doorstep.server.confidential.Withheld restricted = org.doorstep.server.confidential.Restrictions.fromTablets(ids);
        Map<String, java.util.Set<String>> seen = new HashMap<>();
        CaseFact.<CaseFact>list("caseId in ?1 and kind in ?2 order by id desc", ids, List.of(
                        FactKind.LEGAL_STATUS.wire(), FactKind.PLACEMENT.wire(), FactKind.COMMUNICATION_NEEDS.wire(),
                        FactKind.CONTACT_ARRANGEMENTS.wire()))
                .forEach(f -> {
                    if (seen.computeIfAbsent(f.caseId, k -> new java.util.HashSet<>()).add(f.kind)) {
                        facts.computeIfAbsent(f.caseId, k -> new HashMap<>())
                                .put(f.kind, restricted.fact(f.id).isPresent() ? null : f.value);
                    }
                });
        List<HouseholdMember> members = HouseholdMember.list("caseId in ?1 and leftOn is null order by caseId, position", ids);
        Map<String, List<String>> household = group(members, m -> m.caseId, HouseholdMember::line);
        Map<String, List<HouseholdPerson>> householdMembers = group(members, m -> m.caseId, HouseholdMember::person);
        Map<String, List<PlanTask>> tasks = group(em.createQuery("select t from PlanTaskRow t where t.recommendationId in "
                        + "(select p.id from PlanItem p where p.caseId in ?1 and p.retiredAt is null) "
                        + "order by t.recommendationId, t.position", PlanTaskRow.class).setParameter(1, ids).getResultList(),
                t -> t.recommendationId, PlanTaskRow::task);
        Map<String, List<PlanRecommendation>> plan = group(PlanItem.<PlanItem>list(
                        "caseId in ?1 and retiredAt is null order by caseId, position, id", ids),
                p -> p.caseId, p -> new PlanRecommendation(p.id, p.text, tasks.getOrDefault(p.id, List.of())));
        Map<String, Instant> lastVisit = new HashMap<>();
        em.createQuery("select e.caseId, max(e.visitStart) from CaseEntryRow e where e.caseId in :ids group by e.caseId",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> lastVisit.put((String) r[0], (Instant) r[1]));
        Map<String, VisitOutcome> lastOutcome = lastOutcomes(ids);
        // R5.7-summary: the latest case summary, the current worry a practitioner reads before the visit.
        Map<String, String> latestSummary = new HashMap<>();
        SummaryRow.<SummaryRow>list("caseId in ?1 order by writtenAt desc, id desc", ids)
                .forEach(r -> latestSummary.putIfAbsent(r.caseId, r.text));
        Map<String, List<ChronologyLine>> chronology = recentChronology(ids);
        Map<String, List<org.doorstep.model.wire.RecordFile>> files = attachments.forTablets(ids, restricted, zone);
        Map<String, List<List<PresentPerson>>> present = recentlyPresent(ids);
        Map<String, List<org.doorstep.model.wire.PropertyLine>> property =
                org.doorstep.server.property.PropertyAtVisit.listsFor(ids);
        Map<String, org.doorstep.model.family.EcoMap> ecoMaps = org.doorstep.server.family.EcoMaps.forTablets(ids, restricted);

        Map<String, org.doorstep.model.family.Family> families = familyRecord.forTablets(cases);

        List<CaseSummary> out = new ArrayList<>();
        for (ChildCase c : cases) {
            DeclaredIdentity d = identity.get(c.caseId);
            Map<String, String> f = facts.getOrDefault(c.caseId, Map.of());
            out.add(new CaseSummary(c.caseId, d == null ? c.childName : d.name, c.dateOfBirth, c.address,
                    f.getOrDefault(FactKind.LEGAL_STATUS.wire(), c.legalStatus),
                    household.getOrDefault(c.caseId, List.of()), plan.getOrDefault(c.caseId, List.of()),
                    lastVisit.get(c.caseId), c.nhsNumber, d == null ? null : d.gender,
                    f.get(FactKind.PLACEMENT.wire()), f.get(FactKind.COMMUNICATION_NEEDS.wire()),
                    chronology.getOrDefault(c.caseId, List.of()), householdMembers.getOrDefault(c.caseId, List.of()),
                    KnownPeople.from(present.getOrDefault(c.caseId, List.of()),
                            householdMembers.getOrDefault(c.caseId, List.of())),
                    lastOutcome.get(c.caseId), latestSummary.get(c.caseId),
                    f.get(FactKind.CONTACT_ARRANGEMENTS.wire()))
                    // R5.4-child-property: for a child looked after, or any child with belongings listed.
                    .withProperty(property.containsKey(c.caseId)
                            || org.doorstep.model.property.PropertyRules.lookedAfter(f.getOrDefault(
                                    FactKind.LEGAL_STATUS.wire(), c.legalStatus))
                            ? property.getOrDefault(c.caseId, List.of()) : null)
                    .withFamily(families.get(c.caseId))
                    .withFiles(files.getOrDefault(c.caseId, List.of()))
                    // R5.6-genogram: the next visit's eco-map starts from the latest
                    .withEcoMap(ecoMaps.get(c.caseId)));
        }
        return out;
    }

    /**
     * R5.2-failed: whether each case's latest visit (current versions, by when it started) went ahead, in
     * one query, so the tablet does not show a knock at a closed door as the child seen. A note from
     * before the form asked has no outcome (null: shown as before).
     */
    @SuppressWarnings("unchecked")
    private Map<String, VisitOutcome> lastOutcomes(List<String> ids) {
        List<Object[]> rows = em.createNativeQuery("""
                        select case_id, outcome from (
                          select f.case_id, f.outcome,
                                 row_number() over (partition by f.case_id order by f.visit_start desc, f.note_id desc) as n
                          from visit_facts f where f.case_id in (:ids)) ranked
                        where n = 1""")
                .setParameter("ids", ids).getResultList();
        Map<String, VisitOutcome> out = new HashMap<>();
        for (Object[] r : rows) {
            if (r[1] != null) {
                try {
                    out.put((String) r[0], VisitOutcome.valueOf((String) r[1]));
                } catch (IllegalArgumentException unknown) {
                    // an outcome this server does not know: leave it unsaid rather than guess
                }
            }
        }
        return out;
    }

    /** The newest {@link CaseSummary#RECENT_CHRONOLOGY} lines of each case, in date order, in one query. */
    @SuppressWarnings("unchecked")
    private Map<String, List<ChronologyLine>> recentChronology(List<String> ids) {
        // R7-restricted: the line of a restricted visit never reaches a tablet.
        List<Object[]> rows = em.createNativeQuery("""
                        select case_id, line_date, fact, source from (
                          select case_id, line_date, fact, source, id,
                                 row_number() over (partition by case_id order by line_date desc, id desc) as n
                          from chronology_lines l where case_id in (:ids)
                            and not exists (select 1 from restrictions r where (r.note_id = l.note_id
                                            and r.item_kind = 'entry' or r.line_id = l.id) and r.lifted_at is null)) recent
                        where n <= :max order by case_id, line_date, id""")
                .setParameter("ids", ids).setParameter("max", CaseSummary.RECENT_CHRONOLOGY)
                .getResultList();
        Map<String, List<ChronologyLine>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new ChronologyLine(date(r[1]), (String) r[2], (String) r[3]));
        }
        return out;
    }

    /**
     * R5.2-present: who each case's newest {@link #VISITS_READ} visits (current versions) recorded as
     * present, the latest visit first, in one query. The visits are ranked on the narrow visit_facts
     * rows and only the chosen notes are read, so a case with thousands of visits costs ten notes.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<List<PresentPerson>>> recentlyPresent(List<String> ids) {
        List<Object[]> rows = em.createNativeQuery("""
                        select e.case_id, e.note_json from (
                          select note_id, case_id, n from (
                            select f.note_id, f.case_id,
                                   row_number() over (partition by f.case_id order by f.visit_start desc, f.note_id desc) as n
                            from visit_facts f where f.case_id in (:ids)
                              and not exists (select 1 from restrictions r where r.note_id = f.note_id
                                              and r.item_kind = 'entry' and r.lifted_at is null)) ranked
                          where n <= :max) recent
                        join case_entries e on e.note_id = recent.note_id
                        order by recent.case_id, recent.n""")
                .setParameter("ids", ids).setParameter("max", VISITS_READ).getResultList();
        Map<String, List<List<PresentPerson>>> out = new HashMap<>();
        for (Object[] r : rows) {
            List<PresentPerson> people;
            try {
                people = List.of(Json.convert(Json.read((String) r[1], JsonNode.class).path("present"), PresentPerson[].class));
            } catch (RuntimeException unreadable) {
                people = List.of();
            }
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(people);
        }
        return out;
    }

    private static LocalDate date(Object o) {
        return o instanceof LocalDate l ? l : o instanceof Date d ? d.toLocalDate() : null;
    }

    private static <T, V> Map<String, List<V>> group(List<T> rows, java.util.function.Function<T, String> key,
                                                     java.util.function.Function<T, V> value) {
        Map<String, List<V>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(value.apply(r)));
        return out;
    }
}
