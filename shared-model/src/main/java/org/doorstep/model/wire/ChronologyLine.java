package org.doorstep.model.wire;

import java.time.LocalDate;

/** One dated fact of the chronology, with where it came from (R5.5-chronology). */
public record ChronologyLine(LocalDate date, String fact, String source) {
}
