package org.doorstep.server.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.model.chain.ChainCheck;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.caseload.HouseholdMember;
import org.doorstep.server.caseload.PlanItem;
import org.doorstep.server.caserecord.ChronologyEntry;
import org.doorstep.server.caserecord.Evidence;
import org.doorstep.server.confidential.Restrictions;
import org.doorstep.server.confidential.Withheld;
import org.doorstep.server.rectification.CorrectionRequests;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.summaries.CaseSummaries;

/**
 * A child's case record as the workspace shows it: basic record, visits (paged newest first by
 * sequence, so a record of 10,000 entries costs one index range per page), the chronology with
 * date and text filters, and the decisions.
 */
@ApplicationScoped
public class CaseRecordPage {

    public static final int VISITS_PAGE = 25;
    public static final int CHRONOLOGY_PAGE = 50;
    public static final int PROPOSALS_PAGE = 20;
    /** Decided proposals, other contacts and decisions: the newest this many are shown, with how many there are. */
    public static final int NEWEST = 50;

    /** A visit's current version; {@code correction} when it corrects an earlier one (R11-rectify). */
    public record Visit(long sequence, String noteId, String visitDate, String practitioner, String childSeen,
                        boolean lateEntry, boolean signedOff, boolean correction, String recordedAs, boolean receiptIntact) {
    }

    /**
     * A chronology line; {@code category} in words for a line added by hand, else null; {@code recordedBy}
     * says who put it there, which its typed source cannot fake.
     */
    public record Line(long id, String date, String fact, String source, String noteId, String category, String recordedBy) {
    }

    /**
     * Who put a chronology line in the record, from what the server stored, not from the line's own
     * words: a source typed on a tablet can read like anything, even like a visit note's line.
     */
    static String recorder(ChronologyEntry l) {
        if (l.noteId != null) {
            return "Doorstep, from the signed visit note";
        }
        if (l.recordedBy == null) {
            return "Not recorded (added before this was kept)";
        }
        String who = VisitPage.name(l.recordedBy) + " (" + l.recordedBy + ")";
        return l.contactId != null ? who + ", recording a contact" : "Typed by " + who;
    }

    public record Decision(String decision, String reasons, String by, String at, String signsOff) {
    }

    /** The chronology filter as the person typed it, with its errors. */
    public record Filter(String from, String to, String text, int page, LocalDate fromDate, LocalDate toDate,
                         List<String> errors) {
        public boolean active() {
            return !from.isBlank() || !to.isBlank() || !text.isBlank();
        }

        Filter onPage(int shown) {
            return new Filter(from, to, text, shown, fromDate, toDate, errors);
        }
    }

    public record View(String caseId, String childName, String dateOfBirth, String address, String legalStatus,
                       String allocatedTo, List<String> household, List<String> plan, long entries, ChainCheck chain,
                       List<Visit> visits, Long olderVisitsBefore, boolean newerVisits,
                       Filter filter, List<Line> chronology, long chronologyTotal, boolean moreChronology,
                       List<Decision> decisions, BasicRecord.Basic basic, List<BasicRecord.Pending> proposals,
                       List<BasicRecord.Decided> decidedProposals, List<BasicRecord.Contact> contacts,
                       CaseSummaries.Section summary, CorrectionRequests.Section corrections,
                       long proposalsWaiting, PageNumber proposalPage, long decidedProposalsTotal, long contactsTotal,
                       long decisionsTotal) {

        /** The visits shown whose server-signed receipt no longer holds. */
        public List<Visit> brokenReceipts() {
            return visits.stream().filter(v -> !v.receiptIntact()).toList();
        }

        /** True when the chain and every shown visit's receipt hold. */
        public boolean evidenceIntact() {
            return chain.intact() && brokenReceipts().isEmpty();
        }
    }

    private final EntityManager em;
    private final Words words;
    private final CaseChains chains;
    private final Decisions decisions;

    private final BasicRecord basicRecord;
    private final CaseSummaries summaries;
    private final CorrectionRequests corrections;

    private final Evidence evidence;
    private final Scope scope;

    CaseRecordPage(EntityManager em, Words words, CaseChains chains, Decisions decisions, BasicRecord basicRecord,
                   CaseSummaries summaries, CorrectionRequests corrections, Evidence evidence, Scope scope) {
        this.evidence = evidence;
        this.scope = scope;
        this.basicRecord = basicRecord;
        this.summaries = summaries;
        this.corrections = corrections;
        this.em = em;
        this.words = words;
        this.chains = chains;
        this.decisions = decisions;
    }

    /** {@code page} as typed in the address; {@link #of} turns it into a page the chronology has. */
    public static Filter filter(String from, String to, String text, String page) {
        List<String> errors = new java.util.ArrayList<>();
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add("The 'to' date must be the same as or after the 'from' date");
        }
        return new Filter(blank(from), blank(to), blank(text), PageNumber.of(page, Integer.MAX_VALUE, 1).index(), f, t, errors);
    }

    public View of(ChildCase c, Long visitsBefore, Filter filter) {
        return of(c, visitsBefore, filter, null);
    }

    /** {@code proposalsPage} as typed in the address: which page of the waiting proposals to show. */
    public View of(ChildCase c, Long visitsBefore, Filter filter, String proposalsPage) {
        long waiting = org.doorstep.server.proposals.ProposalRow.countPending(c.caseId);
        PageNumber proposalPage = PageNumber.of(proposalsPage, waiting, PROPOSALS_PAGE);
        List<String> household = HouseholdMember.current(c.caseId).stream().map(HouseholdMember::line).toList();
        List<String> plan = PlanItem.<PlanItem>list("caseId = ?1 order by position", c.caseId).stream().map(p -> p.text).toList();
        ChainCheck chain = chains.links(c.caseId);
        long before = visitsBefore == null ? Long.MAX_VALUE : visitsBefore;
        Evidence.Checker checker = evidence.checker();
        // Each shown visit is held against its server-signed receipt on every view (issue 11).
        List<Visit> visits = em.createQuery("select e.sequence, e.noteId, f.visitStart, a.displayName, f.childSeen, "
                        + "f.lateEntry, d.id, e.amends, e.receiptJson, e.contentHash, e.entryHash, e.deviceId, e.recordedAs "
                        + "from CaseEntryRow e join VisitFact f on f.noteId = e.noteId "
                        + "join Staff a on a.username = e.author left join ManagementDecision d on d.signsOff = e.noteId "
                        + "where e.caseId = ?1 and e.sequence < ?2 order by e.sequence desc", Object[].class)
                .setParameter(1, c.caseId).setParameter(2, before).setMaxResults(VISITS_PAGE + 1).getResultList()
                .stream().map(r -> new Visit((Long) r[0], (String) r[1], words.dateTime((Instant) r[2]), (String) r[3],
                        Words.childSeen((Boolean) r[4], null), (Boolean) r[5], r[6] != null, r[7] != null,
                        org.doorstep.model.visit.RecordedAs.of((String) r[12])
                                .filter(b -> b != org.doorstep.model.visit.RecordedAs.ALLOCATED)
                                .map(org.doorstep.model.visit.RecordedAs::label).orElse(null),
                        checker.check((String) r[8], (String) r[1], c.caseId, (String) r[9], (Long) r[0], (String) r[10],
                                (String) r[11]).intact())).toList();
        Long older = null;
        if (visits.size() > VISITS_PAGE) {
            visits = visits.subList(0, VISITS_PAGE);
            older = visits.get(VISITS_PAGE - 1).sequence();
        }
        Withheld hidden = Restrictions.from(c, scope.me());
        // R7-restricted: a withheld line keeps its date in the list, but a search never counts or finds it,
        // which would tell its reader what it says.
        String where = "caseId = :c" + (filter.fromDate() == null ? "" : " and date >= :from")
                + (filter.toDate() == null ? "" : " and date <= :to")
                + (filter.text().isBlank() ? "" : " and (lower(fact) like :q or lower(source) like :q)"
                + " and id not in :hiddenLines and (noteId is null or noteId not in :hiddenNotes)");
        TypedQuery<ChronologyEntry> lines = em.createQuery("from ChronologyEntry where " + where + " order by date, id",
                ChronologyEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(*) from ChronologyEntry where " + where, Long.class);
        for (TypedQuery<?> q : List.of(lines, count)) {
            q.setParameter("c", c.caseId);
            if (filter.fromDate() != null) {
                q.setParameter("from", filter.fromDate());
            }
            if (filter.toDate() != null) {
                q.setParameter("to", filter.toDate());
            }
            if (!filter.text().isBlank()) {
                java.util.Set<Long> hiddenLines = new java.util.HashSet<>(hidden.lineIds());
                hiddenLines.add(-1L);
                java.util.Set<String> notes = new java.util.HashSet<>(hidden.entryNoteIds());
                notes.add("");
                q.setParameter("hiddenLines", hiddenLines);
                q.setParameter("hiddenNotes", notes);
                q.setParameter("q", "%" + filter.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        long total = count.getSingleResult();
        PageNumber page = PageNumber.of(Integer.toString(filter.page()), total, CHRONOLOGY_PAGE);
        filter = filter.onPage(page.index());
        List<Line> chronology = lines.setFirstResult(page.first()).setMaxResults(CHRONOLOGY_PAGE)
                .getResultList().stream().map(l -> new Line(l.id, words.date(l.date), l.fact, l.source, l.noteId,
                        org.doorstep.model.record.ChronologyCategory.of(l.category)
                                .map(org.doorstep.model.record.ChronologyCategory::label).orElse(null), recorder(l))).toList();
        List<Decision> made = decisions.newest(c.caseId, NEWEST).stream().map(d -> hidden.namedIn(d.decision, d.reasons)
                .map(r -> new Decision(withheldDecision(r), "Withheld", VisitPage.name(d.decidedBy),
                        words.dateTime(d.decidedAt), d.signsOff))
                .orElse(new Decision(d.decision, d.reasons, VisitPage.name(d.decidedBy), words.dateTime(d.decidedAt),
                        d.signsOff))).toList();
        long entries = ((Number) em.createQuery("select count(*) from CaseEntryRow e where e.caseId = ?1")
                .setParameter(1, c.caseId).getSingleResult()).longValue();
        return new View(c.caseId, DeclaredIdentity.nameOf(c), words.date(c.dateOfBirth), text(c.address),
                legalStatus(c, hidden),
                VisitPage.name(c.allocatedTo), household, plan, entries, chain, visits, older, visitsBefore != null,
                filter, chronology, total, page.more(), made,
                basicRecord.basic(c, hidden), basicRecord.pending(c, proposalPage, hidden), basicRecord.decided(c, NEWEST, hidden), basicRecord.contacts(c, NEWEST),
                summaries.section(c), corrections.section(c), waiting, proposalPage,
                org.doorstep.server.proposals.ProposalRow.countDecided(c.caseId),
                org.doorstep.server.contacts.CaseContact.count("caseId", c.caseId),
                org.doorstep.server.review.ManagementDecision.count("caseId", c.caseId));
    }

    /** What stands in place of a decision that quotes a restricted value (R7-restricted). */
    static String withheldDecision(org.doorstep.server.confidential.Restriction r) {
        return "Withheld: a change of a restricted value (" + r.reasonLabel() + ")";
    }

    private static String legalStatus(ChildCase c, Withheld hidden) {
        org.doorstep.server.caseload.CaseFact f = org.doorstep.server.caseload.CaseFact.current(c.caseId,
                org.doorstep.model.record.FactKind.LEGAL_STATUS);
        return f == null ? text(c.legalStatus)
                : hidden.fact(f.id).map(r -> BasicRecord.withheld(r)).orElse(text(f.value));
    }

    private static LocalDate date(String s, String which, List<String> errors) {
        org.doorstep.model.record.TypedDate typed = org.doorstep.model.record.TypedDate.read(s);
        if (typed.error() != null) {
            errors.add("The '" + which + "' date: " + typed.error());
        }
        return typed.orNull();
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "(not recorded)" : s;
    }
}
