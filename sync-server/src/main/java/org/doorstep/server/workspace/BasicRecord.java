package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import org.doorstep.server.confidential.Withheld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.model.record.FactKind;
import org.doorstep.model.record.NhsNumber;
import org.doorstep.model.record.ProposalKind;
import org.doorstep.server.caseload.CaseFact;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.contacts.CaseContact;
import org.doorstep.server.proposals.ProposalRow;
import org.doorstep.server.proposals.Proposals;

/**
 * The basic record of the case page (R5.1-basic, R5.1-gender) with current and historical facts
 * told apart (R5.4-current-historical), the proposals awaiting a supervisor, and other contacts (R5.3-contacts).
 */
@ApplicationScoped
public class BasicRecord {

    /** A value that is no longer current: from when, until when, who recorded it. */
    public record Earlier(String value, String from, String until, String recordedBy) {
    }

    /** A fact with its current value and its history, newest first. */
    public record Fact(String id, String label, String value, String since, List<Earlier> earlier) {
        public boolean recorded() {
            return value != null;
        }
    }

    public record Member(long id, String description, boolean parentalResponsibility, String joined, String until,
                         String leftReason, boolean current) {
    }

    public record Basic(String nhsNumber, String localId, String openedOn, String registeredName, Fact name,
                        Fact gender, List<Fact> facts, List<Member> household, List<Earlier> earlierNhsNumbers) {
        public boolean pastMembers() {
            return household.stream().anyMatch(m -> !m.current());
        }
    }

    public record Pending(String proposalId, String kind, String value, String parentalResponsibility,
                          String currentNow, String seen, boolean changedSince, String reason, String by, String at,
                          String noteId, boolean relationship) {
        /** What the list shows first: "Amara Okafor proposes: Jo Reed is partner of Sam Reed since 1 March 2021" for a relationship. */
        public String heading() {
            return relationship ? by + " proposes: " + value : kind + ": " + value;
        }
    }

    public record Decided(String kind, String value, String status, String by, String at, String reason) {
    }

    public record Contact(String date, String method, String withWhom, String what, String decisions,
                          String decidedBy, String reasons, String recordedBy) {
    }

    private final Words words;
    private final Proposals proposals;
    private final org.doorstep.server.family.FamilyRecord family;

    BasicRecord(Words words, Proposals proposals, org.doorstep.server.family.FamilyRecord family) {
        this.words = words;
        this.proposals = proposals;
        this.family = family;
    }

    public Basic basic(ChildCase c) {
        return basic(c, org.doorstep.server.confidential.Withheld.NOTHING);
    }

    /** What a reader without access sees in place of a restricted value (R7-restricted): that it is withheld and why. */
    public static String withheld(org.doorstep.server.confidential.Restriction r) {
        return "Withheld: restricted (" + r.reasonLabel() + ")";
    }

    /** The basic record as one reader may see it: a restricted value says it is withheld, never what it was. */
    public Basic basic(ChildCase c, org.doorstep.server.confidential.Withheld hidden) {
        List<DeclaredIdentity> identity = DeclaredIdentity.history(c.caseId);
        Fact name = identityFact("name", "Name", identity, true, c.childName);
        Fact gender = identityFact("gender", "Gender", identity, false, null);
        List<Fact> facts = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            if (!k.freeText()) {
                continue;
            }
            List<CaseFact> h = CaseFact.history(c.caseId, k);
            List<Earlier> earlier = new ArrayList<>();
            for (int i = 1; i < h.size(); i++) {
                earlier.add(new Earlier(hidden.fact(h.get(i).id).map(BasicRecord::withheld).orElse(h.get(i).value),
                        from(h.get(i).effectiveFrom), until(h.get(i - 1)), VisitPage.name(h.get(i).recordedBy)));
            }
            facts.add(new Fact(k.wire(), k.label(), h.isEmpty() ? null
                    : hidden.fact(h.get(0).id).map(BasicRecord::withheld).orElse(h.get(0).value),
                    h.isEmpty() || h.get(0).effectiveFrom == null || hidden.fact(h.get(0).id).isPresent() ? null
                            : words.date(h.get(0).effectiveFrom), earlier));
        }
        List<Member> household = HouseholdMember.of(c.caseId).stream().map(m -> new Member(m.id, m.description,
                m.parentalResponsibility, m.joinedOn == null ? null : words.date(m.joinedOn),
                m.leftOn == null ? null : words.date(m.leftOn), m.leftReason, m.current())).toList();
        return new Basic(c.nhsNumber == null ? null : new NhsNumber(c.nhsNumber).formatted(), c.localId,
                c.openedOn == null ? null : words.date(c.openedOn), c.childName, name, gender, facts, household,
                earlierNhsNumbers(c));
    }

    /** NHS numbers the case held before the current one (the case row holds the current), newest first. */
    private List<Earlier> earlierNhsNumbers(ChildCase c) {
        List<CaseFact> h = CaseFact.history(c.caseId, FactKind.NHS_NUMBER);
        int first = !h.isEmpty() && h.get(0).value.equals(c.nhsNumber) ? 1 : 0;
        List<Earlier> earlier = new ArrayList<>();
        for (int i = first; i < h.size(); i++) {
            CaseFact f = h.get(i);
            earlier.add(new Earlier(new NhsNumber(f.value).formatted(), from(f.effectiveFrom),
                    i == 0 ? "now" : until(h.get(i - 1)), VisitPage.name(f.recordedBy)));
        }
        return earlier;
    }

    /** The waiting proposals on one page of {@link CaseRecordPage#PROPOSALS_PAGE}. */
    public List<Pending> pending(ChildCase c, PageNumber page, Withheld hidden) {
        return ProposalRow.pending(c.caseId, page.first(), CaseRecordPage.PROPOSALS_PAGE).stream().map(r -> {
            ProposalKind kind = ProposalKind.of(r.kind).orElseThrow();
            String now = shown(proposals.current(c, kind, r.householdMemberId), hidden);
            String baseline = shown(r.seenValue != null ? r.seenValue : r.currentWhenProposed, hidden);
            String value = kind == ProposalKind.RELATIONSHIP ? relationship(c, r) : kind == ProposalKind.HOUSEHOLD_LEAVES
                    ? member(r.householdMemberId) + (r.value == null ? "" : " (" + r.value + ")") : r.value;
            return new Pending(r.proposalId, kind.label(), value,
                    r.parentalResponsibility == null ? null : r.parentalResponsibility ? "Yes" : "No",
                    now == null || now.isBlank() ? "(none recorded)" : now, baseline,
                    kind != ProposalKind.HOUSEHOLD_JOINS && changed(baseline, now), r.reason,
                    VisitPage.name(r.proposedBy), words.dateTime(r.proposedAt), r.noteId, kind == ProposalKind.RELATIONSHIP);
        }).toList();
    }

    /** The newest {@code max} decided proposals. */
    public List<Decided> decided(ChildCase c, int max, Withheld hidden) {
        return decided(c, 0, max, hidden);
    }

    /** Decided proposals, newest first, {@code max} from {@code first}. */
    public List<Decided> decided(ChildCase c, int first, int max, Withheld hidden) {
        return ProposalRow.decided(c.caseId, first, max).stream().map(r -> {
            ProposalKind kind = ProposalKind.of(r.kind).orElseThrow();
            String value = shown(kind == ProposalKind.RELATIONSHIP ? relationship(c, r)
                    : kind == ProposalKind.HOUSEHOLD_LEAVES ? member(r.householdMemberId) : r.value, hidden);
            return new Decided(kind.label(), value, r.status, VisitPage.name(r.decidedBy), words.dateTime(r.decidedAt),
                    r.decisionReason);
        }).toList();
    }

    /**
     * A proposed relationship in words with the names the genogram holds now (R5.6-genogram):
     * "Jo Reed is partner of Sam Reed since 1 March 2021".
     */
    private String relationship(ChildCase c, ProposalRow r) {
        org.doorstep.model.family.Family f = family.of(c);
        java.util.function.Function<String, String> name = key -> f.person(key).map(org.doorstep.model.family.FamilyPerson::name)
                .orElse("someone no longer on the record");
        return name.apply(r.relationFrom) + " " + org.doorstep.model.family.Relationship.verbOf(r.relationKind) + " "
                + name.apply(r.relationTo) + (r.since == null ? "" : " since " + words.date(r.since))
                + (r.until == null ? "" : " until " + words.date(r.until));
    }

    /**
     * R7-restricted: a proposal names a value, not the fact's row, so a value that is a restricted fact's
     * is withheld by its words, as decisions quoting it are.
     */
    private static String shown(String value, Withheld hidden) {
        return value == null ? null : hidden.namedIn(value).map(BasicRecord::withheld).orElse(value);
    }

    /** The newest {@code max} other contacts. */
    public List<Contact> contacts(ChildCase c, int max) {
        return contacts(c, 0, max);
    }

    /** Other contacts, newest first, {@code max} from {@code first}. */
    public List<Contact> contacts(ChildCase c, int first, int max) {
        return CaseContact.<CaseContact>find("caseId = ?1 order by date desc, id desc", c.caseId).range(first, first + max - 1).list().stream().map(k -> new Contact(words.date(k.date), CaseContact.methodName(k.method),
                k.withWhom, k.what, k.decisions, k.decidedBy, k.reasons, VisitPage.name(k.recordedBy))).toList();
    }

    private Fact identityFact(String id, String label, List<DeclaredIdentity> h, boolean nameNotGender, String fallback) {
        if (h.isEmpty()) {
            return new Fact(id, label, fallback, null, List.of());
        }
        // Runs of the same value, newest first: a change of name keeps the gender, which is not a change of gender.
        List<DeclaredIdentity> runStarts = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (DeclaredIdentity d : h) {
            String v = value(d, nameNotGender);
            if (values.isEmpty() || !values.get(values.size() - 1).equals(v)) {
                values.add(v);
                runStarts.add(d);
            } else {
                runStarts.set(runStarts.size() - 1, d);
            }
        }
        List<Earlier> earlier = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            earlier.add(new Earlier(values.get(i), from(runStarts.get(i).effectiveFrom),
                    from(runStarts.get(i - 1).effectiveFrom), VisitPage.name(runStarts.get(i).recordedBy)));
        }
        return new Fact(id, label, values.get(0), from(runStarts.get(0).effectiveFrom), earlier);
    }

    private static String value(DeclaredIdentity d, boolean nameNotGender) {
        return nameNotGender ? d.name : d.gender;
    }

    private String from(LocalDate d) {
        return d == null ? "date not known" : words.date(d);
    }

    private String until(CaseFact newer) {
        return newer.effectiveFrom == null ? words.date(newer.recordedAt) : words.date(newer.effectiveFrom);
    }

    private static String member(Long id) {
        HouseholdMember m = id == null ? null : HouseholdMember.findById(id);
        return m == null ? "(unknown member)" : m.description;
    }

    private static boolean changed(String baseline, String now) {
        String a = baseline == null ? "" : baseline.strip();
        String b = now == null ? "" : now.strip();
        return !a.equals(b);
    }
}
