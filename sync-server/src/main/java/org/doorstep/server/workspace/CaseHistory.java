package org.doorstep.server.workspace;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.doorstep.server.caseload.ChildCase;
import org.doorstep.server.caseload.DeclaredIdentity;
import org.doorstep.server.contacts.CaseContact;
import org.doorstep.server.proposals.ProposalRow;
import org.doorstep.server.rectification.CorrectionRequests;
import org.doorstep.server.review.Decisions;
import org.doorstep.server.review.ManagementDecision;
import org.doorstep.server.summaries.SummaryRow;

/**
 * The lists of a case record that grow for as long as the case is open, whole and page by page. The
 * case record page shows the newest of each; these pages show every one, so nothing recorded is out
 * of reach however long the case runs, and no page has to hold it all at once.
 */
@ApplicationScoped
public class CaseHistory {

    public static final int PAGE = 50;

    /** A list of the case, named as it reads in the address. */
    public enum Kind {
        DECISIONS("decisions", "Management decisions", List.of("When", "Decision", "Reasons", "By")),
        CONTACTS("contacts", "Other contacts", List.of("Date", "How", "With whom", "What was said", "Decisions", "Recorded by")),
        PROPOSALS("proposals", "Decided proposals", List.of("Decided", "Change", "Value", "Outcome", "By", "Reason")),
        SUMMARIES("summaries", "Case summaries", List.of("Written", "By", "Summary", "Strengths", "Concerns")),
        CORRECTIONS("corrections", "Requests to correct the record", List.of("Received", "From", "What they say is wrong", "Answer due", "Status"));

        final String path;
        final String title;
        final List<String> columns;

        Kind(String path, String title, List<String> columns) {
            this.path = path;
            this.title = title;
            this.columns = columns;
        }

        static Optional<Kind> of(String path) {
            for (Kind k : values()) {
                if (k.path.equals(path)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** One row: its cells in column order, and where its first cell leads (null for nowhere). */
    @TemplateData
    public record Row(List<String> cells, String link) {
    }

    /** One page of a list, newest first. */
    @TemplateData
    public record Page(String caseId, String childName, String path, String title, List<String> columns, List<Row> rows,
                       long total, int page, boolean more) {
    }

    private final BasicRecord basicRecord;
    private final Decisions decisions;
    private final CorrectionRequests corrections;
    private final Words words;

    private final Scope scope;

    CaseHistory(BasicRecord basicRecord, Decisions decisions, CorrectionRequests corrections, Words words, Scope scope) {
        this.scope = scope;
        this.basicRecord = basicRecord;
        this.decisions = decisions;
        this.corrections = corrections;
        this.words = words;
    }

    /** {@code page} as typed in the address; a page past the end shows the last. */
    public Page of(ChildCase c, Kind kind, String page) {
        long total = switch (kind) {
            case DECISIONS -> ManagementDecision.count("caseId", c.caseId);
            case CONTACTS -> CaseContact.count("caseId", c.caseId);
            case PROPOSALS -> ProposalRow.countDecided(c.caseId);
            case SUMMARIES -> SummaryRow.count("caseId", c.caseId);
            case CORRECTIONS -> corrections.count(c);
        };
        PageNumber p = PageNumber.of(page, total, PAGE);
        List<Row> rows = switch (kind) {
            case DECISIONS -> {
                org.doorstep.server.confidential.Withheld hidden = org.doorstep.server.confidential.Restrictions.from(c, scope.me());
                yield decisions.newest(c.caseId, p.first(), PAGE).stream()
                        .map(d -> hidden.namedIn(d.decision, d.reasons)
                                .map(r -> row(null, words.dateTime(d.decidedAt), CaseRecordPage.withheldDecision(r), "Withheld",
                                        VisitPage.name(d.decidedBy)))
                                .orElse(row(null, words.dateTime(d.decidedAt), d.decision, d.reasons, VisitPage.name(d.decidedBy))))
                        .toList();
            }
            case CONTACTS -> basicRecord.contacts(c, p.first(), PAGE).stream()
                    .map(k -> row(null, k.date(), k.method(), k.withWhom(), k.what(), k.decisions(), k.recordedBy())).toList();
            case PROPOSALS -> basicRecord.decided(c, p.first(), PAGE,
                            org.doorstep.server.confidential.Restrictions.from(c, scope.me())).stream()
                    .map(d -> row(null, d.at(), d.kind(), d.value(), d.status(), d.by(), d.reason())).toList();
            case SUMMARIES -> SummaryRow.<SummaryRow>find("caseId = ?1 order by writtenAt desc, id desc", c.caseId)
                    .range(p.first(), p.first() + PAGE - 1).list().stream()
                    .map(s -> row(null, words.dateTime(s.writtenAt), VisitPage.name(s.writtenBy), s.text, s.strengths, s.concerns)).toList();
            case CORRECTIONS -> corrections.page(c, p.first(), PAGE).stream()
                    .map(r -> row("/workspace/cases/" + r.caseId() + "/corrections/" + r.id(), r.receivedOn(), r.requester(),
                            r.whatIsWrong(), r.dueOn(), r.statusLabel() + (r.outcome() == null ? "" : ": " + r.outcome()))).toList();
        };
        return new Page(c.caseId, DeclaredIdentity.nameOf(c), "/workspace/cases/" + c.caseId + "/history/" + kind.path,
                kind.title, kind.columns, rows, total, p.index(), p.more());
    }

    private static Row row(String link, String... cells) {
        return new Row(java.util.Arrays.stream(cells).map(s -> s == null ? "" : s).toList(), link);
    }
}
