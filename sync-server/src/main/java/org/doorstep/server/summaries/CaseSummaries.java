package org.doorstep.server.summaries;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.doorstep.model.record.Balance;
import org.doorstep.model.record.SummaryRules;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.people.Staff;
import org.doorstep.server.review.Decisions.FieldError;
import org.doorstep.server.workspace.Words;

/**
 * The 3-monthly case summaries (R5.7-summary): written by a supervisor or manager, kept as written,
 * the latest current. The case keeps when its latest was written, set in the same transaction, so
 * the dashboard's overdue list reads case rows only.
 */
@ApplicationScoped
public class CaseSummaries {

    /**
     * A summary as the pages show it, with its strengths and concerns apart and, when it names only
     * one of them, the flag for the supervisor (R5.4-balance).
     */
    @TemplateData
    public record Written(String text, String strengths, String concerns, String flag, String by, String at) {
    }

    /** The text as typed, so a form that comes back with an error keeps every box. */
    @TemplateData
    public record Draft(String text, String strengths, String concerns) {
        public static final Draft BLANK = new Draft("", "", "");
    }

    /** What the case record and the summaries page show: when the next is due, the latest, the earlier ones. */
    @TemplateData
    public record Section(String caseId, String dueOn, boolean overdue, String dueBasis, Written latest,
                          List<Written> earlier, long total) {

        public boolean due() {
            return dueOn != null;
        }

        /** The empty form on the case record. */
        public Draft blank() {
            return Draft.BLANK;
        }

        /** For the form on the case record, which has no errors of its own to show. */
        public org.doorstep.server.workspace.FormErrors noErrors() {
            return org.doorstep.server.workspace.FormErrors.NONE;
        }
    }

    /** The result of writing one: done, or the error to show beside the text. */
    public record Outcome(List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    public static final String TEXT_INPUT = "summary-text";
    public static final String STRENGTHS_INPUT = "summary-strengths";
    public static final String CONCERNS_INPUT = "summary-concerns";
    /** Summaries shown with the case, the latest included. */
    public static final int SHOWN = 10;

    private final Clock clock;
    private final EntityManager em;
    private final Words words;

    CaseSummaries(Clock clock, EntityManager em, Words words) {
        this.clock = clock;
        this.em = em;
        this.words = words;
    }

    @Transactional
    public Outcome write(ChildCase c, Staff by, Draft draft) {
        String text = draft.text();
        List<FieldError> errors = new java.util.ArrayList<>();
        SummaryRules.text(text).forEach(v -> errors.add(new FieldError(TEXT_INPUT, v.message())));
        Balance.lengths(draft.strengths(), draft.concerns()).forEach(v -> errors.add(new FieldError(
                "strengths".equals(v.field()) ? STRENGTHS_INPUT : CONCERNS_INPUT, v.message())));
        if (!errors.isEmpty()) {
            return new Outcome(errors);
        }
        // Serialises summaries of one case, so last_summary_at is always the latest's time. The
        // caller logs the access before this, never after: the log's own transaction checks its
        // reference to this row.
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        SummaryRow s = new SummaryRow();
        s.caseId = c.caseId;
        s.text = text.strip();
        // One-sided is taken as written and flagged when shown, never refused (R5.4-balance).
        s.strengths = strip(draft.strengths());
        s.concerns = strip(draft.concerns());
        s.writtenBy = by.username;
        s.writtenAt = clock.instant();
        s.persist();
        c.lastSummaryAt = s.writtenAt;
        return new Outcome(List.of());
    }

    public Section section(ChildCase c) {
        // The newest few: a case open for years has dozens, all of them on the case's history pages.
        List<Written> all = SummaryRow.<SummaryRow>find("caseId = ?1 order by writtenAt desc, id desc", c.caseId)
                .range(0, SHOWN - 1).list().stream()
                .map(s -> new Written(s.text, s.strengths, s.concerns, Balance.of(s.strengths, s.concerns).flag().orElse(null),
                        name(s.writtenBy), words.dateTime(s.writtenAt))).toList();
        LocalDate latest = date(c.lastSummaryAt);
        Optional<LocalDate> due = SummaryRules.dueOn(latest, date(c.firstVisitAt));
        LocalDate today = LocalDate.now(clock.withZone(words.zone()));
        String basis = latest != null ? "3 months after the latest summary"
                : c.firstVisitAt != null ? "3 months after the first visit, " + words.date(c.firstVisitAt) + "; no summary has been written yet"
                : null;
        return new Section(c.caseId, due.map(words::date).orElse(null), due.map(d -> SummaryRules.overdue(d, today)).orElse(false),
                basis, all.isEmpty() ? null : all.get(0), all.isEmpty() ? List.of() : all.subList(1, all.size()),
                SummaryRow.count("caseId", c.caseId));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate date(Instant t) {
        return t == null ? null : t.atZone(words.zone()).toLocalDate();
    }

    private static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
