package org.doorstep.server.audit;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the audit pages name a month: "November 2026". */
final class AuditWords {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private AuditWords() {
    }

    static String month(YearMonth m) {
        return MONTH.format(m);
    }

    static String month(String yearMonth) {
        return month(YearMonth.parse(yearMonth));
    }
}
