package org.doorstep.model.wire;

import java.time.LocalDate;

/**
 * One dated fact of the chronology, with where it came from (R5.5-chronology).
 *
 * @param category what the fact is about ({@link org.doorstep.model.record.ChronologyCategory#wire()}); null for
 *                 a line from a visit or contact, or from a client older than categories
 */
public record ChronologyLine(LocalDate date, String fact, String source, String category) {

    /** A line without a category, as visits, contacts and older clients make them. */
    public ChronologyLine(LocalDate date, String fact, String source) {
        this(date, fact, source, null);
    }
}
