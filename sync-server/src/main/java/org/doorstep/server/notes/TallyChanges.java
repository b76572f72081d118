package org.doorstep.server.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one transaction's notes change in the workspace's tallies per practitioner, per case and per
 * practitioner and day (issue 14), summed per row: a batch of 50 notes by one practitioner over 25 cases
 * writes 1 + 25 + 1 rows at its end instead of 150 upserts as it goes. The rows come out in key order,
 * so every transaction takes their locks in the same order and two never wait on each other in a cycle.
 */
final class TallyChanges {

    record AuthorRow(String author, long visits, long awaiting) {
    }

    /** {@code latestReceivedAt} is null when the transaction only took visits away from the case. */
    record CaseRow(String caseId, long awaiting, Instant latestReceivedAt) {
    }

    record AuthorDayRow(String author, LocalDate day, long received, long late) {
    }

    private record AuthorDay(String author, LocalDate day) {
    }

    private static final Comparator<AuthorDay> BY_AUTHOR_THEN_DAY =
            Comparator.comparing(AuthorDay::author).thenComparing(AuthorDay::day);

    private final Map<String, AuthorRow> authors = new TreeMap<>();
    private final Map<String, CaseRow> cases = new TreeMap<>();
    private final Map<AuthorDay, AuthorDayRow> authorDays = new TreeMap<>(BY_AUTHOR_THEN_DAY);

    /** A visit's current version entered the index. */
    void added(VisitFact f) {
        change(f, 1);
        cases.compute(f.caseId, (k, c) -> new CaseRow(k, (c == null ? 0 : c.awaiting()) + awaiting(f),
                c == null || c.latestReceivedAt() == null || f.receivedAt.isAfter(c.latestReceivedAt())
                        ? f.receivedAt : c.latestReceivedAt()));
    }

    /** A version left the index (a correction replaced it); the case's newest receipt stays what it was. */
    void removed(VisitFact f) {
        change(f, -1);
        cases.compute(f.caseId, (k, c) -> new CaseRow(k, (c == null ? 0 : c.awaiting()) - awaiting(f),
                c == null ? null : c.latestReceivedAt()));
    }

    private void change(VisitFact f, int sign) {
        authors.compute(f.author, (k, a) -> new AuthorRow(k, (a == null ? 0 : a.visits()) + sign,
                (a == null ? 0 : a.awaiting()) + sign * awaiting(f)));
        int late = f.lateEntry ? sign : 0;
        authorDays.compute(new AuthorDay(f.author, VisitDayTallies.day(f.receivedAt)), (k, d) -> new AuthorDayRow(
                k.author(), k.day(), (d == null ? 0 : d.received()) + sign, (d == null ? 0 : d.late()) + late));
    }

    private static int awaiting(VisitFact f) {
        return f.signedOffAt == null ? 1 : 0;
    }

    /** Practitioners' rows that change, by username; a correction that replaced a version of the same awaiting state changes none. */
    List<AuthorRow> authors() {
        return nonZero(authors.values(), a -> a.visits() != 0 || a.awaiting() != 0);
    }

    /** Cases' rows that change, by case id. */
    List<CaseRow> cases() {
        return nonZero(cases.values(), c -> c.awaiting() != 0 || c.latestReceivedAt() != null);
    }

    /** Practitioners' day rows that change, by username, then day. */
    List<AuthorDayRow> authorDays() {
        return nonZero(authorDays.values(), d -> d.received() != 0 || d.late() != 0);
    }

    private static <T> List<T> nonZero(Iterable<T> rows, java.util.function.Predicate<T> changes) {
        List<T> out = new ArrayList<>();
        rows.forEach(r -> {
            if (changes.test(r)) {
                out.add(r);
            }
        });
        return out;
    }
}
