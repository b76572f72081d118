package org.doorstep.model.wire;

import java.time.LocalDate;
import java.util.List;

/**
 * What the tablet keeps of a case on the caseload: enough to visit with no signal, and to read the
 * basic record (R5.1-basic) and recent chronology (R5.5-chronology) read-only offline.
 * New components go at the end only, so older caches and clients keep reading.
 *
 * @param recentChronology the newest lines of the chronology (at most {@link #RECENT_CHRONOLOGY}), in date order
 */
public record CaseSummary(
        String caseId,
        String childName,
        LocalDate dateOfBirth,
        String address,
        String legalStatus,
        List<String> household,
        List<PlanRecommendation> planRecommendations,
        java.time.Instant lastVisit,
        String nhsNumber,
        String declaredGender,
        String placement,
        String communicationNeeds,
        List<ChronologyLine> recentChronology) {

    /** How many of the newest chronology lines the tablet keeps. */
    public static final int RECENT_CHRONOLOGY = 20;
}
