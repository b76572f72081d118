package org.doorstep.server.rectification;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.doorstep.server.cluster.RetryOnConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.model.record.RectificationAnswer;
import org.doorstep.model.record.RectificationDeadline;
import org.doorstep.model.record.RectificationOutcome;
import org.doorstep.model.record.RectificationRequest;
import org.doorstep.model.record.RectificationRules;
import org.doorstep.model.visit.Violation;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.notes.CaseEntryRow;
import org.doorstep.server.notes.VisitFact;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.FormErrors;
import org.doorstep.server.workspace.Words;

/**
 * Requests to correct the record (R11-rectify): logged with the date the answer is due, answered
 * once with an outcome and reasons, and each answer recorded as a management decision
 * (R5.1-decisions). The correction itself is a new note that amends the earlier one; an answer only
 * names it.
 */
@ApplicationScoped
public class CorrectionRequests {

    /** How many of the case's visits the form offers to choose from, newest first. */
    public static final int VISIT_CHOICES = 100;
    /** Requests the case record shows besides the open ones. */
    public static final int SHOWN = 20;

    /** The form's fields as the rules name them, and the id of the input each error links to. */
    static final Map<String, String> INPUTS = Map.of("receivedOn", "correction-received-day",
            "requesterName", "correction-requester", "relationship", "correction-relationship",
            "whatIsWrong", "correction-wrong", "askedFor", "correction-asked", "concernsNoteId", "correction-note",
            "outcome", "answer-outcome", "reasons", "answer-reasons", "correctionNoteId", "answer-note");

    /** A request in the case record's list or on the dashboard, in words. */
    @TemplateData
    public record Line(long id, String caseId, String childName, String receivedOn, String requester, String whatIsWrong,
                       String dueOn, RectificationDeadline.Status status, String outcome) {

        public String statusLabel() {
            return status.label();
        }

        public String tagClass() {
            return tag(status);
        }

        public boolean overdue() {
            return status == RectificationDeadline.Status.OVERDUE;
        }
    }

    /** A visit the request may concern, for the form's choice. */
    @TemplateData
    public record VisitChoice(String noteId, String label) {
    }

    /** What the log form holds, as typed. */
    @TemplateData
    public record RequestForm(String day, String month, String year, String requesterName, String relationship,
                              String whatIsWrong, String askedFor, String concernsNoteId) {
        public static final RequestForm BLANK = new RequestForm("", "", "", "", "", "", "", "");

        public boolean concerns(String noteId) {
            return noteId.equals(concernsNoteId);
        }
    }

    /** What the answer form holds, as typed. */
    @TemplateData
    public record AnswerForm(String outcome, String reasons, String correctionNoteId) {
        public static final AnswerForm BLANK = new AnswerForm("", "", "");
    }

    /** The case record's section: every request, newest first, and what the log form offers. */
    @TemplateData
    public record Section(String caseId, List<Line> requests, long open, long overdue, long total, List<VisitChoice> visits,
                          RequestForm form, FormErrors errors) {
    }

    /** One request in full, with its answer if it has one. */
    @TemplateData
    public record Detail(long id, String caseId, String childName, String receivedOn, String requesterName,
                         String relationship, String whatIsWrong, String askedFor, String concernsNoteId,
                         String concernsVisit, String dueOn, RectificationDeadline.Status status, String loggedBy,
                         String loggedAt, String outcome, String reasons, String correctionNoteId,
                         boolean correctionNoteHeld, String answeredBy, String answeredAt,
                         List<VisitChoice> corrections) {

        public boolean answered() {
            return status == RectificationDeadline.Status.ANSWERED;
        }

        public String statusLabel() {
            return status.label();
        }

        public String tagClass() {
            return tag(status);
        }
    }

    /** GOV.UK tag colour of a status: overdue in red. */
    static String tag(RectificationDeadline.Status status) {
        return switch (status) {
            case OVERDUE -> "govuk-tag--red";
            case DUE_SOON -> "govuk-tag--yellow";
            case OPEN -> "govuk-tag--blue";
            case ANSWERED -> "govuk-tag--green";
        };
    }

    /** The result of logging or answering: done, or the errors to show beside the form. */
    public record Outcome(Long requestId, List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    private final Clock clock;
    private final EntityManager em;
    private final Words words;
    private final Decisions decisions;
    private final RectificationDeadline deadline = RectificationDeadline.englandAndWales();
    private final DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    CorrectionRequests(Clock clock, EntityManager em, Words words, Decisions decisions) {
        this.clock = clock;
        this.em = em;
        this.words = words;
        this.decisions = decisions;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(words.zone()));
    }

    /** Logs a request with its due date; {@code receivedOn} is null when the date typed was not a real one. */
    @Transactional
    @RetryOnConflict
    public Outcome log(ChildCase c, Staff by, RectificationRequest r, List<FieldError> dateErrors) {
        List<FieldError> errors = new ArrayList<>(dateErrors);
        for (Violation v : RectificationRules.request(r, today())) {
            if (!(v.field().equals("receivedOn") && !dateErrors.isEmpty())) {
                errors.add(error(v));
            }
        }
        String note = noteId(r.concernsNoteId());
        if (note != null && errors.stream().noneMatch(e -> e.field().equals(INPUTS.get("concernsNoteId")))) {
            VisitFact f = VisitFact.byNoteId(note);
            if (f == null || !f.caseId.equals(c.caseId)) {
                errors.add(new FieldError(INPUTS.get("concernsNoteId"), "Choose one of this case's visits, or none"));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, sorted(errors));
        }
        CorrectionRequest q = new CorrectionRequest();
        q.caseId = c.caseId;
        q.receivedOn = r.receivedOn();
        q.requesterName = r.requesterName().strip();
        q.relationship = r.relationship().strip();
        q.whatIsWrong = r.whatIsWrong().strip();
        q.askedFor = r.askedFor().strip();
        q.concernsNoteId = note;
        q.dueOn = deadline.dueOn(r.receivedOn());
        q.loggedBy = by.username;
        q.loggedAt = clock.instant();
        q.persist();
        return new Outcome(q.id, List.of());
    }

    /**
     * Answers a request once: the outcome, the reasons, the correcting note if there is one; the
     * same answer becomes a management decision. A second answer is refused and changes nothing.
     */
    @Transactional
    @RetryOnConflict
    public Outcome answer(ChildCase c, long requestId, Staff by, RectificationAnswer a) {
        // The request's row, not the case's: the access log (its own transaction) checks its
        // reference to the case row, which must stay free of this transaction's locks.
        CorrectionRequest q = em.find(CorrectionRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        CorrectionAnswer held = CorrectionAnswer.findById(requestId);
        if (held != null) {
            return new Outcome(requestId, List.of(new FieldError(INPUTS.get("outcome"), "This request was answered by "
                    + name(held.answeredBy) + " on " + words.date(held.answeredAt) + "; an answer is given once and not changed")));
        }
        List<FieldError> errors = new ArrayList<>(RectificationRules.answer(a).stream().map(CorrectionRequests::error).toList());
        String note = noteId(a.correctionNoteId());
        if (note != null && errors.isEmpty()) {
            // R11-rectify: the correction is a new entry in this child's record that names what it corrects.
            CaseEntryRow e = CaseEntryRow.byNoteId(note);
            if (e == null) {
                errors.add(new FieldError(INPUTS.get("correctionNoteId"), "That note is not in the record: choose a correction that has synced"));
            } else if (!e.caseId.equals(c.caseId)) {
                errors.add(new FieldError(INPUTS.get("correctionNoteId"), "That note belongs to another case: give the note that corrects this record"));
            } else if (e.amends == null) {
                errors.add(new FieldError(INPUTS.get("correctionNoteId"), "That note is a first record, not a correction: "
                        + "choose the note made with Correct this note on the tablet"));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(requestId, sorted(errors));
        }
        RectificationOutcome outcome = RectificationOutcome.of(a.outcome()).orElseThrow();
        Decisions.Outcome decided = decisions.record(c.caseId, by, decision(q, outcome), a.reasons());
        if (!decided.recorded()) {
            return new Outcome(requestId, decided.errors().stream().map(e -> new FieldError(INPUTS.get("reasons"), e.message())).toList());
        }
        CorrectionAnswer ans = new CorrectionAnswer();
        ans.requestId = q.id;
        ans.outcome = outcome.wire();
        ans.reasons = a.reasons().strip();
        ans.correctionNoteId = note;
        ans.decisionId = decided.decision().id;
        ans.answeredBy = by.username;
        ans.answeredAt = decided.decision().decidedAt;
        ans.persist();
        return new Outcome(requestId, List.of());
    }

    /** The request, if it belongs to this case; null otherwise. */
    public CorrectionRequest of(ChildCase c, long requestId) {
        CorrectionRequest q = CorrectionRequest.findById(requestId);
        return q == null || !q.caseId.equals(c.caseId) ? null : q;
    }

    /**
     * The newest {@value #SHOWN} requests and every open one however old (an open request is never out
     * of sight), newest first; the whole list is paged on the case's history pages.
     */
    public Section section(ChildCase c) {
        LocalDate today = today();
        String name = DeclaredIdentity.nameOf(c);
        java.util.Map<Long, Object[]> shown = new java.util.LinkedHashMap<>();
        requests(c, "", 0, SHOWN).forEach(row -> shown.put(((CorrectionRequest) row[0]).id, row));
        List<Object[]> open = requests(c, " and a.requestId is null", 0, Integer.MAX_VALUE);
        open.forEach(row -> shown.putIfAbsent(((CorrectionRequest) row[0]).id, row));
        List<Line> lines = shown.values().stream()
                .sorted(java.util.Comparator.comparing((Object[] row) -> ((CorrectionRequest) row[0]).receivedOn)
                        .thenComparing(row -> ((CorrectionRequest) row[0]).id).reversed())
                .map(row -> line((CorrectionRequest) row[0], name, (String) row[1], today)).toList();
        long overdue = open.stream().map(row -> line((CorrectionRequest) row[0], name, null, today)).filter(Line::overdue).count();
        return new Section(c.caseId, lines, open.size(), overdue, count(c), visits(c), RequestForm.BLANK, FormErrors.NONE);
    }

    /** How many requests the case has had. */
    public long count(ChildCase c) {
        return CorrectionRequest.count("caseId", c.caseId);
    }

    /** Requests of the case, newest first, {@code max} from {@code first}. */
    public List<Line> page(ChildCase c, int first, int max) {
        LocalDate today = today();
        String name = DeclaredIdentity.nameOf(c);
        return requests(c, "", first, max).stream().map(row -> line((CorrectionRequest) row[0], name, (String) row[1], today)).toList();
    }

    private List<Object[]> requests(ChildCase c, String and, int first, int max) {
        return em.createQuery("select r, a.outcome from CorrectionRequest r left join CorrectionAnswer a "
                        + "on a.requestId = r.id where r.caseId = ?1" + and + " order by r.receivedOn desc, r.id desc", Object[].class)
                .setParameter(1, c.caseId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The case's visits to choose from, newest first. */
    public List<VisitChoice> visits(ChildCase c) {
        return em.createQuery("select f.noteId, f.visitStart, s.displayName from VisitFact f join Staff s "
                        + "on s.username = f.author where f.caseId = ?1 order by f.visitStart desc, f.noteId desc", Object[].class)
                .setParameter(1, c.caseId).setMaxResults(VISIT_CHOICES).getResultList().stream()
                .map(r -> new VisitChoice((String) r[0], "Visit of " + words.dateTime((java.time.Instant) r[1]) + " by " + r[2]))
                .toList();
    }

    /**
     * The team's unanswered requests, soonest due first (the dashboard): the team's cases through
     * the case's own team, allocated or not, each case's requests through (case_id, received_on), answers
     * by primary key; a team holds few open requests, so this stays a handful of index reads.
     */
    public List<Line> openIn(String team) {
        LocalDate today = today();
        return em.createQuery("select r, c.childName from ChildCase c "
                        + "join CorrectionRequest r on r.caseId = c.caseId where c.team = ?1 and not exists "
                        + "(select 1 from CorrectionAnswer a where a.requestId = r.id) order by r.dueOn, r.id", Object[].class)
                .setParameter(1, team).setMaxResults(50).getResultList().stream()
                .map(row -> line((CorrectionRequest) row[0], (String) row[1], null, today)).toList();
    }

    public Detail detail(ChildCase c, CorrectionRequest q) {
        CorrectionAnswer a = CorrectionAnswer.findById(q.id);
        // Entries, not the workspace's index of current versions: the note may since have been corrected.
        CaseEntryRow concerns = q.concernsNoteId == null ? null : CaseEntryRow.byNoteId(q.concernsNoteId);
        boolean held = a != null && a.correctionNoteId != null && CaseEntryRow.byNoteId(a.correctionNoteId) != null;
        return new Detail(q.id, c.caseId, DeclaredIdentity.nameOf(c), day.format(q.receivedOn), q.requesterName, q.relationship,
                q.whatIsWrong, q.askedFor, q.concernsNoteId,
                concerns == null ? null : "Visit of " + words.dateTime(concerns.visitStart) + " by " + name(concerns.author),
                day.format(q.dueOn), RectificationDeadline.status(q.dueOn, today(), a != null), name(q.loggedBy),
                words.dateTime(q.loggedAt), a == null ? null : RectificationOutcome.of(a.outcome).map(RectificationOutcome::label).orElse(a.outcome),
                a == null ? null : a.reasons, a == null ? null : a.correctionNoteId, held,
                a == null ? null : name(a.answeredBy), a == null ? null : words.dateTime(a.answeredAt), corrections(c));
    }

    /** The case's corrections (R11-rectify), newest first, for the answer to name the one that made it. */
    public List<VisitChoice> corrections(ChildCase c) {
        return em.createQuery("select e.noteId, e.signedAt, e.visitStart, s.displayName from CaseEntryRow e join Staff s "
                        + "on s.username = e.author where e.caseId = ?1 and e.amends is not null order by e.sequence desc",
                        Object[].class)
                .setParameter(1, c.caseId).setMaxResults(VISIT_CHOICES).getResultList().stream()
                .map(r -> new VisitChoice((String) r[0], "Correction signed " + words.dateTime((java.time.Instant) r[1])
                        + " by " + r[3] + ", of the visit of " + words.dateTime((java.time.Instant) r[2])))
                .toList();
    }

    private Line line(CorrectionRequest q, String childName, String outcome, LocalDate today) {
        return new Line(q.id, q.caseId, childName, day.format(q.receivedOn), q.requesterName + " (" + q.relationship + ")",
                q.whatIsWrong, day.format(q.dueOn), RectificationDeadline.status(q.dueOn, today, outcome != null),
                outcome == null ? null : RectificationOutcome.of(outcome).map(RectificationOutcome::label).orElse(outcome));
    }

    /** The decision as the case's decisions list shows it, within the decision's 500 characters. */
    private String decision(CorrectionRequest q, RectificationOutcome outcome) {
        return "Request to correct the record, received " + day.format(q.receivedOn) + " from " + cut(q.requesterName, 150)
                + " (" + cut(q.relationship, 150) + "): " + outcome.label().toLowerCase(Locale.UK);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static List<FieldError> sorted(List<FieldError> errors) {
        List<String> order = List.of("correction-received-day", "correction-requester", "correction-relationship",
                "correction-wrong", "correction-asked", "correction-note", "answer-outcome", "answer-reasons", "answer-note");
        return errors.stream().sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.field()))).toList();
    }

    private static FieldError error(Violation v) {
        return new FieldError(INPUTS.getOrDefault(v.field(), v.field()), v.message());
    }

    static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }

    private static String noteId(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
