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

    /** A summary as the pages show it. */
    @TemplateData
    public record Written(String text, String by, String at) {
    }

    /** What the case record and the summaries page show: when the next is due, the latest, the earlier ones. */
    @TemplateData
    public record Section(String caseId, String dueOn, boolean overdue, String dueBasis, Written latest,
                          List<Written> earlier, long total) {

        public boolean due() {
            return dueOn != null;
        }
    }

    /** The result of writing one: done, or the error to show beside the text. */
    public record Outcome(List<FieldError> errors) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    public static final String TEXT_INPUT = "summary-text";
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
    public Outcome write(ChildCase c, Staff by, String text) {
        List<FieldError> errors = SummaryRules.text(text).stream().map(v -> new FieldError(TEXT_INPUT, v.message())).toList();
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
                .map(s -> new Written(s.text, name(s.writtenBy), words.dateTime(s.writtenAt))).toList();
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

    private LocalDate date(Instant t) {
        return t == null ? null : t.atZone(words.zone()).toLocalDate();
    }

    private static String name(String username) {
        Staff s = Staff.named(username);
        return s == null ? username : s.displayName;
    }
}
